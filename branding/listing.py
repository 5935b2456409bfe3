"""The showcases' filters on “Invest”: sector and kind of site (cms.listing reads
them the way every listing does)."""

from django.utils.translation import gettext_lazy as _

from cms.listing import Filter, Listing
from regions.listing import known_sectors

from .models.inlines import InvestmentSite


class ShowcaseListing(Listing):
    """Every showcase of one language, filtered for one request."""

    filters = [
        Filter(
            "sector",
            _("Sector"),
            field="showcase_sectors__sector__code",
            label_field="showcase_sectors__sector__name",
            known=known_sectors,
            many=True,
            all_label=_("All sectors"),
        ),
        Filter(
            "site_kind",
            _("Kind of site"),
            field="investment_sites__kind",
            choices=InvestmentSite.Kind.choices,
            many=True,
            all_label=_("All kinds of site"),
        ),
    ]
