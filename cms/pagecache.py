"""Full-page cache: for anonymous visitors, and per audience for signed-in people.

Anonymous visitors without a session get pages from the cache (Redis when
REDIS_URL is set, so every worker and host shares it). Signed-in people (and
visitors with a session) get them from a cache kept per *audience*: the access
layer names it (``Viewer.audience``: the groups, the superuser flag and the
password restrictions passed), so two stakeholders of one region share pages and
nobody is ever served a page built for another audience. Only what says it is the
same for a whole audience is kept for one: Wagtail pages (``before_serve_page``
marks them) and views decorated with ``shared_by_audience``; a view of one
person's own things (saved searches, account pages) is never stored. What is one
person's own on a shared page is a hole filled per request: the CSRF token of a
form, and the Wagtail user bar (its edit links depend on the user).

What is never cached: anything but a 200 GET/HEAD under a language prefix, and for
anonymous visitors responses marked private or no-cache, that set cookies or used
the CSRF token (pages with forms).

Query strings: the key is the host and the full path, query string included, but
a response is stored only when the page read every parameter of its query string
by name (``request.GET.get``, ``getlist``, ``in``, a bound form), and read a
repeated parameter as a list. So ``?page=2`` of a listing is cached, while
``?junk=1``, ``?utm_source=...`` or ``?page=2&page=2`` are served fresh and never
stored: a visitor cannot fill the cache with one entry per invented parameter.
Iterating over the parameters (``copy()``, ``urlencode()``, ``items()``, as
pagination links do) is not reading them by name.

Invalidation is by the content generation (cms/caching.py): publishing,
unpublishing, moving or deleting any page (translations included), adding,
changing or removing a view restriction or its groups, changing which groups
govern a region, or changing the footer or site settings (the receivers below)
retires every cached page, for every audience. Menus, footers, listings and
language links all depend on other pages, so dropping everything at once is the
only rule that is always right; the cost is one cold render per page and audience
after an edit. A change of someone's groups changes their audience at once.
"""

import copy
import functools
import hashlib
import re

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import QueryDict
from django.middleware.csrf import _unmask_cipher_token, get_token
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


def _cache_key(request, audience=None):
    raw = f"{request.get_host()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    if audience is None:
        return f"pagecache:page:{digest}"
    return f"pagecache:{audience}:{digest}"


def _served_by_path(request):
    if request.method not in ("GET", "HEAD"):
        return False
    return not request.path.startswith(EXCLUDED_PREFIXES)


def _anonymous_request(request):
    """An anonymous visitor without a session: the shared anonymous cache."""
    if not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not request.user.is_authenticated


def _audience(request):
    """The audience of a signed-in person (or a visitor with a session) whose
    pages may be kept for it, else None."""
    if not getattr(settings, "AUDIENCE_CACHE_ENABLED", True):
        return None
    from cms.access import viewer_for

    return viewer_for(request).audience


def _cacheable_response(request, response, anonymous):
    if response.status_code != 200 or response.streaming:
        return False
    parameters = request.GET
    if isinstance(parameters, ReadTrackingQueryDict):
        if not parameters.all_parameters_read():
            return False
    elif parameters:
        return False
    if not anonymous:
        # Only what says it is the same for the whole audience. Its headers speak
        # to the browser and shared HTTP caches (Wagtail marks restricted pages
        # "no-cache, private" even for those who pass): they are kept as they are.
        return hasattr(request, SHARED_ATTR)
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-cache" in cache_control:
        return False
    if response.cookies:
        return False
    # A form's CSRF token is each visitor's own: only a page that says it is the
    # same for everyone is kept, with the token as a hole (_with_holes).
    return not _used_csrf(request) or hasattr(request, SHARED_ATTR)


def _used_csrf(request):
    return bool(
        request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or request.META.get("CSRF_COOKIE_USED")
    )


# Marks a request whose response is the same for everyone of its audience; the
# value is the Wagtail page served (for its user bar), or None.
SHARED_ATTR = "_competein_shared_by_audience"


