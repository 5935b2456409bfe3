"""Practice → transfer cases → actions → latest monitoring, and back from a
region's actions to practices; admin and public, with visibility and counts."""

import datetime
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.factories import published_translation
from practices.factories import make_practice
from practices.models import ActionPractice, PracticePage, TransferCase
from regions.factories import make_region_with_people
from regions.models import (
    ActionIndicator,
    ActionPlanPage,
    ActionProgress,
    IndicatorMeasurement,
    MonitoringReport,
    PlanAction,
)

PRACTICE_SLUG = "trace-export-coaching-t"


@pytest.fixture(scope="module")
def _trace_cast(_governed_tree, django_db_blocker):
    """Built once for the module on the governed tree, rolled back after it: the
    traced practice (live, with an Italian translation) and a third region, Test
    West, with its people, which has neither the case nor the draft plan."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            source = make_practice(title="Trace export coaching", slug=PRACTICE_SLUG)
            published_translation(source, "it")
            west = make_region_with_people("Test West", "test-west")
            yield {"practice": source, "west": west}
            transaction.set_rollback(True)


@pytest.fixture
def west_coordinator(_trace_cast, governed):
    """Test West's coordinator, read afresh: someone of the other region."""
    from django.contrib.auth import get_user_model

    coordinator = _trace_cast["west"].users.coordinator
    return get_user_model().objects.get(pk=coordinator.pk)


def practice(slug=PRACTICE_SLUG, language="en"):
    return PracticePage.objects.get(slug=slug, locale__language_code=language)


def make_plan(region_page, slug, live=True):
    plan = ActionPlanPage(
        title=f"Trace plan {slug}",
        slug=slug,
        instrument_name="Regional programme",
        managing_authority="Regional government",
        live=live,
    )
    region_page.add_child(instance=plan)
    return plan


def make_action(plan, title, inspired_by=None, target=100, measured=None, status=None):
    action = PlanAction.objects.create(page=plan, title=title, locale=plan.locale)
    if inspired_by is not None:
        ActionPractice.objects.create(action=action, practice=inspired_by)
    indicator = ActionIndicator.objects.create(
        action=action,
        name=f"Firms coached by {title}",
        unit="firms",
        baseline=Decimal("0"),
        target=Decimal(target),
        locale=plan.locale,
    )
    if measured is not None or status is not None:
        report, _ = MonitoringReport.objects.get_or_create(
            plan=plan,
            period="2019-10",
            defaults={"submitted_on": datetime.date(2020, 4, 30)},
        )
        if status:
            ActionProgress.objects.create(report=report, action=action, status=status)
        if measured is not None:
            IndicatorMeasurement.objects.create(
                report=report,
                indicator=indicator,
                value=Decimal(measured),
                measured_on=datetime.date(2020, 3, 31),
            )
    return action


@pytest.fixture
def traced(governed, _trace_cast):
    source = practice()
    north = governed.north.region
    plan = make_plan(north, "trace-plan")
    named = make_action(
        plan, "Export coaching Valencia", source, 40, measured=12, status="in_progress"
    )
    by_case = make_action(plan, "Coaching vouchers")
    case = TransferCase.objects.create(
        title="Valencia adopts coaching", region=north, practice=source
    )
    case.action = by_case
    case.save()
    draft = make_plan(governed.south.region, "trace-draft", live=False)
    hidden = make_action(draft, "Draft Silesian coaching", source)
    return {
        "lead": governed.lead,
        "coordinator": governed.north.users.coordinator,
        "region": north,
        "practice": source,
        "plan": plan,
        "named": named,
        "by_case": by_case,
        "case": case,
        "hidden": hidden,
    }


def trace_url(page):
    return reverse("practices_traceability_practice", args=[page.pk])


