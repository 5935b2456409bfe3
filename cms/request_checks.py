"""Checks on incoming requests that Django does not make itself."""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext


class ControlCharacterMiddleware:
    """Refuse NUL bytes in query strings and form fields with a clear 400.

    PostgreSQL cannot store or compare text containing NUL, so any filter or
    lookup given one would fail with a server error; SQLite happens to accept
    it. No legitimate URL or form carries NUL, so it is refused up front.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request.GET) or (
            request.method == "POST" and _has_nul(request.POST)
        ):
            return HttpResponseBadRequest(
                gettext("The request contains characters that are not allowed."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


def _has_nul(querydict):
    return any(
        "\x00" in key or any("\x00" in v for v in values)
        for key, values in querydict.lists()
    )
