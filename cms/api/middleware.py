"""CORS for the open data, and Django's LocaleMiddleware without its API redirects.

CORS is a small middleware rather than django-cors-headers: the rule is one list of
origins for a fixed set of read-only paths, and nothing else on the site (admin,
forms) may ever be readable cross-origin, so a dependency with a much larger
surface buys nothing here.
"""

import re

from django.conf import settings
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers

API_PREFIX = "/api/"
# /<lang>/opendata/<dataset>.<format>
EXPORT_PATH = re.compile(r"^/[a-z]{2}(?:-[a-z]+)?/opendata/[\w-]+\.\w+$")
EXPOSED_HEADERS = "ETag, Content-Disposition, Content-Language"
# If-Modified-Since stays allowed so that clients sending it still pass the
# preflight; with no Last-Modified to compare, it simply gets the full answer.
ALLOWED_HEADERS = "If-None-Match, If-Modified-Since, Accept, Accept-Language"


def is_open_data_path(path):
    return path.startswith(API_PREFIX) or bool(EXPORT_PATH.match(path))


def allowed_origin(origin):
    """The value for Access-Control-Allow-Origin, or None when not allowed."""
    allowed = getattr(settings, "API_CORS_ALLOWED_ORIGINS", [])
    if not origin or not allowed:
        return None
    if "*" in allowed:
        return "*"
    return origin if origin in allowed else None


class ApiCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_open_data_path(request.path_info):
            return self.get_response(request)
        origin = request.headers.get("Origin")
        allow = allowed_origin(origin)
        if (
            allow
            and request.method == "OPTIONS"
            and "Access-Control-Request-Method" in request.headers
        ):
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response["Access-Control-Max-Age"] = str(settings.API_CORS_MAX_AGE)
        else:
            response = self.get_response(request)
        if allow:
            response["Access-Control-Allow-Origin"] = allow
            response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        if getattr(settings, "API_CORS_ALLOWED_ORIGINS", []) and allow != "*":
            patch_vary_headers(response, ("Origin",))
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """A 404 from the API is an answer, not a missing language prefix.

    Django's middleware redirects any unprefixed 404 to ``/<lang>/...`` when that
    path resolves, and Wagtail's catch-all page route resolves every path.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(API_PREFIX):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