@pytest.mark.django_db
def test_lead_partner_follows_the_practice_to_cases_actions_and_values(client, traced):
    client.force_login(traced["lead"])
    response = client.get(trace_url(traced["practice"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert traced["case"].reference in html
    assert "Export coaching Valencia" in html
    assert "Coaching vouchers" in html  # through the transfer case
    assert "Draft Silesian coaching" in html  # the lead partner sees drafts
    assert "In progress" in html
    assert "12 / 40 firms" in html


@pytest.mark.django_db
def test_other_region_sees_neither_the_case_nor_a_draft_plan(
    client, traced, west_coordinator
):
    client.force_login(west_coordinator)
    html = client.get(trace_url(traced["practice"])).content.decode()
    assert traced["case"].reference not in html
    assert "Draft Silesian coaching" not in html
    # Published plans are public anyway; the case-only link is not shown.
    assert "Export coaching Valencia" in html
    assert "Coaching vouchers" not in html


@pytest.mark.django_db
def test_translated_practice_leads_to_the_same_trace(client, traced):
    client.force_login(traced["coordinator"])
    html = client.get(trace_url(practice(language="it"))).content.decode()
    assert traced["case"].reference in html
    assert "Coaching vouchers" in html


@pytest.mark.django_db
def test_traceability_of_a_non_practice_is_404(client, traced):
    client.force_login(traced["lead"])
    # A 404 outside the language prefixes is redirected by LocaleMiddleware to
    # the prefixed path, which is a 404 as well: never the traceability page.
    for url in (
        trace_url(traced["region"]),
        reverse("practices_traceability_practice", args=[99999999]),
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 404


@pytest.mark.django_db
def test_case_page_and_page_header_link_to_the_trace(client, traced):
    client.force_login(traced["coordinator"])
    inspect = reverse(
        "wagtailsnippets_practices_transfercase:inspect", args=[traced["case"].pk]
    )
    assert trace_url(traced["practice"]) in client.get(inspect).content.decode()
    client.force_login(traced["lead"])
    edit = reverse("wagtailadmin_pages:edit", args=[traced["practice"].pk])
    assert trace_url(traced["practice"]) in client.get(edit).content.decode()


@pytest.mark.django_db
def test_region_trace_leads_back_to_the_practices(client, traced):
    client.force_login(traced["coordinator"])
    url = reverse("practices_traceability_region", args=[traced["region"].pk])
    html = client.get(url).content.decode()
    assert "Export coaching Valencia" in html and "Coaching vouchers" in html
    assert html.count(traced["practice"].title) >= 2
    assert traced["case"].reference in html


@pytest.mark.django_db
def test_public_practice_page_shows_only_public_inspired_actions(client, traced):
    html = client.get(traced["practice"].url).content.decode()
    assert "Actions it inspired" in html
    assert "Export coaching Valencia" in html
    assert "In progress" in html
    assert "Coaching vouchers" not in html  # linked only by an internal case
    assert "Draft Silesian coaching" not in html  # draft plan
    assert traced["case"].reference not in html


@pytest.mark.django_db
def test_unsubmitted_report_is_not_public(client, traced):
    MonitoringReport.objects.filter(plan=traced["plan"]).update(submitted_on=None)
    html = client.get(traced["practice"].url).content.decode()
    assert "Export coaching Valencia" in html
    assert "In progress" not in html


def _count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_actions_and_cases(client, traced):
    source = traced["practice"]
    client.force_login(traced["lead"])
    admin_url = trace_url(source)
    region_url = reverse("practices_traceability_region", args=[traced["region"].pk])
    before = [_count(client, admin_url), _count(client, region_url)]
    client.logout()
    public_before = _count(client, source.url)
    plan = traced["plan"]
    for n in range(6):
        action = make_action(
            plan, f"More {n}", source, 10, measured=n, status="completed"
        )
        case = TransferCase.objects.create(
            title=f"More {n}", region=traced["region"], practice=source
        )
        case.action = action
        case.save()
    assert _count(client, source.url) == public_before
    client.force_login(traced["lead"])
    assert [_count(client, admin_url), _count(client, region_url)] == before


def test_moving_the_inspiring_practices_to_their_app_keeps_every_link(tmp_path):
    """ActionPractice moved from regions to practices (state only): links stored
    in the old shape are read, unchanged, by the new model after migrating."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'migration.db'}"
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    result = subprocess.run(
        [sys.executable, "-m", "tests.scripts.action_practice_move"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["read"] == data["stored"] and len(data["stored"]) == 2
    assert data["related"] == ["Practice 0", "Practice 1"]
