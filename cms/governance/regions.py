"""Where a page, a document or a collection belongs: its region and that
region's governance record."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from cms.regional import (  # noqa: F401  (re-exported by cms.governance)
    named_region,
    region_fields,
    region_of,
    source_region,
)


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

    return RegionGovernance.objects.for_page(obj)


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
