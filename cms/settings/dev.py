import os
import sys

from .base import *  # noqa: F403
from .base import (
    CONTENT_SECURITY_POLICY,
    env_bool,
    env_list,
    served_base_url,
)

DEBUG = True
SECRET_KEY = os.environ.get(
    "SECRET_KEY", "dev-only-key-9b1c3f7e2d4a5b6c8e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b"
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Report the Content-Security-Policy instead of enforcing it: violations show in the
# browser console without breaking Django's debug pages (the admin's policy too,
# cms/security.py).
CONTENT_SECURITY_POLICY_REPORT_ONLY = CONTENT_SECURITY_POLICY
CONTENT_SECURITY_POLICY = None

# Editors previewing their own changes anonymously should not wait for the cache.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)
AUDIENCE_CACHE_ENABLED = env_bool("AUDIENCE_CACHE_ENABLED", PAGE_CACHE_ENABLED)

# Links in e-mails point at the server actually running (runserver's address, or
# PORT), unless WAGTAILADMIN_BASE_URL says otherwise.
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", ""
).strip() or served_base_url(sys.argv, os.environ)
