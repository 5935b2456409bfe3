"""The parts of a page that are one person's own (cms.pagecache fills them in per
request when the page is kept for an audience)."""

from django import template
from django.utils.safestring import mark_safe

from cms.pagecache import marked_userbar

register = template.Library()


@register.simple_tag(takes_context=True)
def personal_userbar(context, position="bottom-right"):
    """Wagtail's user bar, marked so that a page kept for an audience leaves it
    out and each person gets their own (its edit links depend on the user)."""
    return mark_safe(marked_userbar(context, position))  # noqa: S308 (Wagtail's HTML)
