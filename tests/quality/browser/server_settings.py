"""Production settings for the demo server the browser suite runs against.

Everything that matters to a visitor is production's own: DEBUG off, the
Content-Security-Policy, secure cookies, HSTS, the admin-login throttle. Only what
a reverse proxy or ``collectstatic`` would do in production is done here instead:
WhiteNoise finds static files without a manifest, media are served by Django, and
the browser talks plain HTTP on the loopback, so there is no redirect to HTTPS,
and e-mails (review notifications, investor inquiries) are written to files
instead of an SMTP relay.
(Chromium keeps Secure cookies for 127.0.0.1; the HSTS header itself, sent only
over HTTPS, is checked under production settings by tests/quality/test_security.py.)
"""

import os

from cms.settings.production import *  # noqa: F403
from cms.settings.production import STORAGES

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SECURE_SSL_REDIRECT = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False
ROOT_URLCONF = "tests.quality.browser.server_urls"
# Several browser tests sign in on purpose; they must not lock each other out.
LOGIN_RATELIMIT_ATTEMPTS = 50
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "artifacts/mail")
# Machine translation by the tests' stand-in for DeepL (cms.testing): the editorial
# flow drafts a translation with it, as an editor would with a real service.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "cms.testing.MachineTranslatorDouble"}
