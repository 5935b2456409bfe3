"""Investor inquiries on the case framework: workflow, audit, region scoping,
exports, query counts and the data migration that kept the stored inquiries."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from branding.factories import make_inquiry as _make_inquiry
from branding.models import InvestorInquiry
from cms.cases.dates import add_working_days
from cms.cases.state_machine import IllegalTransition
from cms.models import CaseLogEntry
from cms.testing import body

BASE_DIR = Path(__file__).resolve().parents[2]


def _url(name, *args):
    return reverse(f"wagtailsnippets_branding_investorinquiry:{name}", args=args)


def make_inquiry(side, company="Acme", **extra):
    """An inquiry from Ann Example to ``side`` (a region of the governed tree)."""
    return _make_inquiry(
        side.region,
        name="Ann Example",
        company=company,
        email="ann@acme.example",
        country="Canada",
        message="We look for a site.",
        **extra,
    )


@pytest.fixture
def north(governed):
    """The region whose coordinator works the cases (Test North)."""
    return governed.north


@pytest.fixture
def north_coordinator(north):
    return north.users.coordinator


@pytest.fixture
def south_coordinator(governed):
    """The other region's coordinator (Test South)."""
    return governed.south.users.coordinator


def logs_of(case, action=None):
    entries = CaseLogEntry.objects.filter(object_id=str(case.pk)).filter(
        content_type__model="investorinquiry"
    )
    return entries.filter(action=action) if action else entries


@pytest.mark.django_db
def test_new_inquiry_gets_reference_title_and_five_working_days(north):
    inquiry = make_inquiry(north)
    year = timezone.localdate().year
    assert inquiry.reference.startswith(f"INQ-{year}-")
    assert inquiry.title == "Acme (Ann Example)"
    assert inquiry.status == "new"
    assert inquiry.due_date == add_working_days(timezone.localdate(), 5)
    assert inquiry.due_date.weekday() < 5


def test_working_days_skip_the_weekend():
    import datetime

    friday = datetime.date(2026, 11, 20)
    assert add_working_days(friday, 1) == datetime.date(2026, 11, 23)
    assert add_working_days(friday, 5) == datetime.date(2026, 11, 27)


