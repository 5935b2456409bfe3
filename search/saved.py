"""Saved searches: what a stored query means, and what it finds for one viewer.

A saved search keeps the query string of the search page or of the practice
library, cleaned here: only the parameters those pages read are kept, each value
cut to a sane length, so a stored row never holds more than the pages would read.
The same code then runs the query for the collection page and the digest e-mail,
through the pages' own code (``SearchScope`` and the library's ``Library``) and
with the viewer of whoever asks, never the one who saved or published it.
"""

from django.http import QueryDict
from wagtail.models import Page

from cms.access import visible_pages
from search.facets import SearchScope
from search.query import MAX_QUERY_LENGTH, clean_query, search_query
from search.types import DOCUMENT_TYPE, page_models

SEARCH = "search"
LIBRARY = "library"
MAX_VALUE_LENGTH = 100
MAX_VALUES = 10
MAX_STORED_LENGTH = 1000

# The parameters each page reads (search/views.py, practices/library.py).
KNOWN = {
    SEARCH: ("q", "type", "pillar", "region", "sector", "level", "sort"),
    LIBRARY: ("pillar", "region", "level", "topic", "validation", "year", "sort"),
}
SINGLE = {"q", "type", "sort"}


def normalise(source, query_string):
    """The query string with only the parameters ``source`` reads, in a fixed
    order, empty values and repeats dropped, each value cut to a sane length.

    Raises ValueError for a source nobody knows.
    """
    if source not in KNOWN:
        raise ValueError(source)
    raw = query_string if isinstance(query_string, QueryDict) else None
    if raw is None:
        raw = QueryDict(str(query_string or "").lstrip("?")[:4000])
    kept = QueryDict(mutable=True)
    for name in KNOWN[source]:
        values = []
        for value in raw.getlist(name):
            value = (
                clean_query(value)
                if name == "q"
                else " ".join(str(value).split())[:MAX_VALUE_LENGTH]
            )
            if value and value not in values:
                values.append(value)
        if name in SINGLE:
            values = values[:1]
        if values:
            kept.setlist(name, values[:MAX_VALUES])
    return kept.urlencode()[:MAX_STORED_LENGTH]


class QueryRequest:
    """A request as the search and library code read it, with a stored query
    string instead of the address's: who asks (and their session) comes from
    ``request`` (or is ``user`` alone, for a background job)."""

    def __init__(self, query_string, request=None, user=None):
        self._request = request
        self.GET = QueryDict(query_string)
        self.POST = QueryDict()
        self.user = request.user if request is not None else user
        self.META = request.META if request is not None else {}
        self.session = getattr(request, "session", {}) if request else {}

    def __getattr__(self, name):
        if self._request is None:
            raise AttributeError(name)
        return getattr(self._request, name)


def _library_results(asking, locale):
    from practices.library import Library
    from practices.models import PracticeIndexPage, PracticePage

    index = (
        visible_pages(asking, PracticeIndexPage.objects.all(), locale=locale)
        .order_by("path")
        .first()
    )
    if index is None:
        return PracticePage.objects.none(), []
    library = Library(index, asking)
    return library.practices(), library.ignored


def results(asking, source, locale, since=None):
    """(pages and documents, ignored filters) that the stored query of
    ``asking`` (a QueryRequest) finds in ``locale`` for whoever asks, newest
    first; with ``since``, only what was published (or added) after it."""
    if source == LIBRARY:
        found, ignored = _library_results(asking, locale)
        if since is not None and found:
            found = found.filter(first_published_at__gt=since)
        return found, ignored
    scope = SearchScope(asking, locale, page_models())
    selections, ignored = scope.read()
    wanted = asking.GET.get("type", "")
    if wanted and wanted not in scope.models and wanted != DOCUMENT_TYPE:
        wanted = ""
    text = search_query(clean_query(asking.GET.get("q", ""))[:MAX_QUERY_LENGTH])
    parts = []
    if wanted != DOCUMENT_TYPE:
        pages = scope.pages(selections, wanted or None)
        if since is not None:
            pages = pages.filter(first_published_at__gt=since)
        if text:
            ids = pages.search(text, operator="and", order_by_relevance=False)
            pages = Page.objects.filter(pk__in=_ids(ids))
        parts.append(pages.order_by("-first_published_at", "-pk").specific())
    if wanted in ("", DOCUMENT_TYPE):
        documents = scope.documents(selections)
        if documents is not None:
            if since is not None:
                documents = documents.filter(created_at__gt=since)
            if text:
                ids = documents.search(text, operator="and", order_by_relevance=False)
                documents = documents.model.objects.filter(pk__in=_ids(ids))
            parts.append(documents.order_by("-created_at", "-pk"))
    from search.views import ChainedResults

    return ChainedResults(*parts), ignored


def _ids(search_results):
    """The ids a search found: a subquery on the database backends, a list
    from a search engine."""
    if hasattr(search_results, "get_queryset"):
        return search_results.get_queryset().values("pk")
    return [obj.pk for obj in search_results]
