"""Content-Security-Policy: django-csp, with the Wagtail admin's policy on its paths.

The policies are django-csp settings (cms/settings/security.py): the strict public one
in ``CONTENT_SECURITY_POLICY`` (development sends it as
``CONTENT_SECURITY_POLICY_REPORT_ONLY`` instead), the admin's in
``CONTENT_SECURITY_POLICY_ADMIN``. django-csp has one policy per site and
per-view decorators; the admin's views are Wagtail's and Django's, which we do not
decorate, so this subclass (the extension point django-csp documents) chooses the
policy by path. Permissions-Policy is django-permissions-policy's, by configuration.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware; the admin's policy on admin paths, previews framable.

    - The admin's paths (``/admin/``, ``/django-admin/``: the setting's
      ``URL_PREFIXES``) get the admin's looser directives: Wagtail still ships
      inline scripts and styles in some widgets and frames its own previews.
    - A page previewed in the editor (Wagtail renders it through the middleware
      with a dummy request for the page's public URL) keeps the public rules, except
      that the admin, our own origin, may frame it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if parts.config is not None or not _policy_is_on(report_only):
            return parts  # A view chose its own policy, or this header is off.
        admin = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None) or {}
        if request.path_info.startswith(tuple(admin.get("URL_PREFIXES", ()))):
            parts.config = default_config(admin.get("DIRECTIVES", {}))
        elif getattr(request, "is_dummy", False):
            parts.replace = {"frame-ancestors": [SELF], **(parts.replace or {})}
        return parts


def _policy_is_on(report_only):
    name = (
        "CONTENT_SECURITY_POLICY_REPORT_ONLY"
        if report_only
        else "CONTENT_SECURITY_POLICY"
    )
    return bool(getattr(settings, name, None))
