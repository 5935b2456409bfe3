"""Full-page cache for anonymous visitors.

Anonymous visitors without a session get pages from the cache (Redis when
REDIS_URL is set, so every worker and host shares it). What is never cached:
logged-in users or anyone with a session (a password-protected page passed in a
session must not leak), anything but a 200 GET/HEAD under a language prefix,
responses that set cookies or used the CSRF token (pages with forms), and
responses marked private or no-cache.

Query strings: the key is the host and the full path, query string included, but
a response is stored only when the page read every parameter of its query string
by name (``request.GET.get``, ``getlist``, ``in``, a bound form), and read a
repeated parameter as a list. So ``?page=2`` of a listing is cached, while
``?junk=1``, ``?utm_source=...`` or ``?page=2&page=2`` are served fresh and never
stored: an anonymous visitor cannot fill the cache with one entry per invented
parameter. Iterating over the parameters (``copy()``, ``urlencode()``, ``items()``,
as pagination links do) is not reading them by name.

Invalidation is by the content generation (cms/caching.py): publishing,
unpublishing, moving or deleting any page (translations included), adding,
changing or removing a view restriction, or changing the footer or site settings
(the receivers below) retires every cached page. Menus, footers, listings and
language links all depend on other pages, so dropping everything at once is the
only rule that is always right; the cost is one cold render per page after an edit.
"""

import hashlib

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import QueryDict
from django.utils.cache import patch_cache_control, patch_response_headers
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.caching import invalidate, lookup, store

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


class ReadTrackingQueryDict(QueryDict):
    """``request.GET`` that remembers which parameters the page read by name."""

    def __init__(self, source):
        super().__init__(mutable=True, encoding=source.encoding)
        for key, values in source.lists():
            self.setlist(key, list(values))
        self._mutable = False
        self.names_read = set()
        self.lists_read = set()

    def __getitem__(self, key):
        self.names_read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.names_read.add(key)
        return super().__contains__(key)

    def _getlist(self, key, default=None, force_list=False):
        self.names_read.add(key)
        self.lists_read.add(key)
        return super()._getlist(key, default, force_list)

    def copy(self):
        # A plain, mutable QueryDict: code that edits its copy (pagination links)
        # must not need to know about the tracking.
        result = QueryDict(mutable=True, encoding=self.encoding)
        for key, values in self.lists():
            result.setlist(key, list(values))
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def all_parameters_read(self):
        for key, values in self.lists():
            if key not in self.names_read:
                return False
            if len(values) > 1 and key not in self.lists_read:
                return False
        return True


def _cache_key(request):
    raw = f"{request.get_host()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"pagecache:page:{digest}"


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
    parameters = request.GET
    if isinstance(parameters, ReadTrackingQueryDict):
        if not parameters.all_parameters_read():
            return False
    elif parameters:
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
        # Not get_or_build: a response is stored only when cacheable, and a hit
        # skips the view altogether.
        current, cached = lookup(key)
        if cached is not None:
            cached["X-Page-Cache"] = "HIT"
            return cached
        if request.GET:
            request.GET = ReadTrackingQueryDict(request.GET)
        response = self.get_response(request)
        if _cacheable_response(request, response):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            seconds = getattr(settings, "FRONTEND_CACHE_SECONDS", 60)
            patch_response_headers(response, cache_timeout=seconds)
            patch_cache_control(response, public=True, s_maxage=seconds)
            store(key, current, response, timeout())
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


# Models shown on every page (settings, footers): saving one retires the cache.
# Apps add theirs with ``@shown_on_every_page``; the floor knows none of them.
SITE_WIDE_MODELS = []


def shown_on_every_page(model):
    """Class decorator: a change to ``model`` retires every cached page."""
    SITE_WIDE_MODELS.append(model)
    return model


@receiver(post_save)
def _site_wide_saved(sender, instance, **kwargs):
    from wagtail.models import PageViewRestriction, Site

    # A page made private must not stay in the cache for anonymous visitors.
    if isinstance(instance, (Site, PageViewRestriction, *SITE_WIDE_MODELS)):
        invalidate()
