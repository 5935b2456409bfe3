"""What the home page shows of the regions: the partner regions as featured
pages, the partnership's regions and countries counted, and their map
(registered with ``home.sections``)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.sections import FeaturedKind, HomeMap, PartnershipFigure

from .maps import partner_map
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


def partner_map_context(locale, viewer):
    """The partner regions on the map of Europe, and the same regions listed."""
    regions = (
        partner_regions(locale, viewer)
        .only("title", "url_path", "locale_id", "depth", "path")
        .order_by("title")
    )
    return {
        "map": partner_map(locale),
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
