"""The practice library's filters, facets and sorting, read from the query string,
and the related practices shown next to a practice.

Every filter is a GET parameter that may repeat (``?pillar=governance&topic=export``):
values of one facet are alternatives (OR), different facets narrow each other (AND).
Each facet's counts apply every *other* active filter, so a visitor sees how many
practices each choice would give. Counts come from one aggregate query per facet,
so the page runs the same number of queries whatever the number of practices.
Values that mean nothing (an unknown pillar, a year like "20x6") are ignored and
reported on the page instead of failing.
"""

from dataclasses import dataclass, field

from django.db.models import Count, F, Q
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from cms.access import visible_pages
from home.pagination import paginate

from .models import (
    ImplementationLevel,
    Pillar,
    PracticePage,
    PracticePageTag,
    ValidationStatus,
)

SORTS = {
    "newest": (
        _("Newest first"),
        (F("first_published_at").desc(nulls_last=True), "-pk"),
    ),
    "title": (_("Title (A–Z)"), ("title", "pk")),
}
DEFAULT_SORT = "newest"
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def has_selection(self):
        return any(option.selected for option in self.options)


@dataclass
class ActiveFilter:
    facet_label: str
    label: str
    remove_url: str


# name, label, choices (None: values come from the data)
FACETS = [
    ("pillar", _("Pillar"), Pillar.choices),
    ("region", _("Origin region"), None),
    ("level", _("Implementation level"), ImplementationLevel.choices),
    ("topic", _("Topic"), None),
    ("validation", _("Validation"), ValidationStatus.choices),
    ("year", _("Start year"), None),
]
FACET_LABELS = {name: label for name, label, _choices in FACETS}


def _query_url(query):
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


