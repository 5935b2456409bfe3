"""Transfer cases: one region adopting one practice, followed to the action it
became. Workflow, the action rule, validation, region scoping, exports, counts."""

import csv
import io
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import Locale

from cms.cases.state_machine import IllegalTransition
from cms.factories import published_translation
from cms.models import CaseLogEntry
from cms.testing import body
from practices.factories import make_practices
from practices.models import PracticePage, TransferCase
from regions.models import ActionPlanPage, PlanAction

# The practices the cases adopt: the first comes from Test South (the other
# region), the others from no region of the governed tree.
PRACTICE_SLUGS = [
    "gavle-export-coaching-t",
    "xpande-t",
    "triip-t",
    "fourth-practice-t",
    "fifth-practice-t",
]

OPEN_STAGES = [
    "identified",
    "contacted",
    "study_visit",
    "adapting",
    "in_action_plan",
    "implemented",
]
# The shortest path from "identified" to each stage.
PATH_TO = {
    "identified": [],
    "contacted": ["contacted"],
    "study_visit": ["contacted", "study_visit"],
    "adapting": ["contacted", "study_visit", "adapting"],
    "in_action_plan": ["contacted", "study_visit", "adapting", "in_action_plan"],
    "implemented": [
        "contacted",
        "study_visit",
        "adapting",
        "in_action_plan",
        "implemented",
    ],
    "closed": [
        "contacted",
        "study_visit",
        "adapting",
        "in_action_plan",
        "implemented",
        "closed",
    ],
    "abandoned": ["abandoned"],
}


def _url(name, *args):
    return reverse(f"wagtailsnippets_practices_transfercase:{name}", args=args)


def make_plan(region_page, slug="test-plan"):
    plan = ActionPlanPage(
        title=f"Plan of {region_page.title}",
        slug=slug,
        instrument_name="Regional programme",
        managing_authority="Regional government",
    )
    region_page.add_child(instance=plan)
    return plan


def make_action(plan, title="Export vouchers"):
    return PlanAction.objects.create(page=plan, title=title, locale=plan.locale)


@pytest.fixture(scope="module")
def _practices(_governed_tree, django_db_blocker):
    """The practices of PRACTICE_SLUGS, built once for the module on the governed
    tree (the first from Test South, with an Italian translation) and rolled back
    after it."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            first, *others = PRACTICE_SLUGS
            pages = make_practices([first], origin_region=_governed_tree.south.region)
            pages.update(make_practices(others))
            published_translation(pages[first], "it")
            yield pages
            transaction.set_rollback(True)


@pytest.fixture
def practices(_practices, governed):
    """The practices by slug, read afresh."""
    return {slug: PracticePage.objects.get(pk=p.pk) for slug, p in _practices.items()}


def practice(slug, language="en"):
    """One of the module's practices (by slug) in ``language``."""
    page = PracticePage.objects.get(slug=slug, locale__language_code="en")
    if language == "en":
        return page
    return page.get_translation(Locale.objects.get(language_code=language)).specific


@pytest.fixture
def north(governed):
    """The adopting region (Test North), with its people."""
    return governed.north


@pytest.fixture
def south(governed):
    """The other region (Test South), home of the first practice."""
    return governed.south


@pytest.fixture
def north_action(north, practices):
    return make_action(make_plan(north.region))


def make_case(region_page, practice_slug=PRACTICE_SLUGS[0], **extra):
    return TransferCase.objects.create(
        title="Adopting",
        region=region_page,
        practice=practice(practice_slug),
        **extra,
    )


def logs_of(case, action=None):
    entries = CaseLogEntry.objects.filter(
        object_id=str(case.pk), content_type__model="transfercase"
    )
    return entries.filter(action=action) if action else entries


def walk(case, path, action=None, user=None):
    for stage in path:
        if stage == "in_action_plan" and action is not None:
            case.action = action
            case.save()
        case.transition(stage, user=user)
    return case


