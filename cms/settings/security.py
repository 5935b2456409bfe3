"""Security settings (content security policy, permissions policy, sign-in rate
limits), imported by base.py."""

import os

# Security. Content-Security-Policy (django-csp, see cms/security.py): strict on
# public pages (scripts, styles, images only from our origin, nothing inline, no
# eval, no framing by other sites); an app that needs another source (a map tile
# server, say) adds it here, in one place. Development sends the same policies as
# Content-Security-Policy-Report-Only (cms/settings/dev.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
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
    },
}
# The Wagtail and Django admins: inline scripts and styles remain in some of
# Wagtail's widgets, it previews pages in a same-origin iframe, shows avatars and
# embeds from elsewhere. Not a django-csp setting: cms/security.py reads it.
CONTENT_SECURITY_POLICY_ADMIN = {
    "URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
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
    },
}
# Powerful browser features none of our pages use (django-permissions-policy).
PERMISSIONS_POLICY = {
    "browsing-topics": [],
    "camera": [],
    "geolocation": [],
    "interest-cohort": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}
# Brute-force protection of sign-in (django-axes, failures kept in the database so
# every worker and host shares them): after LOGIN_RATELIMIT_ATTEMPTS failures for
# one address, or for one account from any address, further attempts get HTTP 429
# until LOGIN_RATELIMIT_WINDOW seconds have passed since the last failure; a
# successful sign-in clears the count. Hooks in cms/ratelimit.py.
LOGIN_RATELIMIT_ATTEMPTS = int(os.environ.get("LOGIN_RATELIMIT_ATTEMPTS", "5"))
LOGIN_RATELIMIT_WINDOW = int(os.environ.get("LOGIN_RATELIMIT_WINDOW", str(15 * 60)))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_FAILURE_LIMIT = "cms.ratelimit.login_failure_limit"
AXES_COOLOFF_TIME = "cms.ratelimit.login_window"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "cms.ratelimit.login_refused"
# Successful sign-ins are in Wagtail's own log; axes keeps only the failures.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
# No Gravatar: editors' e-mail hashes are not sent to a third party, and the admin
# needs no image source outside our own origin for avatars.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# How many proxies append to X-Forwarded-For in front of the application; the rate
# limits trust only the entries they added. 0 (the default): no proxy is trusted,
# X-Forwarded-For is ignored and only REMOTE_ADDR counts.
RATELIMIT_TRUSTED_PROXIES = int(os.environ.get("RATELIMIT_TRUSTED_PROXIES", "0"))
