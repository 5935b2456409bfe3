"""Dashboard panels: my open cases, overdue items, monitoring reports due.

Apps contribute overdue items and due reports through the hooks
``competein_overdue_items`` and ``competein_reports_due``: each hook function takes
the request and returns a list of dicts {"label", "url", "due_date", "detail"}.
"""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from cms.access import viewer_for
from cms.cases.registry import CASE_MODELS

PANEL_LIMIT = 10


def _case_row(case):
    return {
        "label": str(case),
        "url": reverse(case.snippet_viewset.get_url_name("inspect"), args=[case.pk]),
        "due_date": case.due_date,
        "detail": case.status_label(),
    }


def _open_states(model):
    return [s for s in model.workflow.labels if not model.workflow.is_closed(s)]


class CasePanel(Component):
    template_name = "cms/cases/dashboard_panel.html"
    title = ""
    empty_text = ""

    def __init__(self, request):
        self.request = request

    def rows(self):
        return []

    def get_context_data(self, parent_context=None):
        return {
            "title": self.title,
            "rows": self.rows()[:PANEL_LIMIT],
            "empty_text": self.empty_text,
            "panel_id": self.name,
        }


class MyOpenCasesPanel(CasePanel):
    name = "my_open_cases"
    order = 90
    title = _("My open cases")
    empty_text = _("No open case is assigned to you.")

    def rows(self):
        rows = []
        for model in CASE_MODELS:
            queryset = (
                viewer_for(self.request)
                .cases(model.objects.all())
                .filter(assignee=self.request.user, status__in=_open_states(model))
                .order_by("due_date", "-updated_at")
            )
            rows += [_case_row(case) for case in queryset[:PANEL_LIMIT]]
        return sorted(rows, key=lambda r: (r["due_date"] is None, r["due_date"]))


class OverduePanel(CasePanel):
    name = "overdue_cases"
    order = 91
    title = _("Overdue cases and actions")
    empty_text = _("Nothing is overdue.")

    def rows(self):
        today = timezone.localdate()
        rows = []
        for model in CASE_MODELS:
            queryset = (
                viewer_for(self.request)
                .cases(model.objects.all())
                .filter(due_date__lt=today, status__in=_open_states(model))
                .order_by("due_date")
            )
            rows += [_case_row(case) for case in queryset[:PANEL_LIMIT]]
        for fn in hooks.get_hooks("competein_overdue_items"):
            rows += fn(self.request)
        return sorted(rows, key=lambda r: r["due_date"])


class ReportsDuePanel(CasePanel):
    name = "reports_due"
    order = 92
    title = _("Monitoring reports due")
    empty_text = _("No monitoring report is due.")

    def rows(self):
        rows = []
        for fn in hooks.get_hooks("competein_reports_due"):
            rows += fn(self.request)
        return sorted(rows, key=lambda r: r["due_date"])


@hooks.register("construct_homepage_panels")
def add_case_panels(request, panels):
    panels += [
        MyOpenCasesPanel(request),
        OverduePanel(request),
        ReportsDuePanel(request),
    ]
