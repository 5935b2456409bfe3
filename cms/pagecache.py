"""Full-page cache for anonymous visitors.

Anonymous visitors without a session get pages from the cache (Redis when
REDIS_URL is set, so every worker and host shares it). What is never cached:
logged-in users or anyone with a session (a password-protected page passed in a
session must not leak), anything but a 200 GET/HEAD under a language prefix,
responses that set cookies or used the CSRF token (pages with forms), and
responses marked private or no-cache.

Invalidation is by generation: publishing, unpublishing, moving or deleting any
page (translations included), adding, changing or removing a view restriction, or
changing the footer or site settings, bumps a counter that is part of every key.
Menus, footers, listings and language links all depend on other pages, so
dropping everything at once is the only rule that is always right; the cost is
one cold render per page after an edit.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.cache import patch_cache_control, patch_response_headers
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "pagecache:generation"
EXCLUDED_PREFIXES = (
    # The API answers conditional requests itself (ETag, 304) and also changes
    # when documents do, which does not bump the page-cache generation.
    "/api/",
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/healthz",
    "/i18n/",
    "/static/",
    "/media/",
)


def timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 300)


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY) or 1
    return value


def invalidate(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _cache_key(request):
    raw = f"{request.get_host()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"pagecache:page:{digest}"


def _lookup(key):
    """(current generation, the cached response of this generation or None)."""
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    if current is None:
        current = generation()
    entry = found.get(key)
    if entry is not None and entry[0] == current:
        return current, entry[1]
    return current, None


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if request.user.is_authenticated:
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    return True


def _cacheable_response(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get(
        "CSRF_COOKIE_USED"
    ):
        return False
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-cache" not in cache_control


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _cache_key(request)
        current, cached = _lookup(key)
        if cached is not None:
            cached["X-Page-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        if _cacheable_response(request, response):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            seconds = getattr(settings, "FRONTEND_CACHE_SECONDS", 60)
            patch_response_headers(response, cache_timeout=seconds)
            patch_cache_control(response, public=True, s_maxage=seconds)
            cache.set(key, (current, response), timeout())
            response["X-Page-Cache"] = "MISS"
        return response


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    invalidate()


@receiver(post_delete)
def _deleted(sender, instance, **kwargs):
    from wagtail.models import Page, PageViewRestriction

    if isinstance(instance, (Page, PageViewRestriction)):
        invalidate()


@receiver(post_save)
def _site_wide_saved(sender, instance, **kwargs):
    from wagtail.models import PageViewRestriction, Site

    from home.models import FooterText, SiteSettings

    # A page made private must not stay in the cache for anonymous visitors.
    if isinstance(instance, (FooterText, SiteSettings, Site, PageViewRestriction)):
        invalidate()
