"""The parts of a page that are one person's own (cms.pagecache fills them in per
request when the page is kept for an audience)."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

from cms.pagecache import USERBAR_END, USERBAR_START

register = template.Library()


@register.simple_tag(takes_context=True)
def personal_userbar(context, position="bottom-right"):
    """Wagtail's user bar, marked so that a page kept for an audience leaves it
    out and each person gets their own (its edit links depend on the user)."""
    bar = wagtailuserbar(context, position)
    if not bar:
        return ""
    return mark_safe(f"{USERBAR_START}{bar}{USERBAR_END}")  # noqa: S308 (Wagtail's HTML)
