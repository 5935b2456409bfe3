from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def grouped(value):
    """A whole number with the visitor's thousands separator: 16500 → “16 500” (pl)."""
    if value in (None, ""):
        return ""
    return number_format(value, use_l10n=True, force_grouping=True)
