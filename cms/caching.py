"""Get or build, under the content generation: one rule for everything cached that
depends on published content.

Pages feed the menus, footers, listings, language links and search facets of
other pages, so no cheap rule says which cached value an edit makes stale.
Instead a counter, the content generation, is bumped on every publish,
unpublish, move or delete of a page (translations included), every change of a
view restriction, the footer or the site settings (cms/pagecache.py connects
those signals; apps add their own, as regions does for monitoring reports). Every
entry remembers the generation it was built under, and one of an older generation
is never served, whatever its timeout. The cost is one cold build of each entry
after an edit.

Used by the anonymous page cache (cms/pagecache.py), the menu and footer fragments
(cms/fragments.py) and the search facets (search/facets.py). The cache is the
default one: Redis in production, so every worker and host shares generation and
entries.
"""

import time

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "content:generation"


def _fresh_generation():
    """A generation no entry can have been stored under.

    The counter itself can be lost (a local-memory cache culls its oldest keys,
    Redis may evict under memory pressure) while entries built under it survive.
    Restarting at 1 would make entries of an old generation 1, 2, ... current
    again; restarting at the clock in nanoseconds, far above any count of edits
    since the previous restart, never does.
    """
    return time.time_ns()


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        value = cache.get(GENERATION_KEY) or _fresh_generation()
    return value


def invalidate(**kwargs):
    """Retire every entry (a signal receiver, hence ``**kwargs``): now, and again
    when the transaction that made the change commits, so that an entry another
    request built from the rows as they were before the commit is not served."""
    _bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump)


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)


def lookup(key):
    """(current generation, the value stored under ``key`` for it or None).

    One round trip to the cache: the generation and the entry are read together.
    """
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    if current is None:
        current = generation()
    entry = found.get(key)
    if entry is not None and entry[0] == current:
        return current, entry[1]
    return current, None


def store(key, current, value, timeout):
    """Keep ``value`` under ``key`` for generation ``current`` (from ``lookup``).

    Stored under the generation read *before* the value was built, so a value
    built while an edit bumped the generation is never served afterwards.
    """
    cache.set(key, (current, value), timeout)


def get_or_build(key, build, timeout):
    """The value under ``key`` for the current generation, else ``build()``,
    stored for ``timeout`` seconds."""
    current, value = lookup(key)
    if value is None:
        value = build()
        store(key, current, value, timeout)
    return value
