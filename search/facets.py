"""The search page's filters: type, pillar, region, sector and level, with counts.

Every facet value stands for a set of pages of the active language, found in the
database (``pillar=governance``: the practices of that pillar; ``region=valencia``:
the pages under the Valencia region page, practices that come from it, events it
hosts) and, for the region, the documents that belong to it. The search itself
is then narrowed with plain ``id``/``region`` filters, which the database backend
and the engines apply alike, so the result list stays one relevance-ranked list.

Counts are what a visitor would get by choosing the value: each facet's counts
apply every *other* active filter (and the chosen type), never its own. They are
computed from the same visibility-filtered querysets as the results, so a page or
document the visitor may not see is never counted. The number of queries does
not depend on the number of results.

The query string is read the way every listing reads it (cms.listing): unknown
values (a pillar that does not exist, a region of another language) are ignored
and reported, never an error; the options and links are the toolkit's too.
"""

from functools import partial

from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from cms.access import visible_documents, visible_pages
from cms.caching import get_or_build
from cms.listing import Facet, Filter, Listing, Option

FACET_LABELS = {
    "pillar": gettext_lazy("Pillar"),
    "region": gettext_lazy("Territory"),
    "sector": gettext_lazy("Sector"),
    "level": gettext_lazy("Level"),
}
FACETS = tuple(FACET_LABELS)
NO_PAGE = [0]  # an id list no page has: "nothing" on every backend


def shared_between_requests(name, build):
    """``build()``, kept in the cache until pages are next published or moved.

    For what depends only on the page tree and page fields: kept under the
    content generation (cms/caching.py), which every publish, unpublish, move or
    delete bumps, for as long as an anonymous page is cached.
    """
    from cms.pagecache import timeout

    return get_or_build(f"search:facets:{name}", build, timeout())


def _model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


class SearchFilters(Listing):
    """The search page's filters, read by the listing toolkit: one value each,
    known when the scope offers it."""

    def __init__(self, scope, request):
        self.filters = [
            Filter(name, label, field=name, choices=partial(scope.choices, name))
            for name, label in FACET_LABELS.items()
        ]
        super().__init__(request, queryset=None)


