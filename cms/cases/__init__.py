"""The shared case framework: states, assignee, due date, notes and audit trail.

Case types (transfer cases, investor inquiries) subclass ``cms.models.BaseCase``
and declare their ``workflow`` (a ``StateMachine``); their admin is a
``cms.cases.views.CaseViewSet``.
"""
