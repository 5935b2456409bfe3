"""Fragment caching for what every page repeats: the main menu and the footer.

The fragments are keyed by site and language and kept under the content
generation (cms/caching.py), which is bumped on every publish, unpublish, move or
delete of a page (translations included) and on every change of the footer text or
the site settings. So a cached fragment is never stale, and logged-in editors, who
never get whole pages from the cache, still get menus and footers without
queries.
"""

from django.utils.translation import get_language

from cms.caching import get_or_build

FRAGMENT_SECONDS = 24 * 60 * 60


def fragment_key(name, request):
    # The host decides the Wagtail site, so it stands for the site in the key.
    return f"fragment:{name}:{request.get_host()}:{get_language()}"


def cached_fragment(name, request, build):
    """The cached value of `build()` for this host and language."""
    return get_or_build(fragment_key(name, request), build, FRAGMENT_SECONDS)
