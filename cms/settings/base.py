"""Settings shared by every environment.

Everything that differs between a laptop and production comes from the environment:
DATABASE_URL, REDIS_URL, ELASTICSEARCH_URL, SECRET_KEY, ALLOWED_HOSTS.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .environment import (  # noqa: F401
    env_bool,
    env_list,
    machine_translator,
    served_base_url,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


INSTALLED_APPS = [
    # Project apps: the floor first, then the apps that build on it.
    "cms",
    "home",
    "regions",
    "practices",
    "branding",
    "search",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "csp",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CORS for /api/ and the open-data exports, from API_CORS_ALLOWED_ORIGINS.
    "cms.api.middleware.ApiCorsMiddleware",
    # Content-Security-Policy (django-csp; the admin's own policy on its paths) and
    # Permissions-Policy (django-permissions-policy). Django 5.2 has neither.
    "cms.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, except that a 404 of the API stays a 404 (no /en/ redirect).
    "cms.api.middleware.LocaleMiddleware",
    # 400 for NUL bytes in parameters (PostgreSQL cannot take them in text).
    "cms.request_checks.ControlCharacterMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The viewer of the request (cms.access): scopes every case query it makes.
    # After the messages, so that it sees Wagtail's refusals before they are stored.
    "cms.access.ViewerMiddleware",
    "cms.refusals.RefusalMiddleware",
    "cms.pagecache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # HTTP 429 after too many failed sign-ins per address or per account
    # (django-axes; its documentation asks for it last).
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Refuses a locked-out address or account before the password is checked
    # (django-axes; see cms/ratelimit.py).
    "cms.ratelimit.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: a SQLite file unless DATABASE_URL says otherwise (postgres://...).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent submissions on SQLite: write-ahead logging lets readers go on while
    # one request writes; every transaction takes the write lock when it begins
    # (BEGIN IMMEDIATE), so none fails halfway when it tries to upgrade a read lock
    # ("database is locked"); and a writer waits up to SQLITE_BUSY_TIMEOUT seconds
    # for the lock instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Wagtail keeps its image renditions in their own cache ("renditions"), so that a
# picture on a card or a page costs no query once it has been made, and clearing
# the default cache (rate limits, fragments) does not make them again.
if REDIS_URL:
    CACHES = {
        alias: {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
        for alias, prefix in (
            ("default", "competein"),
            ("renditions", "competein-renditions"),
        )
    }
else:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": location,
        }
        for alias, location in (
            ("default", "competein"),
            ("renditions", "competein-renditions"),
        )
    }

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Full-page cache for anonymous visitors, and per audience for signed-in people
# (see cms/pagecache.py).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
AUDIENCE_CACHE_ENABLED = env_bool("AUDIENCE_CACHE_ENABLED", PAGE_CACHE_ENABLED)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

# CDN / reverse-proxy purging through wagtail.contrib.frontend_cache (see
# cms/frontendcache.py). Off unless one of these is set:
#   FRONTEND_CACHE_PURGE_URLS   comma-separated Varnish/nginx purge endpoints (HTTP PURGE)
#   CLOUDFLARE_API_TOKEN + CLOUDFLARE_ZONE_ID
#   CLOUDFRONT_DISTRIBUTION_ID  (needs boto3 installed and AWS credentials)
WAGTAILFRONTENDCACHE = {}
for _index, _location in enumerate(env_list("FRONTEND_CACHE_PURGE_URLS")):
    WAGTAILFRONTENDCACHE[f"http{_index}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": _location,
    }
if os.environ.get("CLOUDFLARE_API_TOKEN") and os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# How long a shared cache (CDN) may keep a public page (s-maxage); menus and
# footers on other pages catch up within this time after a publish.
FRONTEND_CACHE_SECONDS = int(os.environ.get("FRONTEND_CACHE_SECONDS", "60"))

# Internationalisation: English is the source language; the others are translations.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("it", _("Italian")),
    ("es", _("Spanish")),
    ("sv", _("Swedish")),
    ("pl", _("Polish")),
]
# Each language's name in that language, for the switcher.
LANGUAGE_NATIVE_NAMES = {
    "en": "English",
    "it": "Italiano",
    "es": "Español",
    "sv": "Svenska",
    "pl": "Polski",
}
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation as a first draft: DeepL or a LibreTranslate server, by
# environment variable (cms/settings/environment.py); off when neither is set.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
# English dates as Europeans write them (1 April 2019, 31/03/2021): cms/formats/en.
FORMAT_MODULE_PATH = ["cms.formats"]
LOCALE_PATHS = [PROJECT_DIR / "locale"]

# Static and media files
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Document files: outside MEDIA_ROOT and never served by URL (see cms/storage.py).
PRIVATE_MEDIA_ROOT = Path(
    os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media")
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "COMPETE IN"
# The page type of a partner region: the floor (cms: governance, access, cases)
# works on regions without importing the app that defines them.
COMPETEIN_REGION_PAGE_MODEL = "regions.RegionPage"
# Indexes outside the regions' subtrees where regional editors add pages of their
# own, reviewed by the region the page names (cms/governance.py).
COMPETEIN_SHARED_INDEX_PAGE_TYPES = ["practices.PracticeIndexPage"]
# Base URL of links in e-mails (password reset, reviews, cases). Production must set
# it (a system check refuses to start without it, cms/checks.py); development derives
# it from the address runserver serves (see served_base_url()).
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip()
# True only in cms.settings.production: turns the production checks on.
PRODUCTION_SETTINGS = False
WAGTAILDOCS_DOCUMENT_MODEL = "cms.CompeteDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Every document goes through the serve view, which applies collection privacy.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.forms.CompeteDocumentForm"
# Images are public files: never in an internal collection (cms.forms).
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.forms.CompeteImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False

LOGIN_URL = "/admin/login/"

# Open data: the read-only API (/api/v2/) and the exports (/<lang>/opendata/...).
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_SEARCH_ENABLED = True
# Origins allowed to read the API and exports from a browser, comma-separated
# (e.g. "https://www.interregeurope.eu,https://partner.example"); "*" for any.
# Empty (the default): no CORS headers, browsers on other sites cannot read it.
API_CORS_ALLOWED_ORIGINS = env_list("API_CORS_ALLOWED_ORIGINS")
API_CORS_MAX_AGE = int(os.environ.get("API_CORS_MAX_AGE", "3600"))
# Rows fetched from the database at a time while an export streams.
OPENDATA_CHUNK_SIZE = int(os.environ.get("OPENDATA_CHUNK_SIZE", "1000"))
# Investors' personal data: the name, company, e-mail and message of an inquiry that
# is closed (or marked as spam) are anonymised this many days after it was closed,
# by `manage.py anonymise_inquiries` (a daily job); a practice question's sender data
# likewise, by `manage.py anonymise_questions`. The privacy notice says twelve months;
# change both together.
INQUIRY_RETENTION_DAYS = int(os.environ.get("INQUIRY_RETENTION_DAYS", "365"))

# Workflow e-mails: reviewers at each step, the author on approval or rejection.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "noreply@compete-in.eu"
)
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@compete-in.eu")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

from .search import *  # noqa: E402, F403
from .security import *  # noqa: E402, F403
