"""System checks for production settings: refuse to guess, warn about what is lost.

They run with every management command (``migrate``, ``runserver``, ``check``), so
a production deployment that forgot a setting stops before it serves anything,
instead of sending e-mails that link to localhost.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.compatibility)
def check_base_url(app_configs, **kwargs):
    if not getattr(settings, "PRODUCTION_SETTINGS", False):
        return []
    value = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if not value:
        return [
            Error(
                "WAGTAILADMIN_BASE_URL is not set.",
                hint=(
                    "Set the environment variable WAGTAILADMIN_BASE_URL to the public "
                    "address of the site (e.g. https://www.compete-in.eu): links in "
                    "password-reset, review and case e-mails are built from it, and "
                    "production settings do not guess it."
                ),
                id="cms.E001",
            )
        ]
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return [
            Error(
                f"WAGTAILADMIN_BASE_URL is not an absolute URL: {value!r}.",
                hint="Give scheme and host, e.g. https://www.compete-in.eu",
                id="cms.E002",
            )
        ]
    return []


@register(Tags.caches)
def check_shared_cache(app_configs, **kwargs):
    if not getattr(settings, "PRODUCTION_SETTINGS", False):
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PER_PROCESS_CACHES:
        return [
            Warning(
                "No shared cache: REDIS_URL is not set, so the cache is local to "
                "each process.",
                hint=(
                    "With several gunicorn workers or hosts, the rate limits of "
                    "public forms count per process (a visitor gets the limit once "
                    "per worker), the anonymous page cache and the menu and footer "
                    "fragments are kept, and invalidated, per process (admin sign-in "
                    "lockouts are kept in the database and still hold). Set REDIS_URL "
                    "(e.g. redis://127.0.0.1:6379/0)."
                ),
                id="cms.W001",
            )
        ]
    return []
