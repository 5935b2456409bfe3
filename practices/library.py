"""The practice library's filters, facets and sorting (cms.listing declares how
every listing reads its query string and counts its facets).

Pillar, origin region, level, topic, validation and start year; values that mean
nothing (an unknown pillar, a year like "20x6") are ignored and reported on the
page instead of failing.
"""

from django.db.models import Count, F, Q
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from cms.access import visible_pages
from cms.listing import Filter, Listing, parse_year
from regions.listing import known_regions
from regions.maps import build_map

from .models import (
    ImplementationLevel,
    Pillar,
    PracticePage,
    PracticePageTag,
    ValidationStatus,
)
from .topics import topic_label


def _tagged(slugs):
    return Q(
        pk__in=PracticePageTag.objects.filter(tag__slug__in=slugs).values(
            "content_object_id"
        )
    )


def _known_topics(listing, slugs):
    """{slug: label in the library's language} of the tags with these slugs."""
    return dict(
        Tag.objects.filter(slug__in=slugs)
        .annotate(label=topic_label(listing.page.locale_id))
        .values_list("slug", "label")
    )


def _topic_counts(listing, queryset):
    """[(slug, label, count)]: the labels come in the aggregate query itself."""
    rows = (
        PracticePageTag.objects.filter(content_object_id__in=queryset.values("pk"))
        .order_by()
        .values("tag_id", "tag__slug", "tag__name")
        .annotate(
            n=Count("content_object_id", distinct=True),
            label=topic_label(
                listing.page.locale_id, tag="tag_id", tag_name="tag__name"
            ),
        )
    )
    return sorted(
        ((r["tag__slug"], r["label"], r["n"]) for r in rows),
        key=lambda row: (row[1].casefold(), row[0]),
    )


def _region_counts(listing, queryset):
    """[(slug, title, count)] of the origin regions, in one aggregate query that
    also reads each region's coordinates, kept for the library's map."""
    rows = (
        queryset.order_by()
        .values(
            "origin_region__slug",
            "origin_region__title",
            "origin_region__latitude",
            "origin_region__longitude",
        )
        .annotate(n=Count("pk", distinct=True))
        .filter(origin_region__slug__isnull=False)
    )
    places = sorted(
        (
            (
                r["origin_region__slug"],
                r["origin_region__title"],
                r["n"],
                r["origin_region__latitude"],
                r["origin_region__longitude"],
            )
            for r in rows
        ),
        key=lambda place: place[1].lower(),
    )
    if listing is not None:
        listing.region_places = places
    return [(slug, title, n) for slug, title, n, _lat, _lon in places]


FILTERS = [
    Filter("pillar", _("Pillar"), field="pillar", choices=Pillar.choices),
    Filter(
        "region",
        _("Origin region"),
        field="origin_region__slug",
        label_field="origin_region__title",
        known=known_regions,
        counts=_region_counts,
    ),
    Filter(
        "level",
        _("Implementation level"),
        field="implementation_level",
        choices=ImplementationLevel.choices,
    ),
    Filter(
        "topic",
        _("Topic"),
        field="tagged_items__tag__slug",
        known=_known_topics,
        condition=_tagged,
        counts=_topic_counts,
    ),
    Filter(
        "validation",
        _("Validation"),
        field="validation_status",
        choices=ValidationStatus.choices,
    ),
    Filter(
        "year",
        _("Start year"),
        field="start_date__year",
        parse=parse_year,
        known=lambda listing, years: {str(year): str(year) for year in years},
        newest_first=True,
    ),
]
FACET_LABELS = {filter_.name: filter_.label for filter_ in FILTERS}

SORTS = {
    "newest": (
        _("Newest first"),
        (F("first_published_at").desc(nulls_last=True), "-pk"),
    ),
    "title": (_("Title (A–Z)"), ("title", "pk")),
}
DEFAULT_SORT = "newest"


class Library(Listing):
    """Filters the practices under one PracticeIndexPage for one request."""

    filters = FILTERS
    sorts = SORTS
    default_sort = DEFAULT_SORT

    def __init__(self, index_page, request):
        self.index_page = index_page
        super().__init__(
            request,
            visible_pages(
                request,
                PracticePage.objects.child_of(index_page),
                locale=index_page.locale_id,
            ),
            page=index_page,
        )

    def practices(self):
        """The matching practices, sorted, ready for a listing or an export."""
        return (
            self.results()
            .select_related("origin_region")
            .prefetch_related("tagged_items__tag")
            .defer_streamfields()
        )

    region_places = ()

    def region_map(self):
        """Where the practices come from: one point per origin region with its
        count (the origin region facet's counts, so no query of its own), each
        narrowing the library to the region."""
        items = []
        for slug, title, n, latitude, longitude in self.region_places:
            label = ngettext(
                "%(region)s: %(count)s practice", "%(region)s: %(count)s practices", n
            ) % {"region": title, "count": n}
            query = self.query({**self.selected, "region": [slug]})
            items.append((label, f"?{query}", latitude, longitude, "region"))
        return build_map(gettext("Where the practices come from"), items)

    def resolve(self):
        context = self.context(self.index_page.per_page, results=self.practices())
        context["practices"] = context["items"]
        context["region_map"] = self.region_map()
        return context
