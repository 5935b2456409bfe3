"""Fragment caching for what every page repeats: the main menu and the footer.

The fragments are keyed by site, language and the page cache's generation
(cms.pagecache), which is bumped on every publish, unpublish, move or delete of
a page (translations included) and on every change of the footer text or the
site settings. So a cached fragment is never stale, and logged-in editors, who
never get whole pages from the cache, still get menus and footers without
queries.
"""

from django.core.cache import cache
from django.utils.translation import get_language

from cms.pagecache import generation

FRAGMENT_SECONDS = 24 * 60 * 60


def fragment_key(name, request):
    # The host decides the Wagtail site, so it stands for the site in the key.
    return f"fragment:{name}:{generation()}:{request.get_host()}:{get_language()}"


def cached_fragment(name, request, build):
    """The cached value of `build()` for this host and language."""
    key = fragment_key(name, request)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value
