"""What a region's profile shows of the practices: "Practices that could work
here", the region's best public matches (registered with ``regions.sections``).

The section is the same for every visitor (public practices, public plans, no
transfer case), so its HTML is cached per region and language under the content
generation: a profile pays no query for it once built.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail import hooks

from cms.caching import get_or_build

from .matchmaking import CACHE_TIMEOUT, PUBLIC_LIMIT, cards, public_matches


def source_region_id(region):
    from regions.models import RegionPage

    return (
        RegionPage.objects.filter(
            translation_key=region.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .values_list("pk", flat=True)
        .first()
    )


def render_region_matches(region):
    region_id = source_region_id(region)
    if region_id is None:
        return ""
    found = cards(public_matches(region_id, PUBLIC_LIMIT), region.locale_id)
    if not found:
        return ""
    return render_to_string(
        "practices/includes/region_matches.html", {"region": region, "cards": found}
    )


@hooks.register("register_region_section")
def practices_that_could_work_here(region, request):
    key = (
        f"matchmaking:section:{region.translation_key}:{region.locale_id}:"
        f"{get_language()}"
    )
    return get_or_build(key, lambda: render_region_matches(region), CACHE_TIMEOUT)


def render_region_network(region):
    from .network import build

    graph = build(region.locale)
    node = graph.node(region.translation_key)
    if node is None:
        return ""
    given, taken = graph.neighbourhood(region.translation_key)
    if not given and not taken:
        return ""
    return render_to_string(
        "practices/includes/region_network.html",
        {"region": region, "node": node, "given": given, "taken": taken},
    )


@hooks.register("register_region_section")
def learning_network_neighbourhood(region, request):
    """The region's neighbourhood in the learning network (public facts only)."""
    key = (
        f"network:section:{region.translation_key}:{region.locale_id}:{get_language()}"
    )
    return get_or_build(key, lambda: render_region_network(region), CACHE_TIMEOUT)
