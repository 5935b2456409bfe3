"""Small helpers shared by the cross-app tests."""

from django.conf import settings
from wagtail.models import Page

LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def live_pages_in(language_code):
    """Every live page of the demo tree in one language, most specific class."""
    return list(
        Page.objects.live()
        .filter(depth__gt=1, locale__language_code=language_code)
        .specific()
        .order_by("path")
    )
