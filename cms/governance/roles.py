"""The roles and the rights each holds: group names, permission lists, lookups."""

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from cms.regional import (  # noqa: F401  (re-exported by cms.governance)
    LEAD_PARTNER,
    THEMATIC_EXPERTS,
    lead_partner_group,
    region_page_model,
    thematic_experts_group,
)

WORKFLOW_NAME = "Regional review, then lead partner approval"
REGIONAL_TASK_NAME = "Approval by the region's coordinators"
LEAD_PARTNER_TASK_NAME = "Approval by the lead partner"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
COORDINATOR_PAGE_PERMISSIONS = [
    *EDITOR_PAGE_PERMISSIONS,
    "lock_page",
    "unlock_page",
]
# Publishing (and unpublishing) is the lead partner's alone: every route to it in
# Wagtail and wagtail-localize asks for this permission.
PUBLISH_PAGE_PERMISSIONS = ["publish_page"]
# On the shared indexes (see shared_index_pages): add pages, edit one's own.
SHARED_INDEX_PAGE_PERMISSIONS = ["add_page"]
LEAD_PARTNER_PAGE_PERMISSIONS = [
    *COORDINATOR_PAGE_PERMISSIONS,
    *PUBLISH_PAGE_PERMISSIONS,
    "bulk_delete_page",
]
REGIONAL_COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
]
LEAD_PARTNER_COLLECTION_PERMISSIONS = [
    *REGIONAL_COLLECTION_PERMISSIONS,
    ("wagtaildocs", "delete_document"),
    ("wagtailimages", "delete_image"),
]
# Model permissions of the lead partner: all content, snippets and settings of the
# project's apps, redirects, translations, workflows and collections. Users and
# groups stay with the site administrators.
LEAD_PARTNER_APPS = [
    "cms",
    "home",
    "regions",
    "practices",
    "branding",
    "search",
    "wagtailredirects",
    "wagtail_localize",
    "wagtailsearchpromotions",
]
LEAD_PARTNER_CORE_MODELS = ["collection", "workflow", "task"]

ROLES = ("editor", "coordinator", "stakeholder")


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename):
    return permission("wagtailcore", codename)


def access_admin():
    return permission("wagtailadmin", "access_admin")


def case_permissions():
    """Add, change and view on every case type (subclasses of cms BaseCase)."""
    from cms.models import BaseCase

    models = [
        model
        for model in apps.get_models()
        if issubclass(model, BaseCase) and model._meta.app_label != "tests"
    ]
    content_types = ContentType.objects.get_for_models(*models).values()
    return Permission.objects.filter(
        content_type__in=content_types,
        codename__regex=r"^(add|change|view)_",
    )
