"""Setting up and retiring a region's groups, collections and permissions;
closing a page to the region's stakeholders. Idempotent: run again, nothing changes."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
)

from .regions import region_governance_for, shared_index_pages, source_region
from .roles import (
    COORDINATOR_PAGE_PERMISSIONS,
    EDITOR_PAGE_PERMISSIONS,
    LEAD_PARTNER,
    LEAD_PARTNER_APPS,
    LEAD_PARTNER_COLLECTION_PERMISSIONS,
    LEAD_PARTNER_CORE_MODELS,
    LEAD_PARTNER_PAGE_PERMISSIONS,
    PUBLISH_PAGE_PERMISSIONS,
    REGIONAL_COLLECTION_PERMISSIONS,
    SHARED_INDEX_PAGE_PERMISSIONS,
    THEMATIC_EXPERTS,
    access_admin,
    case_permissions,
    lead_partner_group,
    page_permission,
    permission,
    region_page_model,
)
from .workflow import setup_workflow


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


def groups_restriction(model, groups, **target):
    """The "private to these groups" view restriction of ``target`` (a page or a
    collection: ``model`` is PageViewRestriction or CollectionViewRestriction),
    created if missing, with ``groups`` added to it."""
    restriction = model.objects.filter(
        restriction_type=BaseViewRestriction.GROUPS, **target
    ).first()
    if restriction is None:
        restriction = model.objects.create(
            restriction_type=BaseViewRestriction.GROUPS, **target
        )
    restriction.groups.add(*groups)
    return restriction


def _restrict_collection(collection, groups):
    return groups_restriction(CollectionViewRestriction, groups, collection=collection)


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

    # Admin access, and translating their pages (cms.translations.localize_views limits
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


@transaction.atomic
def setup_thematic_experts():
    """The experts' group: it may enter the admin (to give its opinions) and
    holds no page, collection or case permission."""
    group, _created = Group.objects.get_or_create(name=THEMATIC_EXPERTS)
    group.permissions.add(access_admin())
    return group


def setup_governance():
    """Create whatever is missing; returns the RegionGovernance of every region."""
    lead = setup_lead_partner()
    setup_thematic_experts()
    governances = [setup_region(page) for page in region_pages()]
    setup_workflow(lead)
    return governances


def restrict_to_stakeholders(page, governance=None):
    """Make ``page`` internal to its region (draft action plans, LSG minutes)."""
    governance = governance or region_governance_for(page)
    if governance is None:
        raise ValueError(f"{page} is not inside a region")
    groups = [*governance.regional_groups]
    lead = lead_partner_group()
    if lead is not None:
        groups.append(lead)
    return groups_restriction(PageViewRestriction, groups, page=page)
