"""The search page and its autocomplete endpoint."""

import difflib

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

from cms.access import visible_pages
from cms.listing import paginate, query_without
from search.facets import SearchScope
from search.highlight import highlight, source_text
from search.models import QueryStatistic
from search.query import backend_query, clean_query, query_terms, search_query
from search.types import DOCUMENT_LABEL, DOCUMENT_TYPE, PAGE_TYPES, page_models

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8


class ChainedResults:
    """Two lazily evaluated result sets paginated as one list."""

    def __init__(self, *parts):
        self.parts = parts
        self._counts = None

    def counts(self):
        if self._counts is None:
            self._counts = [part.count() for part in self.parts]
        return self._counts

    def count(self):
        return sum(self.counts())

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return list(self[key : key + 1])[0]
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        out = []
        offset = 0
        for part, size in zip(self.parts, self.counts(), strict=True):
            lo, hi = max(start - offset, 0), min(stop - offset, size)
            if lo < hi:
                out.extend(part[lo:hi])
            offset += size
        return out


def _suggestions(query, locale):
    """Titles close to a query that found nothing (trigrams on PostgreSQL)."""
    titles = visible_pages(None, locale=locale).filter(depth__gt=2)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramWordSimilarity

        return list(
            titles.annotate(similarity=TrigramWordSimilarity(query, "title"))
            .filter(similarity__gt=0.3)
            .order_by("-similarity")[:5]
        )
    candidates = list(titles.only("id", "title", "url_path", "locale")[:2000])
    by_title = {page.title.lower(): page for page in candidates}
    words = {w.lower(): page for page in candidates for w in page.title.split()}
    close = difflib.get_close_matches(query.lower(), list(by_title), n=5, cutoff=0.6)
    close += difflib.get_close_matches(query.lower(), list(words), n=5, cutoff=0.75)
    seen, found = set(), []
    for key in close:
        page = by_title.get(key) or words.get(key)
        if page.pk not in seen:
            seen.add(page.pk)
            found.append(page)
    return found[:5]


def _result_item(obj, terms, type_labels, request):
    if isinstance(obj, Page):
        label = type_labels.get(type(obj), "")
        url = obj.get_url(request)
        title = obj.title
        date = obj.last_published_at
    else:
        label = str(DOCUMENT_LABEL)
        url = obj.url
        title = obj.title
        date = getattr(obj, "date", None) or obj.created_at
    return {
        "title": title,
        "url": url,
        "type_label": label,
        "date": date,
        "snippet": highlight(source_text(obj), terms, language=get_language()),
    }


def _linker(request):
    """``link(**changes)``: this search's URL with parameters set or removed.

    A changed filter always leads back to the first page of results.
    """

    def link(**changes):
        params = request.GET.copy()
        params.pop("page", None)
        for name, value in changes.items():
            params.pop(name, None)
            if value:
                params[name] = value
        return "?" + params.urlencode()

    return link


@require_safe
def search_page(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    terms = query_terms(query)
    text = search_query(query)
    locale = Locale.get_active()
    models = page_models()
    scope = SearchScope(request, locale, models)
    notices = []
    if len(raw_query) > len(query) and len(raw_query.strip()) > 200:
        notices.append(_("Your search was shortened to its first 200 characters."))

    selected_type = request.GET.get("type", "")
    if selected_type and selected_type not in models and selected_type != DOCUMENT_TYPE:
        notices.append(_("The type you asked for does not exist; showing every type."))
        selected_type = ""
    sort = "date" if request.GET.get("sort") == "date" else "relevance"
    relevance = sort != "date"
    selections, ignored = scope.read()
    link = _linker(request)

    context = {
        "query": query,
        "selected_type": selected_type,
        "selections": selections,
        "sort": sort,
        "notices": notices,
        "ignored": ignored,
        "active_count": len(selections) + bool(selected_type),
        "type_facet": [],
        "facets": [],
        "results": None,
        "promotions": [],
        "suggestions": [],
        "total": 0,
        "all_types_url": link(type=None),
        "sort_urls": {"relevance": link(sort="relevance"), "date": link(sort="date")},
    }
    if text:
        pages = scope.pages(selections)
        documents = scope.documents(selections)
        if sort == "date":
            pages = pages.order_by("-last_published_at")
            if documents is not None:
                documents = documents.order_by("-created_at")
        document_results = (
            documents.search(text, operator="and", order_by_relevance=relevance)
            if documents is not None
            else None
        )

        type_counts = pages.search(
            text, operator="and", order_by_relevance=False
        ).facet("content_type_id")
        type_facet = []
        for name, content_types in scope.content_types().items():
            count = sum(type_counts.get(pk, 0) for pk in content_types)
            type_facet.append((name, PAGE_TYPES[name][1], count, link(type=name)))
        document_count = document_results.count() if document_results is not None else 0
        type_facet.append(
            (DOCUMENT_TYPE, DOCUMENT_LABEL, document_count, link(type=DOCUMENT_TYPE))
        )
        context["type_facet"] = type_facet
        context["facets"] = scope.facets(text, selections, selected_type, link)

        if selected_type == DOCUMENT_TYPE:
            results = document_results if document_results is not None else []
        elif selected_type:
            results = (
                scope.pages(selections, selected_type)
                .order_by(*(() if relevance else ("-last_published_at",)))
                .specific()
                .search(text, operator="and", order_by_relevance=relevance)
            )
        else:
            parts = [
                pages.specific().search(
                    text, operator="and", order_by_relevance=relevance
                )
            ]
            if document_results is not None:
                parts.append(document_results)
            results = ChainedResults(*parts)
        page_obj = paginate(request, results, per_page=RESULTS_PER_PAGE)
        type_labels = {
            model: PAGE_TYPES[name][1]
            for name, type_models in models.items()
            for model in type_models
        }
        context["items"] = [
            _result_item(obj, terms, type_labels, request)
            for obj in page_obj.object_list
        ]
        context["results"] = page_obj
        context["page_obj"] = page_obj
        context["link_query"] = query_without(request, "page")
        context["total"] = page_obj.paginator.count
        context["promotions"] = [
            promotion
            for promotion in SearchPromotion.objects.filter(
                query__query_string=query.lower(),
            ).select_related("page")
            if promotion.page is None
            or (promotion.page.live and promotion.page.locale_id == locale.pk)
        ]
        if page_obj.number == 1:
            Query.get(query).add_hit()
            QueryStatistic.record(query, locale.language_code, context["total"] > 0)
        if context["total"] == 0:
            context["suggestions"] = _suggestions(query, locale)
    return render(request, "search/search_page.html", context)


@require_safe
def autocomplete(request):
    query = backend_query(clean_query(request.GET.get("q", "")))
    if len(query) < 2:
        return JsonResponse({"results": []})
    scope = SearchScope(request, Locale.get_active(), page_models())
    pages = scope.pages({}).autocomplete(query)[:AUTOCOMPLETE_LIMIT]
    return JsonResponse(
        {"results": [{"title": p.title, "url": p.get_url(request)} for p in pages]}
    )
