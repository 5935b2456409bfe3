"""The territories directory's filters (country, sector), and the lookups other
listings share: which region slugs and sector codes exist in a page's language.

Unknown values are ignored and reported the way every listing does (cms.listing).
"""

from django.utils.translation import gettext_lazy as _

from cms.listing import Filter, Listing

from .models.pages import RegionPage
from .models.snippets import Sector


def known_regions(listing, slugs):
    """{slug: title} of the regions in the language of the listing's page."""
    return dict(
        RegionPage.objects.filter(
            slug__in=slugs, locale_id=listing.page.locale_id
        ).values_list("slug", "title")
    )


def known_sectors(listing, codes):
    """{code: name} of the sectors in the language of the listing's page: a
    sector no row has yet is a real choice with no result, not an unknown one."""
    return dict(
        Sector.objects.filter(
            code__in=codes, locale_id=listing.page.locale_id
        ).values_list("code", "name")
    )


class TerritoryListing(Listing):
    """The regions under one RegionIndexPage, filtered for one request."""

    filters = [
        Filter(
            "country",
            _("Country"),
            field="country",
            choices=RegionPage.Country.choices,
            all_label=_("All countries"),
        ),
        Filter(
            "sector",
            _("Sector"),
            field="region_sectors__sector__code",
            label_field="region_sectors__sector__name",
            known=known_sectors,
            many=True,
            all_label=_("All sectors"),
        ),
    ]