class Library:
    """Filters the practices under one PracticeIndexPage for one request."""

    def __init__(self, index_page, request):
        self.index_page = index_page
        self.request = request
        self.ignored = []
        self.labels = {}
        self.selected = self._read_filters()
        self.sort = self._read_sort()

    # Reading the query string -------------------------------------------------

    def _read_filters(self):
        params = self.request.GET
        selected = {}
        for name, _label, choices in FACETS:
            values = []
            for raw in params.getlist(name):
                value = raw.strip()
                if not value or value in values:
                    continue
                if choices is not None and value not in dict(choices):
                    self._ignore(name, raw)
                elif choices is not None:
                    self.labels[(name, value)] = dict(choices)[value]
                    values.append(value)
                elif name == "year" and not self._is_year(value):
                    self._ignore(name, raw)
                else:
                    self.labels[(name, value)] = value
                    values.append(value)
            if values:
                selected[name] = values
        self._drop_unknown("region", self._known_region_slugs, selected)
        self._drop_unknown("topic", self._known_topic_slugs, selected)
        return selected

    @staticmethod
    def _is_year(value):
        return (
            value.isascii() and value.isdigit() and MIN_YEAR <= int(value) <= MAX_YEAR
        )

    def _ignore(self, name, raw):
        self.ignored.append({"facet": FACET_LABELS[name], "value": raw[:60]})

    def _drop_unknown(self, name, known_lookup, selected):
        values = selected.get(name)
        if not values:
            return
        known = known_lookup(values)
        for value, label in known.items():
            self.labels[(name, value)] = label
        for value in values:
            if value not in known:
                self._ignore(name, value)
        kept = [value for value in values if value in known]
        if kept:
            selected[name] = kept
        else:
            selected.pop(name)

    def _known_region_slugs(self, slugs):
        from regions.models import RegionPage

        return dict(
            RegionPage.objects.filter(
                slug__in=slugs, locale_id=self.index_page.locale_id
            ).values_list("slug", "title")
        )

    @staticmethod
    def _known_topic_slugs(slugs):
        return dict(Tag.objects.filter(slug__in=slugs).values_list("slug", "name"))

    def _read_sort(self):
        raw = self.request.GET.get("sort", DEFAULT_SORT)
        if raw not in SORTS:
            self.ignored.append({"facet": _("Sort"), "value": raw[:60]})
            return DEFAULT_SORT
        return raw

    # Building querysets -------------------------------------------------------

    def base_queryset(self):
        return visible_pages(
            self.request,
            PracticePage.objects.child_of(self.index_page),
            locale=self.index_page.locale_id,
        )

    def _condition(self, name, values):
        if name == "pillar":
            return Q(pillar__in=values)
        if name == "level":
            return Q(implementation_level__in=values)
        if name == "validation":
            return Q(validation_status__in=values)
        if name == "region":
            return Q(origin_region__slug__in=values)
        if name == "year":
            return Q(start_date__year__in=[int(value) for value in values])
        if name == "topic":
            return Q(
                pk__in=PracticePageTag.objects.filter(tag__slug__in=values).values(
                    "content_object_id"
                )
            )
        raise ValueError(name)

    def filtered(self, except_facet=None):
        queryset = self.base_queryset()
        for name, values in self.selected.items():
            if name != except_facet:
                queryset = queryset.filter(self._condition(name, values))
        return queryset

    def practices(self):
        """The matching practices, sorted, ready for a listing or an export."""
        return (
            self.filtered()
            .select_related("origin_region")
            .prefetch_related("tagged_items__tag")
            .defer_streamfields()
            .order_by(*SORTS[self.sort][1])
        )

    # Facets ---------------------------------------------------------------------

    def _counts(self, name):
        """[(value, label, count)] for one facet: one aggregate query."""
        queryset = self.filtered(except_facet=name).order_by()
        if name == "topic":
            rows = (
                PracticePageTag.objects.filter(
                    content_object_id__in=queryset.values("pk")
                )
                .order_by()
                .values("tag__slug", "tag__name")
                .annotate(n=Count("content_object_id", distinct=True))
            )
            return sorted(
                ((r["tag__slug"], r["tag__name"], r["n"]) for r in rows),
                key=lambda row: row[1].lower(),
            )
        if name == "region":
            rows = (
                queryset.filter(origin_region__isnull=False)
                .values("origin_region__slug", "origin_region__title")
                .annotate(n=Count("pk"))
            )
            return sorted(
                (
                    (r["origin_region__slug"], r["origin_region__title"], r["n"])
                    for r in rows
                ),
                key=lambda row: row[1],
            )
        if name == "year":
            rows = (
                queryset.annotate(year=ExtractYear("start_date"))
                .values("year")
                .annotate(n=Count("pk"))
            )
            return sorted(
                ((str(r["year"]), str(r["year"]), r["n"]) for r in rows),
                reverse=True,
            )
        column = {
            "pillar": "pillar",
            "level": "implementation_level",
            "validation": "validation_status",
        }[name]
        counts = {
            r[column]: r["n"] for r in queryset.values(column).annotate(n=Count("pk"))
        }
        choice_list = {
            "pillar": Pillar.choices,
            "level": ImplementationLevel.choices,
            "validation": ValidationStatus.choices,
        }[name]
        return [
            (value, label, counts[value])
            for value, label in choice_list
            if value in counts
        ]

    def _build_query(self, selected, sort):
        """A clean query string: known values only, in a stable order."""
        query = QueryDict(mutable=True)
        for name, _label, _choices in FACETS:
            if selected.get(name):
                query.setlist(name, selected[name])
        if sort != DEFAULT_SORT:
            query["sort"] = sort
        return query

    def _toggle_url(self, name, value):
        values = list(self.selected.get(name, []))
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        selected = {**self.selected, name: values}
        return _query_url(self._build_query(selected, self.sort))

    def facets(self):
        facets = []
        for name, label, _choices in FACETS:
            selected = self.selected.get(name, [])
            options = [
                FacetOption(
                    value=value,
                    label=option_label,
                    count=count,
                    selected=value in selected,
                    url=self._toggle_url(name, value),
                )
                for value, option_label, count in self._counts(name)
            ]
            facets.append(Facet(name=name, label=label, options=options))
        return facets

    def active_filters(self):
        labels = self.labels
        active = []
        for name, values in self.selected.items():
            for value in values:
                active.append(
                    ActiveFilter(
                        facet_label=FACET_LABELS[name],
                        label=labels.get((name, value), value),
                        remove_url=self._toggle_url(name, value),
                    )
                )
        return active

    def sort_options(self):
        return [
            {
                "key": key,
                "label": label,
                "url": _query_url(self._build_query(self.selected, key)),
                "current": key == self.sort,
            }
            for key, (label, _ordering) in SORTS.items()
        ]

    def canonical_query(self):
        """The current filters and sort, cleaned of bad values (no page number)."""
        return self._build_query(self.selected, self.sort).urlencode()

    def resolve(self):
        facets = self.facets()
        page_obj = paginate(self.request, self.practices(), self.index_page.per_page)
        query = self.canonical_query()
        return {
            "page_obj": page_obj,
            "practices": list(page_obj.object_list),
            "total": page_obj.paginator.count,
            "facets": facets,
            "active_filters": self.active_filters(),
            "ignored": self.ignored,
            "sort_options": self.sort_options(),
            "sort": self.sort,
            "base_query": query,
            "query": query,
            "is_filtered": bool(self.selected),
        }


def related_practices(practice, request, limit=3):
    """Practices of the same language sharing the pillar or a topic.

    Shared topics are counted in the database and the practices with most
    topics in common come first. The ranking groups primary keys only and
    the winners are fetched afterwards: grouping whole page rows cost
    160 ms at 10,000 practices, this about 45 ms (benchmarks/RESULTS.md).
    """
    topic_ids = PracticePageTag.objects.filter(content_object_id=practice.pk).values(
        "tag_id"
    )
    ranked = list(
        visible_pages(request, PracticePage.objects.all(), locale=practice.locale)
        .exclude(pk=practice.pk)
        .filter(Q(pillar=practice.pillar) | Q(tagged_items__tag_id__in=topic_ids))
        .values("pk")
        .annotate(
            shared_topics=Count(
                "tagged_items",
                filter=Q(tagged_items__tag_id__in=topic_ids),
                distinct=True,
            )
        )
        .order_by("-shared_topics", "title", "pk")
        .values_list("pk", "shared_topics")[:limit]
    )
    pages = (
        PracticePage.objects.filter(pk__in=[pk for pk, _shared in ranked])
        .select_related("origin_region")
        .defer_streamfields()
        .in_bulk()
    )
    related = []
    for pk, shared in ranked:
        if pk in pages:
            pages[pk].shared_topics = shared
            related.append(pages[pk])
    return related
