"""The exchange activities' filters: kind, host region, year and practice presented
(cms.listing reads them the way every listing does)."""

from django.utils.translation import gettext_lazy as _

from cms.listing import Filter, Listing, parse_year
from regions.listing import known_regions

from .models.taxonomy import EventKind


class ActivityListing(Listing):
    """The activities under one EventIndexPage, filtered for one request."""

    filters = [
        Filter("kind", _("Kind of activity"), field="kind", choices=EventKind.choices),
        Filter(
            "region",
            _("Host region"),
            field="host_region__slug",
            label_field="host_region__title",
            known=known_regions,
        ),
        Filter(
            "year",
            _("Year"),
            field="start__year",
            parse=parse_year,
            known=lambda listing, years: {str(year): str(year) for year in years},
            newest_first=True,
        ),
        Filter(
            "practice",
            _("Practice presented"),
            field="presented_practices__practice__slug",
            label_field="presented_practices__practice__title",
            many=True,
        ),
    ]

    def __init__(self, index_page, request, queryset):
        self.index_page = index_page
        super().__init__(request, queryset, page=index_page)
