"""Fragments cached for everyone, or per audience: parts of pages that cost work to
build (counts over every practice, rankings, facet counts) and are the same for
everyone who sees the same pages.

The key holds the fragment's name and parts, the host (which decides the Wagtail
site), the language and an audience the access layer names (``Viewer.audience``):
the request's viewer's for a fragment per audience, the public viewer's for one
built for everyone (so a view restriction added by any means, even without a
signal, renames both at once). Entries live under the content generation
(cms/caching.py): every publish, unpublish, move, deletion or privacy change
retires them all, so a fragment is never stale; the cost is one cold build per
fragment and audience after an edit. Used by the menus and footer
(home/templatetags/navigation_tags.py), the home page's sections, the practice
library and a practice page's related practices and inspired actions.
"""

import hashlib

from django.utils.translation import get_language

from cms.caching import get_or_build

FRAGMENT_SECONDS = 24 * 60 * 60


def audience_of(request, everyone=False):
    """The audience of the request's viewer, or of the public viewer for what is
    built for everyone (``Viewer.audience``)."""
    from cms.access import public_viewer, viewer_for

    return (public_viewer(request) if everyone else viewer_for(request)).audience


def fragment_key(name, request, audience, parts=()):
    raw = "|".join(str(part) for part in parts)
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return f"fragment:{name}:{request.get_host()}:{get_language()}:{audience}:{digest}"


def cached_fragment(name, request, build, *, audience=None, parts=()):
    """The cached value of ``build()`` for this host, language, audience (by
    default the public one: built for everyone) and ``parts``."""
    if audience is None:
        audience = audience_of(request, everyone=True)
    key = fragment_key(name, request, audience, parts)
    return get_or_build(key, build, FRAGMENT_SECONDS)
