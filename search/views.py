"""The search page and its autocomplete endpoint."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

from cms.access import public_viewer
from cms.listing import paginate, query_without
from cms.pagecache import shared_by_audience
from home.navigation import locale_home
from search.facets import SearchScope
from search.highlight import highlight, source_text
from search.models import QueryStatistic
from search.query import backend_query, clean_query, query_terms, search_query
from search.ranking import SCORE, settle_ties
from search.types import DOCUMENT_LABEL, DOCUMENT_TYPE, PAGE_TYPES, page_models
from search.vocabulary import corrected_query

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


def _spelling(request, query, locale, models):
    """The query with its misspelt words corrected from the language's index,
    with its address, if the corrected query finds something; else None."""
    corrected = corrected_query(query, locale)
    if not corrected:
        return None
    text = search_query(corrected)
    found = (
        SearchScope(request, locale, models)
        .pages({})
        .search(text, operator="and", order_by_relevance=False)
    )
    if not found.count():
        return None
    return {"query": corrected, "url": "?" + urlencode({"q": corrected})}


def _other_languages(request, query, locale, models):
    """[(language name, count, address)]: what the same words find in the
    other languages (each searched with its own language's word forms)."""
    found = []
    for code, name in settings.LANGUAGES:
        if code == locale.language_code:
            continue
        other = Locale.objects.filter(language_code=code).first()
        if other is None:
            continue
        with translation.override(code):
            text = search_query(query)
            count = (
                SearchScope(request, other, models)
                .pages({})
                .search(text, operator="and", order_by_relevance=False)
                .count()
                if text
                else 0
            )
            url = reverse("search:search") + "?" + urlencode({"q": query})
        if count:
            # Named in the page's language: "3 results in English".
            found.append((str(name), count, url))
    return found


def _entry_points(request):
    """The site's main sections (the home page's pages in the menu)."""
    home = locale_home(request)
    if home is None:
        return []
    return list(
        public_viewer(request)
        .pages(Page.objects.child_of(home))
        .in_menu()
        .order_by("path")
    )


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


def result_items(request, objects, terms):
    """What the result list shows of each page or document found."""
    type_labels = {
        model: PAGE_TYPES[name][1]
        for name, type_models in page_models().items()
        for model in type_models
    }
    return [_result_item(obj, terms, type_labels, request) for obj in objects]


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
@shared_by_audience
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
        "spelling": None,
        "other_languages": [],
        "entry_points": [],
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

        def ranked(results):
            # Each result's score, for settling ties (search/ranking.py).
            return results.annotate_score(SCORE) if relevance else results

        document_results = (
            ranked(documents.search(text, operator="and", order_by_relevance=relevance))
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
            results = ranked(
                scope.pages(selections, selected_type)
                .order_by(*(() if relevance else ("-last_published_at",)))
                .specific()
                .search(text, operator="and", order_by_relevance=relevance)
            )
        else:
            parts = [
                ranked(
                    pages.specific().search(
                        text, operator="and", order_by_relevance=relevance
                    )
                )
            ]
            if document_results is not None:
                parts.append(document_results)
            results = ChainedResults(*parts)
        page_obj = paginate(request, results, per_page=RESULTS_PER_PAGE)
        shown = page_obj.object_list
        if relevance:
            shown = settle_ties(shown)
        context["items"] = result_items(request, shown, terms)
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
        if context["total"] == 0 and not selections and not selected_type:
            # A librarian's answer: the word meant, the other languages' results,
            # and the main sections, instead of filters that all say "(0)".
            context["spelling"] = _spelling(request, query, locale, models)
            context["other_languages"] = _other_languages(
                request, query, locale, models
            )
            context["entry_points"] = _entry_points(request)
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
