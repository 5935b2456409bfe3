"""setup_governance: what it creates, that a new region gets it at once, idempotence."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.demo import translate
from cms.factories import english_home
from cms.governance import (
    LEAD_PARTNER,
    WORKFLOW_NAME,
    ensure_demo_users,
    lead_partner_group,
    setup_governance,
)
from cms.models import RegionalCoordinatorApprovalTask, RegionGovernance

COUNTED = [
    Group,
    GroupPagePermission,
    GroupCollectionPermission,
    Collection,
    CollectionViewRestriction,
    RegionGovernance,
    Workflow,
    WorkflowTask,
    WorkflowPage,
    Task,
    get_user_model(),
]


def row_counts():
    counts = {model.__name__: model.objects.count() for model in COUNTED}
    counts["group permissions"] = Group.permissions.through.objects.count()
    counts["user groups"] = get_user_model().groups.through.objects.count()
    counts["restriction groups"] = (
        CollectionViewRestriction.groups.through.objects.count()
    )
    return counts


def page_codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_a_new_region_gets_its_groups_collections_and_permissions(governed):  # noqa: F811
    north = governed.north
    gov = north.governance
    assert gov.region.pk == north.region.pk
    assert gov.editors.name == "Test North editors"
    assert gov.coordinators.name == "Test North coordinators"
    assert gov.stakeholders.name == "Test North stakeholders"
    assert gov.collection.name == "Test North"
    assert gov.internal_collection.name == "Test North internal"
    assert gov.internal_collection.get_parent() == gov.collection

    assert page_codenames(gov.editors, north.region) == {"add_page", "change_page"}
    # Coordinators review and lock, but never publish (the lead partner does).
    assert page_codenames(gov.coordinators, north.region) == {
        "add_page",
        "change_page",
        "lock_page",
        "unlock_page",
    }
    assert page_codenames(gov.stakeholders, north.region) == set()
    for group in (gov.editors, gov.coordinators):
        assert group.permissions.filter(codename="access_admin").exists()
        assert set(
            GroupCollectionPermission.objects.filter(
                group=group, collection=gov.collection
            ).values_list("permission__codename", flat=True)
        ) == {
            "add_document",
            "change_document",
            "choose_document",
            "add_image",
            "change_image",
            "choose_image",
        }
    assert not gov.stakeholders.permissions.filter(codename="access_admin").exists()

    restriction = CollectionViewRestriction.objects.get(
        collection=gov.internal_collection
    )
    assert set(restriction.groups.all()) == {
        gov.editors,
        gov.coordinators,
        gov.stakeholders,
        lead_partner_group(),
    }
    assert not CollectionViewRestriction.objects.filter(
        collection=gov.collection
    ).exists()


def test_lead_partner_has_every_right_on_the_whole_site(db):
    setup_governance()
    lead = Group.objects.get(name=LEAD_PARTNER)
    root = Page.get_first_root_node()
    assert page_codenames(lead, root) == {
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    }
    codenames = set(
        GroupCollectionPermission.objects.filter(
            group=lead, collection=Collection.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )
    assert {"add_document", "delete_document", "add_image", "delete_image"} <= codenames
    perms = set(lead.permissions.values_list("content_type__app_label", "codename"))
    assert ("wagtailadmin", "access_admin") in perms
    assert ("home", "change_sitesettings") in perms
    assert ("home", "change_footertext") in perms
    assert ("wagtailredirects", "add_redirect") in perms
    assert not any(app == "auth" for app, _ in perms)


def test_the_workflow_has_two_steps_and_covers_the_whole_site(db):
    setup_governance()
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    tasks = [
        link.task.specific for link in workflow.workflow_tasks.order_by("sort_order")
    ]
    assert isinstance(tasks[0], RegionalCoordinatorApprovalTask)
    assert isinstance(tasks[1], GroupApprovalTask)
    assert list(tasks[1].groups.all()) == [lead_partner_group()]
    assert english_home().get_workflow() == workflow
    for home in Page.objects.filter(depth=2):
        assert home.get_workflow() == workflow


def test_translations_of_a_region_share_its_groups(governed):  # noqa: F811
    north = governed.north
    translate(north.region, {"it": {"Test North": "Nord di prova"}})
    italian = north.region.get_translations().get(locale__language_code="it")
    gov = north.governance
    assert RegionGovernance.objects.count() >= 2
    assert RegionGovernance.objects.filter(region=italian).exists() is False
    assert page_codenames(gov.editors, italian) == {"add_page", "change_page"}
    assert "change_page" in page_codenames(gov.coordinators, italian)
    assert "publish_page" not in page_codenames(gov.coordinators, italian)
    # Every language of the region gets the rights, and only this region's groups.
    for translation in north.region.get_translations():
        assert page_codenames(governed.south.governance.editors, translation) == set()


def test_setup_governance_twice_changes_nothing(governed):  # noqa: F811
    out = io.StringIO()
    call_command("setup_governance", stdout=out)
    before = row_counts()
    call_command("setup_governance", stdout=out)
    ensure_demo_users("pw-one")
    after_users = row_counts()
    ensure_demo_users("pw-one")
    assert row_counts() == after_users
    call_command("setup_governance", stdout=out)
    assert {k: v for k, v in row_counts().items() if "user" not in k.lower()} == {
        k: v for k, v in before.items() if "user" not in k.lower()
    }
    assert "Test North: Test North editors" in out.getvalue()


def test_demo_users_one_per_role_and_region(governed):  # noqa: F811
    accounts = dict(ensure_demo_users("demo-pass"))
    User = get_user_model()
    for slug, gov in (
        ("test-north", governed.north.governance),
        ("test-south", governed.south.governance),
    ):
        for role, group in zip(
            ("editor", "coordinator", "stakeholder"), gov.regional_groups, strict=True
        ):
            user = User.objects.get(username=f"{slug}-{role}")
            assert user.check_password("demo-pass")
            assert list(user.groups.all()) == [group]
            assert accounts[f"{slug}-{role}"] == group.name
    lead = User.objects.get(username="lead-partner")
    assert lead.groups.filter(name=LEAD_PARTNER).exists()
    assert lead.check_password("demo-pass")


def test_demo_accounts_command_lists_them(governed):  # noqa: F811
    ensure_demo_users("demo-pass")
    out = io.StringIO()
    call_command("demo_accounts", stdout=out)
    text = out.getvalue()
    assert "test-north-coordinator" in text
    assert "Test North coordinators" in text
    assert "lead-partner" in text


def test_renaming_a_region_renames_its_groups(governed):  # noqa: F811
    region = governed.north.region
    region.title = "Test Northland"
    region.save_revision().publish()
    setup_governance()
    gov = RegionGovernance.objects.get(region=region)
    assert gov.editors.name == "Test Northland editors"
    assert gov.editors.pk == governed.north.governance.editors.pk
    assert gov.collection.name == "Test Northland"
