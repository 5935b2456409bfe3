"""The viewer of the current request: made once per request, and made current in
the admin so the case models' default manager scopes every query of the request."""

import contextlib
import contextvars

from .viewer import REQUEST_ATTR, Viewer

_current = contextvars.ContextVar("competein_viewer", default=None)


def viewer_for(request_or_user=None) -> Viewer:
    """The viewer of a request (made once and cached on it), a user or None.

    For a bare user, the current request's viewer is reused when it is the same
    person (permission policies get only the user, once per listed row).
    """
    if isinstance(request_or_user, Viewer):
        return request_or_user
    if request_or_user is None:
        return Viewer()
    if hasattr(request_or_user, "META"):
        request = request_or_user
        user = getattr(request, "user", None)
        viewer = getattr(request, REQUEST_ATTR, None)
        if viewer is None or viewer.user_key != _key(user):
            viewer = Viewer(user, request)
            setattr(request, REQUEST_ATTR, viewer)
        return viewer
    user = request_or_user
    current = _current.get()
    if current is not None and current.user_key == _key(user):
        return viewer_for(current.request) if current.request else current
    viewer = user.__dict__.get(REQUEST_ATTR) if hasattr(user, "__dict__") else None
    if viewer is None:
        viewer = Viewer(user)
        if hasattr(user, "__dict__") and _key(user) is not None:
            user.__dict__[REQUEST_ATTR] = viewer
    return viewer


def _key(user):
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return user.pk


def current_viewer():
    """The viewer of the request being served, or None outside a request (shell,
    management commands, migrations, background jobs: they see everything)."""
    return _current.get()


@contextlib.contextmanager
def unscoped():
    """Lift the request's scoping for a lookup the access layer itself needs (for
    example, naming the region that owns a refused case)."""
    token = _current.set(None)
    try:
        yield
    finally:
        _current.reset(token)


def admin_prefix():
    from django.urls import reverse

    return reverse("wagtailadmin_home")


class ViewerMiddleware:
    """In the admin, makes the request's viewer the current one while the view
    runs, so the case models' default manager scopes every query of the request:
    Wagtail's listings, choosers, bulk actions, reports and any view added later."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(admin_prefix()):
            # The public site lists no case; the investor's form creates one
            # (and Wagtail's tasks read it back) as an anonymous visitor.
            return self.get_response(request)
        viewer = _LazyViewer(request)
        token = _current.set(viewer)
        try:
            return self.get_response(request)
        finally:
            _current.reset(token)


class _LazyViewer:
    """Stands for the request's viewer; made on first use (most public requests
    never touch a case)."""

    def __init__(self, request):
        self._request = request

    @property
    def request(self):
        return self._request

    @property
    def user_key(self):
        return _key(getattr(self._request, "user", None))

    def __getattr__(self, name):
        return getattr(viewer_for(self._request), name)