LEGAL_PATHS = [
    *[PATH_TO[s] for s in OPEN_STAGES[1:]],
    PATH_TO["closed"],
    ["contacted", "adapting"],  # the study visit is optional
    *[PATH_TO[s] + ["abandoned"] for s in OPEN_STAGES],
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", LEGAL_PATHS, ids=["-".join(p) for p in LEGAL_PATHS])
def test_every_legal_transition_is_stored_and_audited(north, north_action, path):
    coordinator = north.users.coordinator
    case = walk(make_case(north.region), path, north_action, coordinator)
    case.refresh_from_db()
    assert case.status == path[-1]
    entries = logs_of(case, "cms.case.transition").order_by("timestamp", "pk")
    assert [e.data["to"] for e in entries] == path
    assert all(e.user == coordinator for e in entries)


ILLEGAL = [
    ("identified", "study_visit"),
    ("identified", "adapting"),
    ("identified", "in_action_plan"),
    ("identified", "closed"),
    ("identified", "identified"),
    ("contacted", "identified"),
    ("contacted", "implemented"),
    ("study_visit", "contacted"),
    ("study_visit", "in_action_plan"),
    ("adapting", "study_visit"),
    ("adapting", "implemented"),
    ("in_action_plan", "adapting"),
    ("in_action_plan", "closed"),
    ("implemented", "in_action_plan"),
    ("closed", "abandoned"),
    ("closed", "implemented"),
    ("abandoned", "identified"),
    ("abandoned", "contacted"),
    ("identified", "nonsense"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("start", "target"), ILLEGAL)
def test_every_illegal_transition_is_refused_and_changes_nothing(
    north, north_action, start, target
):
    case = walk(make_case(north.region), PATH_TO[start], north_action)
    before = (TransferCase.objects.get(pk=case.pk).status, case.notes.count())
    logs = CaseLogEntry.objects.count()
    with pytest.raises(IllegalTransition):
        case.transition(target, comment="try")
    assert (TransferCase.objects.get(pk=case.pk).status, case.notes.count()) == before
    assert CaseLogEntry.objects.count() == logs


@pytest.mark.django_db
def test_in_action_plan_is_refused_without_the_action(north, practices):
    case = walk(make_case(north.region), PATH_TO["adapting"])
    logs = logs_of(case).count()
    with pytest.raises(IllegalTransition) as error:
        case.transition("in_action_plan")
    assert "Link the case to the action of the Local Action Plan" in error.value.message
    assert TransferCase.objects.get(pk=case.pk).status == "adapting"
    assert logs_of(case).count() == logs


@pytest.mark.django_db
def test_in_action_plan_through_the_admin_explains_the_refusal(
    client, north, north_action
):
    case = walk(make_case(north.region), PATH_TO["adapting"])
    client.force_login(north.users.coordinator)
    response = client.post(
        _url("transition", case.pk), {"status": "in_action_plan"}, follow=True
    )
    assert "Link the case to the action" in response.content.decode()
    case.refresh_from_db()
    assert case.status == "adapting"
    case.action = north_action
    case.save()
    client.post(_url("transition", case.pk), {"status": "in_action_plan"})
    case.refresh_from_db()
    assert case.status == "in_action_plan"


@pytest.mark.django_db
def test_reference_and_source_language(north, north_action):
    case = TransferCase.objects.create(
        title="Adopting",
        region=north.region,
        practice=practice(PRACTICE_SLUGS[0], "it"),
    )
    assert re.fullmatch(r"TC-\d{4}-\d{4}", case.reference)
    assert case.status == "identified"
    assert case.practice == practice(PRACTICE_SLUGS[0])


@pytest.mark.django_db
def test_validation_rules(north, south, north_action):
    own = TransferCase(
        title="x",
        region=south.region,
        practice=practice(PRACTICE_SLUGS[0]),
    )
    with pytest.raises(ValidationError) as error:
        own.full_clean()
    assert "does not adopt its own practice" in str(error.value)

    make_case(north.region)
    twice = TransferCase(
        title="x", region=north.region, practice=practice(PRACTICE_SLUGS[0])
    )
    with pytest.raises(ValidationError) as error:
        twice.full_clean()
    assert "already has an open case for this practice" in str(error.value)

    other_region_action = make_action(make_plan(south.region, "south-plan"))
    wrong = make_case(north.region, practice_slug="xpande-t")
    wrong.action = other_region_action
    with pytest.raises(ValidationError) as error:
        wrong.full_clean()
    assert "adopting region's action plan" in str(error.value)

    linked = walk(
        make_case(north.region, practice_slug="triip-t"),
        PATH_TO["in_action_plan"],
        north_action,
    )
    linked.action = None
    with pytest.raises(ValidationError) as error:
        linked.full_clean()
    assert "must keep the action it became" in str(error.value)


@pytest.mark.django_db
def test_coordinator_creates_a_case_for_own_region_only(
    client, north, south, practices
):
    coordinator = north.users.coordinator
    client.force_login(coordinator)
    data = {
        "title": "Gävle coaching for Test North",
        "practice": practice(PRACTICE_SLUGS[0]).pk,
        "action": "",
        "assignee": coordinator.pk,
        "due_date": "",
        "priority": "normal",
    }
    refused = client.post(_url("add"), {**data, "region": south.region.pk})
    assert refused.status_code == 200
    assert "Choose one of your own regions." in refused.content.decode()
    assert not TransferCase.objects.filter(title=data["title"]).exists()
    mail.outbox.clear()
    response = client.post(_url("add"), {**data, "region": north.region.pk})
    assert response.status_code == 302
    case = TransferCase.objects.get(title=data["title"])
    assert case.assignee == coordinator
    assert len(mail.outbox) == 1 and case.reference in mail.outbox[0].subject
    assert logs_of(case, "cms.case.assign").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["inspect", "edit", "delete", "history"])
def test_other_regions_case_is_refused_by_direct_url(
    client, north, south, practices, view
):
    theirs = make_case(north.region)
    client.force_login(south.users.coordinator)
    response = client.get(_url(view, theirs.pk))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/" in response["Location"]
    client.force_login(north.users.coordinator)
    own = client.get(_url(view, theirs.pk)).status_code
    # Coordinators keep the audit trail: they may not delete cases, even their own.
    assert own == 200 if view != "delete" else own in (302, 403)


@pytest.mark.django_db
def test_other_regions_case_cannot_be_moved_or_annotated(
    client, north, south, practices
):
    theirs = make_case(north.region)
    client.force_login(south.users.coordinator)
    client.post(_url("transition", theirs.pk), {"status": "contacted"})
    client.post(_url("note", theirs.pk), {"text": "sneaky"})
    client.post(_url("edit", theirs.pk), {"title": "mine", "region": south.region.pk})
    theirs.refresh_from_db()
    assert (theirs.status, theirs.title) == ("identified", "Adopting")
    assert theirs.notes.count() == 0
    assert not logs_of(theirs).exists()
    html = client.get(_url("list")).content.decode()
    assert theirs.reference not in html


@pytest.mark.django_db
def test_exports_parse_and_match_the_filtered_listing(
    client, governed, south, practices
):
    # Test South adopts three practices (its cases contacted) and has a fourth
    # case still identified; Test North has a contacted case of its own.
    for slug in PRACTICE_SLUGS[1:4]:
        walk(make_case(south.region, practice_slug=slug), ["contacted"])
    make_case(south.region, practice_slug=PRACTICE_SLUGS[4])
    walk(make_case(governed.north.region), ["contacted"])
    client.force_login(governed.lead)
    query = {"status": "contacted", "region": south.region.pk}
    html = client.get(_url("list"), query).content.decode()
    listed = set(re.findall(r"TC-\d{4}-\d{4}", html))
    expected = set(
        TransferCase.objects.filter(
            status="contacted",
            region__translation_key=south.region.translation_key,
        ).values_list("reference", flat=True)
    )
    assert listed == expected
    assert len(listed) == 3
    rows = list(
        csv.DictReader(
            io.StringIO(
                body(client.get(_url("list"), {**query, "export": "csv"})).decode()
            )
        )
    )
    assert {row["Reference"] for row in rows} == listed
    sheet = load_workbook(
        io.BytesIO(body(client.get(_url("list"), {**query, "export": "xlsx"})))
    ).active
    assert {r[0] for r in sheet.iter_rows(min_row=2, values_only=True)} == listed


@pytest.mark.django_db
def test_admin_listing_query_count_does_not_grow(client, governed, north, north_action):
    client.force_login(governed.lead)
    assignee = north.users.coordinator
    slugs = list(PRACTICE_SLUGS)
    counts = []
    for total in (5, 50):
        n = 0
        while TransferCase.objects.count() < total:
            case = make_case(
                north.region, practice_slug=slugs[n % len(slugs)], assignee=assignee
            )
            if n % 2:
                case.action = north_action
                case.save()
            n += 1
            walk(case, ["abandoned"])
        client.get(_url("list"))
        with CaptureQueriesContext(connection) as context:
            assert client.get(_url("list")).status_code == 200
        counts.append(len(context))
    assert counts[0] == counts[1], counts
    assert counts[0] <= 40, counts