class SearchScope:
    """What the visitor may search, in the active language, and the facets on it."""

    def __init__(self, request, locale, models):
        self.request = request
        self.locale = locale
        self.models = models  # {type name: [model, ...]}
        self.practice_model = _model("practices.PracticePage")
        self.event_model = _model("practices.EventPage")
        self.region_model = _model("regions.RegionPage")
        self.value_chain_model = _model("regions.ValueChainPage")
        self.sector_model = _model("regions.Sector")
        self._content_types = None
        self._regions = None
        self._sectors = None
        self._region_members = None
        self._region_translations = None
        self._value_ids = {}
        self._matched = {}

    # What exists --------------------------------------------------------------

    def content_types(self):
        """{type name: [content type id, ...]}"""
        if self._content_types is None:
            from django.contrib.contenttypes.models import ContentType

            all_models = [m for models in self.models.values() for m in models]
            by_model = ContentType.objects.get_for_models(*all_models)
            self._content_types = {
                name: [by_model[m].pk for m in models]
                for name, models in self.models.items()
            }
        return self._content_types

    def regions(self):
        """The region pages of this language the visitor may see, by title."""
        if self._regions is None:
            self._regions = []
            if self.region_model is not None:
                self._regions = list(
                    visible_pages(
                        self.request,
                        self.region_model.objects.all(),
                        locale=self.locale,
                    )
                    .only("id", "title", "slug", "path", "translation_key")
                    .order_by("title")
                )
        return self._regions

    def sectors(self):
        """{code: Sector} of this language."""
        if self._sectors is None:
            self._sectors = {}
            if self.sector_model is not None:
                self._sectors = {
                    sector.code: sector
                    for sector in self.sector_model.objects.filter(
                        locale=self.locale
                    ).order_by("name")
                }
        return self._sectors

    def choices(self, name):
        """[(value, label)] a facet can take."""
        if name == "pillar":
            from practices.models import Pillar

            return list(Pillar.choices)
        if name == "level":
            from practices.models import ImplementationLevel

            return list(ImplementationLevel.choices)
        if name == "sector":
            return [(code, s.name) for code, s in self.sectors().items()]
        if name == "region":
            return [(r.slug, r.title) for r in self.regions()]
        return []

    def read(self):
        """({facet: value} of the known values asked for, [ignored values])."""
        filters = SearchFilters(self, self.request)
        selections = {name: values[0] for name, values in filters.selected.items()}
        return selections, filters.ignored

    # Which pages and documents a value stands for ---------------------------------

    def _region(self, slug):
        return next((r for r in self.regions() if r.slug == slug), None)

    def region_members(self):
        """{region page id: [page ids]}: pages under it, practices from it, events
        it hosts, in this language (one query for every region).

        Shared between requests in the cache: membership changes only when a page
        is published, unpublished, moved or deleted, which retires every entry
        (cms/caching.py), and the key names the
        regions the visitor may see.
        """
        if self._region_members is None:
            regions = sorted(region.pk for region in self.regions())
            self._region_members = shared_between_requests(
                f"region-members:{self.locale.pk}:{','.join(map(str, regions))}",
                self._build_region_members,
            )
        return self._region_members

    def _build_region_members(self):
        members = {region.pk: [] for region in self.regions()}
        if members:
            by_path = [(r.path, r.pk) for r in self.regions()]
            under = Q()
            for path, _pk in by_path:
                under |= Q(path__startswith=path)
            columns = ["pk", "path"]
            if self.practice_model is not None:
                under |= Q(practicepage__origin_region__in=list(members))
                columns.append("practicepage__origin_region_id")
            if self.event_model is not None:
                under |= Q(eventpage__host_region__in=list(members))
                columns.append("eventpage__host_region_id")
            rows = Page.objects.filter(locale=self.locale).filter(under)
            # A page's region is the one whose path is a prefix of its path:
            # look the prefixes up rather than test every region per page.
            region_at = dict(by_path)
            lengths = sorted({len(path) for path, _pk in by_path})
            for row in rows.values_list(*columns):
                pk, path, *linked = row
                found = {
                    region_at[path[:length]]
                    for length in lengths
                    if path[:length] in region_at
                }
                found.update(r for r in linked if r in members)
                for region in found:
                    members[region].append(pk)
        return members

    def region_translations(self):
        """{translation key: [region page ids in every language]} and back."""
        if self._region_translations is None:
            by_key, by_pk = {}, {}
            if self.region_model is not None:
                for pk, key in self.region_model.objects.values_list(
                    "pk", "translation_key"
                ):
                    by_key.setdefault(key, []).append(pk)
                    by_pk[pk] = key
            self._region_translations = (by_key, by_pk)
        return self._region_translations

    def value_ids(self, name):
        """{value: [page ids]} of one facet, in this language (one query)."""
        if name not in self._value_ids:
            found = {}
            if name == "region":
                slug_of = {region.pk: region.slug for region in self.regions()}
                found = {slug_of[pk]: ids for pk, ids in self.region_members().items()}
            elif name in ("pillar", "level") and self.practice_model is not None:
                column = "pillar" if name == "pillar" else "implementation_level"
                found = shared_between_requests(
                    f"values:{name}:{self.locale.pk}",
                    lambda: self._group_ids(self.practice_model, column),
                )
            elif name == "sector" and self.value_chain_model is not None:
                code_of = {sector.pk: code for code, sector in self.sectors().items()}
                by_sector = shared_between_requests(
                    f"values:sector:{self.locale.pk}",
                    lambda: self._group_ids(self.value_chain_model, "sector_id"),
                )
                found = {
                    code_of[sector_id]: ids
                    for sector_id, ids in by_sector.items()
                    if sector_id in code_of
                }
            self._value_ids[name] = found
        return self._value_ids[name]

    def _group_ids(self, model, column):
        """{value of ``column``: [page ids]} of ``model`` in this language."""
        found = {}
        for pk, value in model.objects.filter(locale=self.locale).values_list(
            "pk", column
        ):
            if value is not None:
                found.setdefault(value, []).append(pk)
        return found

    def page_ids(self, name, value):
        return self.value_ids(name).get(value, [])

    # Querysets (before .search()) ----------------------------------------------------

    def pages(self, selections, type_name=None, model=Page):
        """Visible live pages of this language of ``type_name`` (or every type)."""
        content_types = self.content_types()
        if type_name:
            wanted = content_types.get(type_name, [])
        else:
            wanted = [pk for pks in content_types.values() for pk in pks]
        queryset = visible_pages(
            self.request,
            model.objects.filter(content_type__in=wanted),
            locale=self.locale,
        )
        for name, value in selections.items():
            queryset = queryset.filter(id__in=self.page_ids(name, value) or NO_PAGE)
        return queryset

    def documents(self, selections):
        """Visible documents in this language, or None where a facet rules them out."""
        if any(name != "region" for name in selections):
            return None
        queryset = visible_documents(self.request).filter(
            language=self.locale.language_code
        )
        if "region" in selections:
            region = self._region(selections["region"])
            by_key, _by_pk = self.region_translations()
            ids = by_key.get(region.translation_key, []) if region else []
            queryset = queryset.filter(region__in=ids or NO_PAGE)
        return queryset

    # Counts ---------------------------------------------------------------------

    def facets(self, text, selections, selected_type, link):
        """[Facet] with counts; ``link(**changes)`` builds an option's URL."""
        facets = []
        for name in FACETS:
            others = {k: v for k, v in selections.items() if k != name}
            counts = self._counts(name, text, others, selected_type)
            facet = Facet(
                name=name,
                label=FACET_LABELS[name],
                clear_query=link(**{name: None}).lstrip("?"),
            )
            for value, label in self.choices(name):
                facet.options.append(
                    Option(
                        value=value,
                        label=label,
                        count=counts.get(value, 0),
                        selected=selections.get(name) == value,
                        query=link(**{name: value}).lstrip("?"),
                    )
                )
            # A filter that would find nothing is not offered (no "(0)").
            if any(option.count or option.selected for option in facet.options):
                facets.append(facet)
        return facets

    def _counts(self, name, text, others, selected_type):
        """{value: count} of one facet, with the other filters applied.

        Counted on the same page search as the results (with the other filters),
        so every backend counts exactly what it would list.
        """
        if name == "region":
            return self._region_counts(text, others, selected_type)
        applies = {"pillar": "practice", "level": "practice", "sector": "value_chain"}
        if selected_type not in ("", applies[name]) or applies[name] not in (
            self.models
        ):
            return {}
        return {
            value: self._page_count(
                text, others, applies[name], self.page_ids(name, value)
            )
            for value, _label in self.choices(name)
        }

    def _matched_ids(self, text, selections, type_name):
        """The ids of every page the search finds, or None on a search engine.

        On the database backends the search is a queryset: one query gives every
        matching id, and each value's count is an intersection in Python. A
        search engine answers one count per value instead.
        """
        key = (type_name or "", tuple(sorted(selections.items())))
        if key not in self._matched:
            results = self.pages(selections, type_name or None).search(
                text, operator="and", order_by_relevance=False
            )
            if hasattr(results, "get_queryset"):
                self._matched[key] = set(
                    results.get_queryset().values_list("pk", flat=True)
                )
            else:
                self._matched[key] = None
        return self._matched[key]

    def _page_count(self, text, selections, type_name, ids):
        if not ids:
            return 0
        matched = self._matched_ids(text, selections, type_name)
        if matched is not None:
            return len(matched.intersection(ids))
        return (
            self.pages(selections, type_name or None)
            .filter(id__in=ids)
            .search(text, operator="and", order_by_relevance=False)
            .count()
        )

    def _region_counts(self, text, others, selected_type):
        counts = {}
        if selected_type != "document":
            members = self.region_members()
            for region in self.regions():
                counts[region.slug] = self._page_count(
                    text, others, selected_type, members.get(region.pk)
                )
        if selected_type in ("", "document"):
            documents = self.documents(others)
            if documents is not None:
                _by_key, by_pk = self.region_translations()
                slug_of = {r.translation_key: r.slug for r in self.regions()}
                found = documents.search(
                    text, operator="and", order_by_relevance=False
                ).facet("region_id")
                for region_pk, count in found.items():
                    slug = slug_of.get(by_pk.get(region_pk))
                    if slug:
                        counts[slug] = counts.get(slug, 0) + count
        return counts
