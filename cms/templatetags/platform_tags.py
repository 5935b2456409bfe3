"""The platform's own name in the admin's templates (sign-in, page titles)."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def platform_name():
    """``WAGTAIL_SITE_NAME``: "COMPETE IN"."""
    return settings.WAGTAIL_SITE_NAME
