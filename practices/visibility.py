"""Kept for the imports in ``practices.models``: use ``cms.governance.visible_pages``.

What a visitor may see is decided in one place, ``cms.governance.visible_pages``
(live pages, view restrictions, read once per request). This name only adapts the
older call ``visible_to(queryset, request, locale=None)``, whose locale defaults to
the active language.
"""

from wagtail.models import Locale

from cms.governance import visible_pages


def visible_to(queryset, request, locale=None):
    """``queryset`` narrowed to live pages of ``locale`` the request's user may see."""
    return visible_pages(request, queryset, locale=locale or Locale.get_active())
