"""Who may do what, region by region: groups, collections, permissions, workflow.

Seven organisations edit one site, each in its own region. For every RegionPage
(in the source language; its translations share the groups) this module keeps:

- "<Region> editors": add and change pages in the region's subtree, in every language;
- "<Region> coordinators": the same, plus lock and unlock; they review their
  region's pages (the workflow's first step) but never publish: nothing goes live
  without the lead partner's approval;
- both may also add pages to the shared indexes every region contributes to (the
  good practice library) and edit the pages they created there; such a page
  belongs to the region it names (a practice's origin region) for the review;
- "<Region> stakeholders": may view the region's internal pages and documents;
- a collection named after the region, with an "<Region> internal" child whose view
  restriction admits only the region's groups and the lead partner.

One "Lead partner" group has every right on the whole site, and one workflow,
"Regional review, then lead partner approval", covers every page.

Everything is looked up before it is created, so running it again changes nothing.
Regions are reached through ``apps.get_model``: ``cms`` is the floor the other apps
build on and does not import them.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

LEAD_PARTNER = "Lead partner"
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


def region_page_model():
    return apps.get_model("regions", "RegionPage")


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


def lead_partner_group():
    return Group.objects.filter(name=LEAD_PARTNER).first()


# Where a page belongs -------------------------------------------------------------


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


# Setting up -----------------------------------------------------------------------


def _governed(**lookup):
    """True when a group or collection already belongs to some region."""
    from cms.models import RegionGovernance

    return RegionGovernance.objects.filter(**lookup).exists()


def _named_group(existing, name, fallback_name):
    """``existing`` renamed to ``name`` (if free), or a group called ``name``.

    Two regions with the same title (a data-entry slip) must not share groups:
    a name already linked to another region gets ``fallback_name`` instead.
    """
    if existing is not None:
        if (
            existing.name != name
            and not Group.objects.filter(name=name).exclude(pk=existing.pk).exists()
        ):
            existing.name = name
            existing.save(update_fields=["name"])
        return existing
    group = Group.objects.filter(name=name).first()
    if group is not None and (
        _governed(editors=group)
        or _governed(coordinators=group)
        or _governed(stakeholders=group)
    ):
        name = fallback_name
    group, _created = Group.objects.get_or_create(name=name)
    return group


def _named_collection(existing, parent, name, fallback_name):
    if existing is not None:
        if existing.name != name:
            existing.name = name
            existing.save(update_fields=["name"])
        return existing
    for candidate in (name, fallback_name):
        found = parent.get_children().filter(name=candidate).first()
        if found is None:
            return parent.add_child(instance=Collection(name=candidate))
        if not (_governed(collection=found) or _governed(internal_collection=found)):
            return found
    raise ValueError(f"No free collection name for {name!r}")


def _grant_page_permissions(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(codename)
        )


def revoke_regional_publishing(groups):
    """Take any publish permission away from regional groups (an older set-up gave
    it to coordinators)."""
    GroupPagePermission.objects.filter(
        group__in=groups,
        permission__content_type__app_label="wagtailcore",
        permission__codename__in=PUBLISH_PAGE_PERMISSIONS,
    ).delete()


def _grant_collection_permissions(group, collection, perms):
    for app_label, codename in perms:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=permission(app_label, codename),
        )


def _restrict_collection(collection, groups):
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=BaseViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
    missing = [g for g in groups if not restriction.groups.filter(pk=g.pk).exists()]
    if missing:
        restriction.groups.add(*missing)
    return restriction


@transaction.atomic
def setup_region(region_page):
    """Groups, collections and permissions of one region (any of its languages)."""
    from cms.models import RegionGovernance

    source = source_region(region_page.specific)
    governance = (
        RegionGovernance.objects.filter(region__translation_key=source.translation_key)
        .select_related(
            "editors",
            "coordinators",
            "stakeholders",
            "collection",
            "internal_collection",
        )
        .first()
    )
    title = source.title
    unique = f"{title} ({source.slug})"
    editors = _named_group(
        governance and governance.editors, f"{title} editors", f"{unique} editors"
    )
    coordinators = _named_group(
        governance and governance.coordinators,
        f"{title} coordinators",
        f"{unique} coordinators",
    )
    stakeholders = _named_group(
        governance and governance.stakeholders,
        f"{title} stakeholders",
        f"{unique} stakeholders",
    )
    collection = _named_collection(
        governance and governance.collection,
        Collection.get_first_root_node(),
        title,
        unique,
    )
    internal = _named_collection(
        governance and governance.internal_collection,
        collection,
        f"{title} internal",
        f"{unique} internal",
    )
    if governance is None:
        governance = RegionGovernance.objects.create(
            region=source,
            editors=editors,
            coordinators=coordinators,
            stakeholders=stakeholders,
            collection=collection,
            internal_collection=internal,
        )

    # Admin access, and translating their pages (cms.translation_views limits
    # wagtail-localize to pages the user may edit).
    regional_permissions = [
        access_admin(),
        permission("wagtail_localize", "submit_translation"),
    ]
    for group in (editors, coordinators):
        group.permissions.add(*regional_permissions)
    # Coordinators run their region's cases (cms.cases narrows them to the region).
    coordinators.permissions.add(*case_permissions())

    for page in Page.objects.filter(translation_key=source.translation_key):
        _grant_page_permissions(editors, page, EDITOR_PAGE_PERMISSIONS)
        _grant_page_permissions(coordinators, page, COORDINATOR_PAGE_PERMISSIONS)
    revoke_regional_publishing([editors, coordinators, stakeholders])
    for page in shared_index_pages():
        _grant_page_permissions(editors, page, SHARED_INDEX_PAGE_PERMISSIONS)
        _grant_page_permissions(coordinators, page, SHARED_INDEX_PAGE_PERMISSIONS)

    for group in (editors, coordinators):
        _grant_collection_permissions(
            group, collection, REGIONAL_COLLECTION_PERMISSIONS
        )

    allowed = [editors, coordinators, stakeholders]
    lead = lead_partner_group()
    if lead is not None:
        allowed.append(lead)
    _restrict_collection(internal, allowed)
    return governance


@transaction.atomic
def setup_lead_partner():
    group, _created = Group.objects.get_or_create(name=LEAD_PARTNER)
    root = Page.get_first_root_node()
    _grant_page_permissions(group, root, LEAD_PARTNER_PAGE_PERMISSIONS)
    _grant_collection_permissions(
        group, Collection.get_first_root_node(), LEAD_PARTNER_COLLECTION_PERMISSIONS
    )
    wanted = Permission.objects.filter(content_type__app_label__in=LEAD_PARTNER_APPS)
    wanted |= Permission.objects.filter(
        content_type__app_label="wagtailcore",
        content_type__model__in=LEAD_PARTNER_CORE_MODELS,
    )
    wanted |= Permission.objects.filter(pk=access_admin().pk)
    have = set(group.permissions.values_list("pk", flat=True))
    missing = [p for p in wanted if p.pk not in have]
    if missing:
        group.permissions.add(*missing)
    return group


@transaction.atomic
def setup_workflow(lead_group):
    from cms.models import RegionalCoordinatorApprovalTask

    regional = RegionalCoordinatorApprovalTask.objects.filter(
        name=REGIONAL_TASK_NAME
    ).first() or RegionalCoordinatorApprovalTask.objects.create(name=REGIONAL_TASK_NAME)
    final = GroupApprovalTask.objects.filter(
        name=LEAD_PARTNER_TASK_NAME
    ).first() or GroupApprovalTask.objects.create(name=LEAD_PARTNER_TASK_NAME)
    if not final.groups.filter(pk=lead_group.pk).exists():
        final.groups.add(lead_group)

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    for order, task in enumerate((regional, final)):
        link = WorkflowTask.objects.filter(workflow=workflow, task=task).first()
        if link is None:
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
        elif link.sort_order != order:
            link.sort_order = order
            link.save(update_fields=["sort_order"])

    # The tree root is the parent of every language's home page: one assignment
    # covers the whole site, present and future languages alike.
    root = Page.get_first_root_node()
    assignment = WorkflowPage.objects.filter(page=root).first()
    if assignment is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
    elif assignment.workflow_id != workflow.pk:
        assignment.workflow = workflow
        assignment.save(update_fields=["workflow"])
    return workflow


def retire_region(governance):
    """After a region's deletion: remove its groups when nobody is in them, and its
    collections when they hold no document, image or other collection. Anything
    still in use is kept (and named in the log), never deleted with its content."""
    import logging

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    log = logging.getLogger(__name__)
    for group_id in (
        governance.editors_id,
        governance.coordinators_id,
        governance.stakeholders_id,
    ):
        group = Group.objects.filter(pk=group_id).first()
        if group is None:
            continue
        if group.user_set.exists():
            log.warning("Kept group %s of a deleted region: it has members", group)
        else:
            group.delete()
    for collection_id in (governance.internal_collection_id, governance.collection_id):
        collection = Collection.objects.filter(pk=collection_id).first()
        if collection is None:
            continue
        in_use = (
            get_document_model().objects.filter(collection=collection).exists()
            or get_image_model().objects.filter(collection=collection).exists()
            or collection.get_children().exists()
        )
        if in_use:
            log.warning("Kept collection %s of a deleted region: not empty", collection)
        else:
            collection.delete()


def region_pages():
    """Every region once, by its source-language page where it has one."""
    default = Locale.get_default()
    pages = region_page_model().objects.order_by("path")
    seen = set()
    regions = []
    # sorted() is stable: source-language pages first, each group in tree order.
    for page in sorted(pages, key=lambda p: p.locale_id != default.pk):
        if page.translation_key not in seen:
            seen.add(page.translation_key)
            regions.append(page)
    return regions


def setup_governance():
    """Create whatever is missing; returns the RegionGovernance of every region."""
    lead = setup_lead_partner()
    governances = [setup_region(page) for page in region_pages()]
    setup_workflow(lead)
    return governances


# Internal pages ---------------------------------------------------------------------


def restrict_to_stakeholders(page, governance=None):
    """Make ``page`` internal to its region (draft action plans, LSG minutes)."""
    governance = governance or region_governance_for(page)
    if governance is None:
        raise ValueError(f"{page} is not inside a region")
    restriction = PageViewRestriction.objects.filter(
        page=page, restriction_type=BaseViewRestriction.GROUPS
    ).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=BaseViewRestriction.GROUPS
        )
    groups = [*governance.regional_groups]
    lead = lead_partner_group()
    if lead is not None:
        groups.append(lead)
    restriction.groups.add(*groups)
    return restriction


# Who may see what: cms.access (the access layer) answers it, for every surface.


# Demo accounts ----------------------------------------------------------------------


def _demo_user(username, password, first_name, last_name, groups):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={
            "email": f"{username}@compete-in.example",
            "first_name": first_name[:150],
            "last_name": last_name[:150],
        },
    )
    if password is None:
        if created:
            user.set_unusable_password()
            user.save()
    elif created or not user.check_password(password):
        user.set_password(password)
        user.save()
    for group in groups:
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
    return user, created


def ensure_demo_users(password):
    """One editor, coordinator and stakeholder per region, plus ``lead-partner``.

    Returns [(username, description)] for the login list ``make run`` prints.
    """
    governances = setup_governance()
    accounts = []
    lead = lead_partner_group()
    _demo_user("lead-partner", password, "Lead", "Partner", [lead])
    accounts.append(("lead-partner", LEAD_PARTNER))
    for governance in governances:
        region = governance.region
        slug = slugify(region.slug)
        for role, group in zip(ROLES, governance.regional_groups, strict=True):
            username = f"{slug}-{role}"[:150]
            _demo_user(username, password, role.capitalize(), region.title, [group])
            accounts.append((username, group.name))
    return accounts
