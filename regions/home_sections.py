"""What the home page shows of the regions: the partner regions as featured
pages, the partnership's regions and countries counted, and their map
(registered with ``home.sections``)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.sections import FeaturedKind, HomeMap, PartnershipFigure

from .maps import build_map
from .models import RegionIndexPage, RegionPage


def partner_regions(locale, viewer):
    return viewer.pages(RegionPage.objects.all(), locale=locale)


@hooks.register("register_home_featured_kind")
def featured_regions():
    return FeaturedKind(
        code="regions",
        label=_("Partner regions"),
        model=RegionPage,
        automatic=lambda queryset, limit: queryset.order_by("title")[:limit],
        describe=lambda page: page.get_country_display(),
        index_model=RegionIndexPage,
        order=10,
    )


@hooks.register("register_home_figure")
def regions_figure():
    return PartnershipFigure(
        code="regions",
        label=_("partner regions"),
        count=lambda locale, viewer: partner_regions(locale, viewer).count(),
        order=10,
    )


@hooks.register("register_home_figure")
def countries_figure():
    return PartnershipFigure(
        code="countries",
        label=_("countries"),
        count=lambda locale, viewer: (
            partner_regions(locale, viewer)
            .order_by()
            .values("country")
            .distinct()
            .count()
        ),
        order=20,
    )


# What the map and the list read of each region: nothing more.
MAP_FIELDS = [
    "title",
    "url_path",
    "latitude",
    "longitude",
    "locale_id",
    "depth",
    "path",
]


def partner_map_context(locale, viewer):
    """The partner regions on the map of Europe, and the same regions listed:
    one query for both."""
    regions = list(partner_regions(locale, viewer).only(*MAP_FIELDS).order_by("title"))
    points = [(r.title, r.url, r.latitude, r.longitude, "region") for r in regions]
    return {
        "map": build_map(gettext("Map of the partner regions"), points),
        "map_id": "partner-map",
        "map_places": regions,
    }


@hooks.register("register_home_map")
def home_partner_map():
    return HomeMap(
        template="regions/includes/partner_map.html",
        context=partner_map_context,
        stylesheet="regions/maps.css",
    )
