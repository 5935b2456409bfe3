"""Security headers and input checks that Django does not provide itself.

Django's SecurityMiddleware already sends HSTS, the referrer policy, nosniff and the
cross-origin opener policy; X-Frame-Options comes from XFrameOptionsMiddleware. Django
5.2 has no Content-Security-Policy, so this module adds one:

- public pages get a strict policy: scripts and styles only from our own origin, no
  ``'unsafe-inline'``, no ``eval``, no framing by other sites;
- the Wagtail admin still ships a few inline scripts (inline panels, date widgets)
  and frames its own previews, so it gets a looser policy of its own.

The policies are dictionaries in settings (``CSP_PUBLIC``, ``CSP_ADMIN``) so that an
app that needs, say, a map tile server adds one source there, in one place.
``CSP_REPORT_ONLY`` (by default ``DEBUG``, so on in development) sends the same
policy as ``Content-Security-Policy-Report-Only``: violations show in the browser
console without breaking Django's debug pages.
"""

from django.conf import settings

# Strict by default: everything from our own origin, nothing inline, no framing.
DEFAULT_PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# The Wagtail admin: inline scripts and styles remain in some of its widgets, it
# previews pages in a same-origin iframe, shows avatars and embeds from elsewhere.
DEFAULT_ADMIN_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", "https:"],
    "media-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# Powerful browser features none of our pages use.
DEFAULT_PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)


def serialize_policy(policy):
    """``{"default-src": ["'self'"]}`` -> ``"default-src 'self'"``."""
    return "; ".join(
        " ".join([directive, *sources]) if sources else directive
        for directive, sources in policy.items()
    )


def admin_path_prefixes():
    """Paths served by the Wagtail and Django admins (not public pages)."""
    return tuple(
        getattr(settings, "CSP_ADMIN_PATH_PREFIXES", ("/admin/", "/django-admin/"))
    )


class ContentSecurityPolicyMiddleware:
    """Add Content-Security-Policy and Permissions-Policy to every HTML answer."""

    def __init__(self, get_response):
        self.get_response = get_response
        report_only = getattr(settings, "CSP_REPORT_ONLY", settings.DEBUG)
        self.header = (
            "Content-Security-Policy-Report-Only"
            if report_only
            else "Content-Security-Policy"
        )
        self.public_policy = serialize_policy(
            getattr(settings, "CSP_PUBLIC", DEFAULT_PUBLIC_POLICY)
        )
        self.admin_policy = serialize_policy(
            getattr(settings, "CSP_ADMIN", DEFAULT_ADMIN_POLICY)
        )
        # A page previewed in the editor: the public page's rules, except that the
        # admin (our own origin) may frame it.
        self.preview_policy = serialize_policy(
            {
                **getattr(settings, "CSP_PUBLIC", DEFAULT_PUBLIC_POLICY),
                "frame-ancestors": ["'self'"],
            }
        )
        self.permissions_policy = getattr(
            settings, "PERMISSIONS_POLICY", DEFAULT_PERMISSIONS_POLICY
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header not in response.headers:
            response.headers[self.header] = self.policy_for(request)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        return response

    def policy_for(self, request):
        if request.path.startswith(admin_path_prefixes()):
            return self.admin_policy
        # Wagtail renders previews through the middleware with a dummy request for
        # the page's public URL; the admin shows the result in an iframe.
        if getattr(request, "is_dummy", False):
            return self.preview_policy
        return self.public_policy


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
            from django.http import HttpResponseBadRequest
            from django.utils.translation import gettext

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
