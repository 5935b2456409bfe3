import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key-not-secret-0123456789abcdefghijklmnopqrstuvwxyz"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# pytest-xdist workers (PYTEST_XDIST_WORKER: gw0, gw1, ...) each get their own
# database (pytest-django suffixes its name) and their own media folders, so no
# worker sees or removes another's files.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
_SUFFIX = f"-{_WORKER}" if _WORKER else ""
MEDIA_ROOT = Path(  # noqa: F405
    os.environ.get("TEST_MEDIA_ROOT", "/tmp/competein-test-media") + _SUFFIX
)
PRIVATE_MEDIA_ROOT = Path(  # noqa: F405
    os.environ.get("TEST_PRIVATE_MEDIA_ROOT", "/tmp/competein-test-private-media")
    + _SUFFIX
)
WAGTAILADMIN_BASE_URL = "http://testserver"

# A case type used only to test the shared case framework in isolation.
INSTALLED_APPS = [*INSTALLED_APPS, "tests"]  # noqa: F405
# Tests that count queries must see the real work; the page cache has its own tests.
PAGE_CACHE_ENABLED = False
AUDIENCE_CACHE_ENABLED = False
