"""Where a page, a document or a collection belongs: its region and that
region's governance record."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Locale,
    Page,
)

from .roles import region_page_model


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


def shared_index_pages():
    """Pages outside the regions where every region adds pages of its own.

    ``COMPETEIN_SHARED_INDEX_PAGE_TYPES`` lists their models ("app.Model"), every
    language included: the good practice library, whose practices name their
    origin region. Regional editors and coordinators may add pages there and edit
    the pages they created (Wagtail's "add" permission); publishing stays with the
    review workflow, whose first step goes to the coordinators of the region the
    page names (see ``region_of``).
    """
    labels = getattr(settings, "COMPETEIN_SHARED_INDEX_PAGE_TYPES", [])
    models = []
    for label in labels:
        try:
            models.append(apps.get_model(label))
        except LookupError:
            continue
    if not models:
        return Page.objects.none()
    content_types = ContentType.objects.get_for_models(*models).values()
    return Page.objects.filter(content_type__in=content_types).order_by("path")


def region_governance_for(obj):
    """The RegionGovernance of the region a page sits in, or None."""
    from cms.models import RegionGovernance

    cache_attr = "_competein_region_governance"
    if hasattr(obj, cache_attr):
        return getattr(obj, cache_attr)
    region = region_of(obj)
    governance = None
    if region is not None:
        governance = (
            RegionGovernance.objects.filter(
                region__translation_key=region.translation_key
            )
            .select_related("editors", "coordinators", "stakeholders")
            .first()
        )
    if isinstance(obj, Page):
        setattr(obj, cache_attr, governance)
    return governance


def governance_of_collection(collection):
    """The RegionGovernance whose collection holds ``collection``, or None."""
    from cms.models import RegionGovernance

    if collection is None:
        return None
    ancestors = collection.get_ancestors(inclusive=True)
    return (
        RegionGovernance.objects.filter(collection__in=ancestors)
        .select_related("region")
        .first()
    )
