"""The content generation: an entry built before an edit is never served after it,
even when the cache loses the generation counter itself."""

from django.core.cache import cache

from cms.caching import GENERATION_KEY, get_or_build, invalidate


def test_an_entry_is_rebuilt_after_an_edit():
    assert get_or_build("caching-test", lambda: "before", 60) == "before"
    assert get_or_build("caching-test", lambda: "unused", 60) == "before"
    invalidate()
    assert get_or_build("caching-test", lambda: "after", 60) == "after"


def test_a_lost_counter_never_makes_an_old_entry_current_again():
    # An entry is built, then the counter is culled (a local-memory cache drops
    # its oldest keys, Redis evicts under memory pressure) while the entry
    # survives, and an edit restarts the counter.
    cache.delete(GENERATION_KEY)
    invalidate()
    assert get_or_build("caching-test-lost", lambda: "old", 60) == "old"
    cache.delete(GENERATION_KEY)
    invalidate()
    assert get_or_build("caching-test-lost", lambda: "new", 60) == "new"
    cache.delete(GENERATION_KEY)
    assert get_or_build("caching-test-lost", lambda: "newer", 60) == "newer"
