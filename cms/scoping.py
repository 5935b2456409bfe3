"""How the models reach the access layer without importing it.

The case models scope their default manager to the viewer of the current request
and check assignees against who may work on a region's cases. That behaviour
belongs to the access layer (``cms.access``), which is built on the models; so the
access layer registers it here when the app is ready (``CmsConfig.ready``) and the
models call these functions: imports run one way, models below access.
"""

_access = {}


def register(*, current_viewer, viewer_for, case_workers):
    _access.update(
        current_viewer=current_viewer, viewer_for=viewer_for, case_workers=case_workers
    )


def current_viewer():
    """The viewer of the request being served, or None (``cms.access``)."""
    return _access["current_viewer"]()


def viewer_for(request_or_user):
    """The viewer of a request or a user (``cms.access.viewer_for``)."""
    return _access["viewer_for"](request_or_user)


def case_workers(region_ids=None):
    """Who may work on these regions' cases (``cms.access.case_workers``)."""
    return _access["case_workers"](region_ids)