def shared_by_audience(view):
    """Decorator: what ``view`` shows depends on who is looking only through what
    the access layer's audience holds, so it may be cached for the audience."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        setattr(request, SHARED_ATTR, None)
        return view(request, *args, **kwargs)

    return wrapped


def mark_page_shared(page, request):
    """Wagtail pages are shared by their audience (``before_serve_page``)."""
    setattr(request, SHARED_ATTR, page.pk)


# Holes: what is one person's own on a page shared by an audience. ----------------

CSRF_HOLE = "%%competein-csrf-token%%"
USERBAR_START, USERBAR_END = "<!--userbar-->", "<!--/userbar-->"
USERBAR_HOLE = "<!--userbar-hole-->"
_MASKED_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
_USERBAR = re.compile(re.escape(USERBAR_START) + ".*?" + re.escape(USERBAR_END), re.S)


def _with_holes(request, content):
    """The page as kept for the audience: every CSRF token of this request (any
    64-character token that unmasks to the request's secret, wherever the
    template put it) and the user bar replaced by holes."""
    secret = request.META.get("CSRF_COOKIE")
    if secret:

        def hole(match):
            token = match.group(0)
            return CSRF_HOLE if _unmask_cipher_token(token) == secret else token

        content = _MASKED_TOKEN.sub(hole, content)
    return _USERBAR.sub(USERBAR_HOLE, content)


def _filled(request, content, page_pk):
    """The page kept for the audience, with this person's own parts."""
    if CSRF_HOLE in content:
        content = content.replace(CSRF_HOLE, get_token(request))
    if USERBAR_HOLE in content:
        content = content.replace(USERBAR_HOLE, _userbar(request, page_pk), 1)
    return content


def marked_userbar(context, position="bottom-right"):
    """Wagtail's user bar between markers, so that a page kept for an audience
    leaves it out (``_with_holes``) and each person gets their own (``_filled``)."""
    from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

    bar = wagtailuserbar(context, position)
    return f"{USERBAR_START}{bar}{USERBAR_END}" if bar else ""


def _userbar(request, page_pk):
    if page_pk is None or not request.user.has_perm("wagtailadmin.access_admin"):
        return ""
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_pk).first()
    if page is None:
        return ""
    return marked_userbar({"request": request, "page": page.specific_deferred})


class PageCacheMiddleware:
    """Serves and keeps pages: anonymous visitors without a session share one
    cache; everyone else gets their audience's. An entry is ``(page pk or None,
    response, has holes)``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _served_by_path(request):
            return self.get_response(request)
        if _anonymous_request(request):
            return self._cached(request, _cache_key(request), anonymous=True)
        audience = _audience(request)
        if audience is None:
            return self.get_response(request)
        return self._cached(request, _cache_key(request, audience), anonymous=False)

    def _cached(self, request, key, anonymous):
        # Not get_or_build: a response is stored only when cacheable, and a hit
        # skips the view altogether.
        current, cached = lookup(key)
        if cached is not None:
            page_pk, response, holes = cached
            if holes:
                content = _filled(request, response.content.decode(), page_pk)
                response.content = content
            response["X-Page-Cache"] = "HIT"
            return response
        if request.GET:
            request.GET = ReadTrackingQueryDict(request.GET)
        response = self.get_response(request)
        if not _cacheable_response(request, response, anonymous):
            return response
        _render(response)
        personal = not anonymous or _used_csrf(request)
        if personal:
            # Never for shared HTTP caches: it is one audience's, or holds a token.
            patch_cache_control(response, private=True)
            kept = copy.copy(response)
            kept.content = _with_holes(request, response.content.decode())
        else:
            seconds = getattr(settings, "FRONTEND_CACHE_SECONDS", 60)
            patch_response_headers(response, cache_timeout=seconds)
            patch_cache_control(response, public=True, s_maxage=seconds)
            kept = response
        page_pk = getattr(request, SHARED_ATTR, None)
        store(key, current, (page_pk, kept, personal), timeout())
        response["X-Page-Cache"] = "MISS"
        return response


def _render(response):
    if hasattr(response, "render") and callable(response.render):
        response.render()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    invalidate()


def _access_models():
    """What decides who sees what: a page made private must not stay in the cache
    for anonymous visitors; a region governed by other groups shows its internal
    pages to others."""
    from wagtail.models import CollectionViewRestriction, PageViewRestriction

    from cms.models import RegionGovernance

    return (PageViewRestriction, CollectionViewRestriction, RegionGovernance)


@receiver(post_delete)
def _deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, (Page, *_access_models())):
        invalidate()


@receiver(m2m_changed)
def _restriction_groups_changed(sender, instance, action, **kwargs):
    """A group added to or taken from a restriction changes what its audience sees."""
    from wagtail.models import CollectionViewRestriction, PageViewRestriction

    restrictions = (PageViewRestriction, CollectionViewRestriction)
    if isinstance(instance, restrictions) and action.startswith("post_"):
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
    from wagtail.models import Site

    if isinstance(instance, (Site, *_access_models(), *SITE_WIDE_MODELS)):
        invalidate()
