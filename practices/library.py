"""The practice library's filters, facets and sorting (cms.listing declares how
every listing reads its query string and counts its facets).

Pillar, origin region, level, topic, validation and start year; values that mean
nothing (an unknown pillar, a year like "20x6") are ignored and reported on the
page instead of failing.
"""

from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from cms.access import visible_pages
from cms.listing import Filter, Listing, paginate, parse_year

from .models import (
    ImplementationLevel,
    Pillar,
    PracticePage,
    PracticePageTag,
    ValidationStatus,
)


def _known_regions(listing, slugs):
    from regions.models import RegionPage

    return dict(
        RegionPage.objects.filter(
            slug__in=slugs, locale_id=listing.index_page.locale_id
        ).values_list("slug", "title")
    )


def _tagged(slugs):
    return Q(
        pk__in=PracticePageTag.objects.filter(tag__slug__in=slugs).values(
            "content_object_id"
        )
    )


def _topic_counts(queryset):
    rows = (
        PracticePageTag.objects.filter(content_object_id__in=queryset.values("pk"))
        .order_by()
        .values("tag__slug", "tag__name")
        .annotate(n=Count("content_object_id", distinct=True))
    )
    return sorted(
        ((r["tag__slug"], r["tag__name"], r["n"]) for r in rows),
        key=lambda row: row[1].lower(),
    )


FILTERS = [
    Filter("pillar", _("Pillar"), field="pillar", choices=Pillar.choices),
    Filter(
        "region",
        _("Origin region"),
        field="origin_region__slug",
        label_field="origin_region__title",
        known=_known_regions,
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
        known=lambda listing, slugs: dict(
            Tag.objects.filter(slug__in=slugs).values_list("slug", "name")
        ),
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
        )

    def practices(self):
        """The matching practices, sorted, ready for a listing or an export."""
        return (
            self.results()
            .select_related("origin_region")
            .prefetch_related("tagged_items__tag")
            .defer_streamfields()
        )

    def canonical_query(self):
        """The current filters and sort, cleaned of bad values (no page number)."""
        return self.query()

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
