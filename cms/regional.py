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
# Project-wide, like the lead partner: thematic experts give the second level of
# a good practice's validation (an expert opinion), in no region's name.
THEMATIC_EXPERTS = "Thematic experts"


def lead_partner_group():
    return Group.objects.filter(name=LEAD_PARTNER).first()


def thematic_experts_group():
    return Group.objects.filter(name=THEMATIC_EXPERTS).first()


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
    region_id = _first_named([getattr(page.specific, f.attname) for f in fields])
    return Page.objects.filter(pk=region_id).first() if region_id else None


def named_region_ids(pages):
    """{page id: id of the first RegionPage it names} for many pages at once:
    ``pages`` are (id, content type id) pairs; one query per page type that has
    a region field, none for the others. The bulk form of ``named_region``."""
    ids_by_type = {}
    for page_id, type_id in pages:
        ids_by_type.setdefault(type_id, []).append(page_id)
    named = {}
    for type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        fields = region_fields(model) if model is not None else []
        if not fields:
            continue
        rows = model.objects.filter(pk__in=ids).values_list(
            "pk", *[field.attname for field in fields]
        )
        for page_id, *values in rows:
            region_id = _first_named(values)
            if region_id:
                named[page_id] = region_id
    return named


def _first_named(values):
    return next((value for value in values if value is not None), None)


def thematic_experts():
    """The active accounts of the thematic experts' group, by username."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(groups__name=THEMATIC_EXPERTS, is_active=True)
        .order_by("username")
    )
