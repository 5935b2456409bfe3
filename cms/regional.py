"""Where a page belongs, and who answers outside every region.

The lookups the floor's models (the regional review task) and its services
(``cms.governance``, ``cms.access``) share. This module imports no model of
``cms``, so both build on it and neither imports the other in a circle.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page

LEAD_PARTNER = "Lead partner"


def lead_partner_group():
    return Group.objects.filter(name=LEAD_PARTNER).first()


def region_page_model():
    """The region page type (``COMPETEIN_REGION_PAGE_MODEL``); the floor names
    no app."""
    return apps.get_model(settings.COMPETEIN_REGION_PAGE_MODEL)


def source_region(region_page):
    """The region page in the default language, or the page itself if it has none."""
    default = Locale.get_default()
    if region_page.locale_id == default.pk:
        return region_page
    source = region_page.get_translation_or_none(default)
    return source.specific if source is not None else region_page


def region_of(page):
    """The RegionPage ``page`` belongs to, or None.

    That is the RegionPage above ``page`` (or ``page`` itself), in the page's
    language. A page outside every region's subtree that names a region in a field
    of its own (a good practice's origin region, in the shared practice library)
    belongs to the region it names.
    """
    if not isinstance(page, Page) or not page.pk:
        return None
    region_type = ContentType.objects.get_for_model(region_page_model())
    region = (
        Page.objects.ancestor_of(page, inclusive=True)
        .filter(content_type=region_type)
        .first()
    )
    return region if region is not None else named_region(page)


def region_fields(model):
    """The foreign keys of a page model that point at a RegionPage."""
    region_model = region_page_model()
    return [
        field
        for field in model._meta.concrete_fields
        if field.many_to_one and field.related_model is region_model
    ]


def named_region(page):
    """The first RegionPage a page names in a foreign key, or None.

    The model is known from the page's content type without a query, so pages
    whose type names no region (most of them) cost nothing here.
    """
    fields = region_fields(page.specific_class or type(page))
    if not fields:
        return None
    specific = page.specific
    for field in fields:
        region_id = getattr(specific, field.attname)
        if region_id is not None:
            return Page.objects.filter(pk=region_id).first()
    return None
