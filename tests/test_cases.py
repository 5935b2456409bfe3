"""The shared case framework, through a test-only case type (tests.ExampleCase)."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from cms.cases.state_machine import IllegalTransition
from cms.factories import english_home
from cms.models import CaseLogEntry
from regions.models import RegionIndexPage, RegionPage
from tests.helpers import body, text
from tests.models import ExampleCase

PERMS = [
    "add_examplecase",
    "change_examplecase",
    "delete_examplecase",
    "view_examplecase",
]


@pytest.fixture
def regions(db):
    home = english_home()
    index = home.get_children().type(RegionIndexPage).first()
    if index is None:
        index = RegionIndexPage(title="Territories", slug="territories-test")
        home.add_child(instance=index)
    made = []
    for title, slug in [("Alpha", "alpha"), ("Beta", "beta")]:
        page = RegionPage(title=title, slug=slug, partner_name=title, country="IT")
        index.add_child(instance=page)
        made.append(page)
    return made


def _member(django_user_model, username, group_name):
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(
        *Permission.objects.filter(codename__in=PERMS),
        Permission.objects.get(codename="access_admin"),
    )
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "pw", is_staff=True
    )
    user.groups.add(group)
    return user


@pytest.fixture
def people(regions, django_user_model):
    return {
        "alpha": _member(django_user_model, "alpha-coord", "Alpha coordinators"),
        "beta": _member(django_user_model, "beta-coord", "Beta coordinators"),
        "lead": _member(django_user_model, "lead", "Lead partner"),
    }


@pytest.fixture
def cases(regions):
    alpha, beta = regions
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    return {
        "alpha": ExampleCase.objects.create(
            title="Alpha case", region=alpha, due_date=yesterday
        ),
        "alpha2": ExampleCase.objects.create(title="Second alpha case", region=alpha),
        "beta": ExampleCase.objects.create(title="Beta case", region=beta),
    }


def example_logs():  # noqa: N802
    """Audit entries of example cases (other content may log its own cases)."""
    return CaseLogEntry.objects.filter(content_type__model="examplecase")


def _url(name, *args):
    return reverse(f"wagtailsnippets_tests_examplecase:{name}", args=args)


@pytest.mark.django_db
def test_reference_and_initial_status(cases):
    case = cases["alpha"]
    year = timezone.localdate().year
    assert case.reference.startswith(f"EX-{year}-")
    assert case.status == "open"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", [["working"], ["working", "done"], ["dropped"], ["working", "dropped"]]
)
def test_every_legal_transition_is_stored_and_audited(cases, people, path):
    case = cases["alpha"]
    for target in path:
        case.transition(target, user=people["alpha"], comment=f"to {target}")
    case.refresh_from_db()
    assert case.status == path[-1]
    entries = (
        example_logs()
        .filter(object_id=str(case.pk), action="cms.case.transition")
        .order_by("timestamp")
    )
    assert [e.data["to"] for e in entries] == path
    assert all(e.user == people["alpha"] for e in entries)
    assert list(case.notes.values_list("text", flat=True)) == [f"to {t}" for t in path]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("start", "target"),
    [
        ([], "done"),
        (["working", "done"], "working"),
        (["dropped"], "open"),
        ([], "open"),
        ([], "nonsense"),
    ],
)
def test_every_illegal_transition_is_refused_and_changes_nothing(cases, start, target):
    case = cases["alpha"]
    for step in start:
        case.transition(step)
    before_status = ExampleCase.objects.get(pk=case.pk).status
    before_logs = CaseLogEntry.objects.count()
    with pytest.raises(IllegalTransition):
        case.transition(target)
    assert ExampleCase.objects.get(pk=case.pk).status == before_status
    assert CaseLogEntry.objects.count() == before_logs


@pytest.mark.django_db
def test_assignment_is_audited_and_emails_the_assignee(cases, people):
    mail.outbox.clear()
    cases["alpha"].assign(people["alpha"], user=people["lead"])
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alpha-coord@example.org"]
    assert cases["alpha"].reference in mail.outbox[0].subject
    entry = example_logs().get(action="cms.case.assign")
    assert entry.data["to"] == "alpha-coord"


@pytest.mark.django_db
def test_note_is_stored_and_audited(cases, people):
    cases["alpha"].add_note(people["alpha"], "Called the desk.")
    assert cases["alpha"].notes.get().text == "Called the desk."
    assert example_logs().filter(action="cms.case.note").count() == 1


@pytest.mark.django_db
def test_coordinator_lists_only_own_region(client, cases, people):
    client.force_login(people["alpha"])
    html = client.get(_url("list")).content.decode()
    assert cases["alpha"].reference in html
    assert cases["alpha2"].reference in html
    assert cases["beta"].reference not in html


@pytest.mark.django_db
def test_lead_partner_lists_every_region(client, cases, people):
    client.force_login(people["lead"])
    html = client.get(_url("list")).content.decode()
    assert all(case.reference in html for case in cases.values())


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["inspect", "edit", "delete", "history"])
def test_other_regions_case_is_refused_by_direct_url(client, cases, people, view):
    client.force_login(people["beta"])
    response = client.get(_url(view, cases["alpha"].pk))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/" in response["Location"]
    assert client.get(_url(view, cases["beta"].pk)).status_code == 200


@pytest.mark.django_db
def test_other_regions_case_cannot_be_moved_or_annotated(client, cases, people):
    client.force_login(people["beta"])
    target = cases["alpha"]
    assert client.post(
        _url("transition", target.pk), {"status": "working"}
    ).status_code in (302, 403)
    client.post(_url("note", target.pk), {"text": "sneaky"})
    target.refresh_from_db()
    assert target.status == "open"
    assert target.notes.count() == 0
    assert example_logs().filter(object_id=str(target.pk)).count() == 0


@pytest.mark.django_db
def test_transition_through_the_admin_and_illegal_one_refused(client, cases, people):
    client.force_login(people["alpha"])
    case = cases["alpha"]
    response = client.post(_url("transition", case.pk), {"status": "done"}, follow=True)
    assert "cannot move from" in response.content.decode()
    case.refresh_from_db()
    assert case.status == "open"
    client.post(_url("transition", case.pk), {"status": "working", "comment": "Go"})
    case.refresh_from_db()
    assert case.status == "working"
    page = client.get(_url("inspect", case.pk)).content.decode()
    assert "Go" in page and "Timeline" in page


@pytest.mark.django_db
def test_filters_status_region_overdue(client, cases, people):
    client.force_login(people["lead"])
    cases["beta"].transition("working")
    html = client.get(_url("list"), {"status": "working"}).content.decode()
    assert cases["beta"].reference in html and cases["alpha"].reference not in html
    html = client.get(_url("list"), {"overdue": "true"}).content.decode()
    assert cases["alpha"].reference in html and cases["beta"].reference not in html
    alpha_region = cases["alpha"].region
    html = client.get(_url("list"), {"region": alpha_region.pk}).content.decode()
    assert cases["alpha2"].reference in html and cases["beta"].reference not in html


@pytest.mark.django_db
def test_csv_and_xlsx_exports_match_the_filtered_listing(client, cases, people):
    client.force_login(people["alpha"])
    response = client.get(_url("list"), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(text(response))))
    assert {r["Reference"] for r in rows} == {
        cases["alpha"].reference,
        cases["alpha2"].reference,
    }
    response = client.get(_url("list"), {"export": "xlsx", "overdue": "true"})
    sheet = load_workbook(io.BytesIO(body(response))).active
    values = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == [cases["alpha"].reference]


@pytest.mark.django_db
def test_bulk_reassign_skips_other_regions(client, cases, people):
    client.force_login(people["alpha"])
    url = reverse("wagtail_bulk_action", args=("tests", "examplecase", "reassign"))
    ids = [cases["alpha"].pk, cases["beta"].pk]
    query = "&".join(f"id={pk}" for pk in ids)
    response = client.post(f"{url}?{query}", {"assignee": people["alpha"].pk})
    assert response.status_code in (200, 302)
    cases["alpha"].refresh_from_db()
    cases["beta"].refresh_from_db()
    assert cases["alpha"].assignee == people["alpha"]
    assert cases["beta"].assignee is None


@pytest.mark.django_db
def test_dashboard_panels(client, cases, people):
    cases["alpha"].assign(people["alpha"])
    client.force_login(people["alpha"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "My open cases" in html
    assert "Overdue cases and actions" in html
    assert "Monitoring reports due" in html
    assert cases["alpha"].reference in html
    assert cases["beta"].reference not in html


@pytest.mark.django_db
def test_case_listing_query_count_is_fixed(
    client, regions, people, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(people["lead"])
    counts = []
    for total in (5, 40):
        while ExampleCase.objects.count() < total:
            ExampleCase.objects.create(
                title="Bulk", region=regions[0], assignee=people["alpha"]
            )
        with CaptureQueriesContext(connection) as context:
            assert client.get(_url("list")).status_code == 200
        counts.append(len(context))
    assert counts[0] == counts[1]


@pytest.mark.django_db
def test_the_log_names_statuses_as_the_workflow_does(cases, people):
    case = cases["alpha"]
    case.transition("working", user=people["alpha"])
    entry = example_logs().get(object_id=str(case.pk), action="cms.case.transition")
    assert str(entry.message) == "Status changed from “Open” to “Working”"