LEGAL_PATHS = [
    ["assigned"],
    ["spam"],
    ["assigned", "answered"],
    ["assigned", "answered", "closed"],
    ["assigned", "spam"],
    ["assigned", "answered", "assigned"],
    ["spam", "new"],
    ["spam", "new", "assigned"],
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", LEGAL_PATHS, ids=["-".join(p) for p in LEGAL_PATHS])
def test_every_legal_transition_is_stored_and_audited(north, north_coordinator, path):
    inquiry = make_inquiry(north, assignee=north_coordinator)
    for target in path:
        inquiry.transition(target, user=north_coordinator, comment=f"to {target}")
    inquiry.refresh_from_db()
    assert inquiry.status == path[-1]
    entries = logs_of(inquiry, "cms.case.transition").order_by("timestamp", "pk")
    assert [e.data["to"] for e in entries] == path
    assert all(e.user == north_coordinator for e in entries)
    assert list(inquiry.notes.values_list("text", flat=True)) == [
        f"to {t}" for t in path
    ]


ILLEGAL = [
    ([], "answered", "cannot move from “New” to “Answered”"),
    ([], "closed", "cannot move from “New” to “Closed”"),
    ([], "new", "already “New”"),
    ([], "bogus", "not a known state"),
    (["assigned"], "new", "cannot move from “Assigned” to “New”"),
    (["assigned"], "closed", "cannot move"),
    (["assigned", "answered"], "spam", "cannot move"),
    (["assigned", "answered", "closed"], "assigned", "none (the case is closed)"),
    (["assigned", "answered", "closed"], "spam", "none (the case is closed)"),
    (["spam"], "assigned", "cannot move from “Spam” to “Assigned”"),
    (["spam"], "closed", "cannot move"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("start", "target", "words"), ILLEGAL)
def test_every_illegal_transition_is_refused_and_changes_nothing(
    north, north_coordinator, start, target, words
):
    inquiry = make_inquiry(north, assignee=north_coordinator)
    for step in start:
        inquiry.transition(step)
    before = (InvestorInquiry.objects.get(pk=inquiry.pk).status, inquiry.notes.count())
    logs = CaseLogEntry.objects.count()
    with pytest.raises(IllegalTransition) as error:
        inquiry.transition(target, user=north_coordinator, comment="try")
    assert words in error.value.message
    assert (
        InvestorInquiry.objects.get(pk=inquiry.pk).status,
        inquiry.notes.count(),
    ) == before
    assert CaseLogEntry.objects.count() == logs


@pytest.mark.django_db
def test_assigned_needs_an_assignee(north):
    inquiry = make_inquiry(north)
    with pytest.raises(IllegalTransition) as error:
        inquiry.transition("assigned")
    assert "Assign the inquiry to someone" in error.value.message
    assert InvestorInquiry.objects.get(pk=inquiry.pk).status == "new"
    assert not logs_of(inquiry).exists()


@pytest.mark.django_db
def test_assigning_a_new_inquiry_emails_audits_and_moves_it(
    governed, north, north_coordinator
):
    inquiry = make_inquiry(north)
    lead = governed.lead
    mail.outbox.clear()
    inquiry.assign(north_coordinator, user=lead)
    inquiry.refresh_from_db()
    assert inquiry.status == "assigned"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [north_coordinator.email]
    assert inquiry.reference in mail.outbox[0].subject
    # The e-mail gives the status the assignment left the inquiry in.
    assert "Status: Assigned" in mail.outbox[0].body
    assert "Status: New" not in mail.outbox[0].body
    assert (
        logs_of(inquiry, "cms.case.assign").get().data["to"]
        == north_coordinator.username
    )
    assert logs_of(inquiry, "cms.case.transition").get().data == {
        "from": "new",
        "to": "assigned",
        "comment": "",
    }


@pytest.mark.django_db
def test_reassigning_through_the_edit_form_is_audited_and_emailed(
    client, north, north_coordinator
):
    inquiry = make_inquiry(north)
    client.force_login(north_coordinator)
    mail.outbox.clear()
    response = client.post(
        _url("edit", inquiry.pk),
        {
            "title": "Acme plant",
            "assignee": north_coordinator.pk,
            "due_date": "",
            "priority": "high",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    inquiry.refresh_from_db()
    assert (inquiry.title, inquiry.assignee, inquiry.priority, inquiry.status) == (
        "Acme plant",
        north_coordinator,
        "high",
        "assigned",
    )
    assert len(mail.outbox) == 1
    assert logs_of(inquiry, "cms.case.assign").count() == 1
    # What the visitor wrote cannot be changed through the form.
    client.post(
        _url("edit", inquiry.pk),
        {"title": "x", "priority": "low", "message": "changed", "company": "Evil"},
    )
    inquiry.refresh_from_db()
    assert (inquiry.message, inquiry.company) == ("We look for a site.", "Acme")


@pytest.mark.django_db
def test_coordinator_sees_and_moves_own_region_inquiry_in_the_admin(
    client, north, north_coordinator
):
    inquiry = make_inquiry(north, assignee=north_coordinator)
    client.force_login(north_coordinator)
    listing = client.get(_url("list")).content.decode()
    assert inquiry.reference in listing
    page = client.get(_url("inspect", inquiry.pk))
    assert page.status_code == 200
    assert "We look for a site." in page.content.decode()
    response = client.post(
        _url("transition", inquiry.pk), {"status": "closed"}, follow=True
    )
    assert "cannot move from" in response.content.decode()
    client.post(_url("transition", inquiry.pk), {"status": "assigned"})
    client.post(_url("note", inquiry.pk), {"text": "Called the investor."})
    inquiry.refresh_from_db()
    assert inquiry.status == "assigned"
    assert inquiry.notes.get().text == "Called the investor."
    assert logs_of(inquiry, "cms.case.note").count() == 1


@pytest.mark.django_db
def test_coordinator_lists_only_own_region(client, governed, north, south_coordinator):
    mine = make_inquiry(governed.south, company="Mine")
    theirs = make_inquiry(north, company="Theirs")
    client.force_login(south_coordinator)
    html = client.get(_url("list")).content.decode()
    assert mine.reference in html
    assert theirs.reference not in html


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["inspect", "edit", "delete", "history"])
def test_other_regions_inquiry_is_refused_by_direct_url(
    client, north, south_coordinator, view
):
    theirs = make_inquiry(north)
    client.force_login(south_coordinator)
    response = client.get(_url(view, theirs.pk))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/" in response["Location"]


@pytest.mark.django_db
def test_other_regions_inquiry_cannot_be_moved_assigned_or_annotated(
    client, north, south_coordinator, north_coordinator
):
    theirs = make_inquiry(north, assignee=north_coordinator)
    client.force_login(south_coordinator)
    for response in (
        client.post(_url("transition", theirs.pk), {"status": "assigned"}),
        client.post(_url("note", theirs.pk), {"text": "sneaky"}),
        client.post(
            _url("edit", theirs.pk),
            {"title": "mine now", "assignee": south_coordinator.pk},
        ),
    ):
        assert response.status_code in (302, 403)
    theirs.refresh_from_db()
    assert (theirs.status, theirs.title, theirs.assignee) == (
        "new",
        "Acme (Ann Example)",
        north_coordinator,
    )
    assert theirs.notes.count() == 0
    assert not logs_of(theirs).exists()
    bulk = reverse(
        "wagtail_bulk_action", args=("branding", "investorinquiry", "reassign")
    )
    client.post(f"{bulk}?id={theirs.pk}", {"assignee": south_coordinator.pk})
    theirs.refresh_from_db()
    assert theirs.assignee == north_coordinator


@pytest.mark.django_db
def test_nobody_adds_an_inquiry_by_hand(client, north_coordinator):
    client.force_login(north_coordinator)
    assert client.get(_url("add")).status_code in (302, 403)


def _references_in_listing(html):
    import re

    return set(re.findall(r"INQ-\d{4}-\d{4}", html))


@pytest.mark.django_db
def test_exports_parse_and_match_the_filtered_listing(
    client, governed, north, north_coordinator
):
    for n in range(3):
        make_inquiry(north, company=f"Firm {n}", assignee=north_coordinator).transition(
            "assigned"
        )
    make_inquiry(north, company="Still new")
    make_inquiry(
        governed.south, company="Elsewhere", assignee=north_coordinator
    ).transition("assigned")
    client.force_login(north_coordinator)
    query = {"status": "assigned"}
    listed = _references_in_listing(client.get(_url("list"), query).content.decode())
    assert len(listed) >= 3
    rows = list(
        csv.DictReader(
            io.StringIO(
                body(client.get(_url("list"), {**query, "export": "csv"})).decode()
            )
        )
    )
    assert {row["Reference"] for row in rows} == listed
    assert {row["Status"] for row in rows} == {"assigned"}
    sheet = load_workbook(
        io.BytesIO(body(client.get(_url("list"), {**query, "export": "xlsx"})))
    ).active
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Reference", "Title", "Status"]
    assert {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)} == listed


@pytest.mark.django_db
def test_admin_listing_query_count_does_not_grow(client, governed, north):
    client.force_login(governed.lead)
    assignee = north.users.coordinator
    counts = []
    for total in (5, 50):
        while InvestorInquiry.objects.count() < total:
            make_inquiry(north, assignee=assignee)
        client.get(_url("list"))
        with CaptureQueriesContext(connection) as context:
            assert client.get(_url("list")).status_code == 200
        counts.append(len(context))
    assert counts[0] == counts[1], counts
    assert counts[0] <= 40, counts


def test_data_migration_keeps_every_stored_inquiry(tmp_path):
    """Old-shape rows, migrated forward in a database of their own."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'migration.db'}"
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    result = subprocess.run(
        [sys.executable, "-m", "tests.scripts.inquiry_migration"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    rows = data["rows"]
    assert [row["pk"] for row in rows] == data["ids"]
    assert [row["reference"] for row in rows] == [
        "INQ-2025-0001",
        "INQ-2026-0001",
        "INQ-2026-0002",
        "INQ-2026-0003",
    ]
    assert [row["status"] for row in rows] == ["new", "assigned", "answered", "spam"]
    assert rows[0]["title"] == "Aster (Aster person)"
    assert rows[0]["message"] == "Message from Aster"
    # The Italian region and a region-less row with an Italian showcase both end
    # up with the English region; a row without either keeps no region.
    assert [row["region"] for row in rows] == [data["region_en"]] * 3 + [None]
    # Received Tuesday 30 Dec 2025: five working days later is Tuesday 6 Jan.
    assert rows[0]["due_date"] == "2026-01-06"
    year = data["year"]
    expected = "INQ-2026-0004" if year == 2026 else f"INQ-{year}-0001"
    assert data["new_reference"] == expected
