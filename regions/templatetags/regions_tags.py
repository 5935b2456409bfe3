from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def grouped(value):
    """A whole number with the visitor's thousands separator: 16500 → “16 500” (pl)."""
    if value in (None, ""):
        return ""
    return number_format(value, use_l10n=True, force_grouping=True)


@register.inclusion_tag("regions/includes/svg_map.html")
def partner_regions_map(map_id="partner-map"):
    """The partner regions on the map of Europe, in the active language (for the
    home page). The page links ``regions/maps.css``."""
    from regions.maps import partner_map

    return {"map": partner_map(), "map_id": map_id}
