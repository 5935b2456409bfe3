"""Action plans in the open data: actions, indicators and the latest monitoring
status, from submitted reports only, through the API and the exports."""

import datetime
import io
import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from wagtail.models import PageViewRestriction

from cms.testing import streamed_body as body
from regions.factories import make_region
from regions.models import (
    ActionIndicator,
    ActionPlanPage,
    ActionProgress,
    IndicatorMeasurement,
    MonitoringReport,
    PlanAction,
)

pytestmark = pytest.mark.django_db


def make_plan(region, title, slug, live=True):
    plan = ActionPlanPage(
        title=title,
        slug=slug,
        instrument_name="POR FESR 2014–2020",
        managing_authority="Regional government",
        plan_status=ActionPlanPage.Status.APPROVED,
        approval_date=datetime.date(2019, 3, 1),
    )
    # Children are set before the page is added, as the editor's form does, so
    # the nested indicators are saved with their action.
    action = PlanAction(
        title=f"{title}: export coaching",
        players="Chamber of commerce",
        start_date=datetime.date(2019, 4, 1),
        end_date=datetime.date(2020, 12, 31),
        indicative_cost=Decimal("150000.00"),
    )
    action.indicators = [
        ActionIndicator(
            name="Companies coached",
            unit="companies",
            baseline=Decimal("0"),
            target=Decimal("40"),
        )
    ]
    plan.actions = [action]
    plan.live = live
    region.add_child(instance=plan)
    revision = plan.save_revision()
    if live:
        revision.publish()
    plan.refresh_from_db()
    return plan


@pytest.fixture
def plans():
    region = make_region("Plan Valley", "plan-valley")
    plan = make_plan(region, "Valley plan", "valley-plan")
    action = plan.actions.get()
    indicator = action.indicators.get()
    submitted = MonitoringReport.objects.create(
        plan=plan, period="2019-04", submitted_on=datetime.date(2019, 11, 15)
    )
    ActionProgress.objects.create(
        report=submitted, action=action, status="in_progress", narrative="Going."
    )
    IndicatorMeasurement.objects.create(
        report=submitted,
        indicator=indicator,
        value=Decimal("12"),
        measured_on=datetime.date(2019, 9, 30),
    )
    draft = MonitoringReport.objects.create(plan=plan, period="2019-10")
    ActionProgress.objects.create(
        report=draft, action=action, status="abandoned", explanation="Draft only."
    )
    IndicatorMeasurement.objects.create(
        report=draft,
        indicator=indicator,
        value=Decimal("99"),
        measured_on=datetime.date(2020, 3, 31),
    )
    hidden = make_plan(region, "Unpublished plan", "unpublished-plan", live=False)
    private = make_plan(
        make_region("Plan Heights", "plan-heights"),
        "Private plan",
        "private-plan",
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    return plan, hidden, private, region


def test_api_gives_actions_indicators_and_latest_submitted_status(client, plans):
    plan, hidden, private, region = plans
    data = client.get(f"/api/v2/pages/{plan.pk}/").json()
    assert data["plan_status"] == {"value": "approved", "label": "Approved"}
    assert data["region"]["title"] == region.title
    [action] = data["actions"]
    assert action["indicative_cost"] == "150000.00"
    assert action["latest_status"]["status"] == "in_progress"
    assert action["latest_status"]["period"] == "2019-04"
    [indicator] = action["indicators"]
    assert indicator["target"] == "40.00"
    assert indicator["latest_value"] == "12.00"
    listed = client.get(
        "/api/v2/pages/", {"type": "regions.ActionPlanPage", "limit": 100}
    ).json()
    ids = {item["id"] for item in listed["items"]}
    assert plan.pk in ids
    assert hidden.pk not in ids
    assert private.pk not in ids


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_action_plan_exports_match_the_api_and_hide_drafts(client, plans, fmt):
    plan, _hidden, _private, _region = plans
    api_total = client.get(
        "/api/v2/pages/", {"type": "regions.ActionPlanPage", "locale": "en"}
    ).json()["meta"]["total_count"]
    public_plans = (
        ActionPlanPage.objects.live().public().filter(locale__language_code="en")
    )
    assert public_plans.count() == api_total
    expected = {
        "action-plans": api_total,
        "plan-actions": PlanAction.objects.filter(page__in=public_plans).count(),
    }
    for dataset in ("action-plans", "plan-actions"):
        response = client.get(f"/en/opendata/{dataset}.{fmt}")
        assert response.status_code == 200
        content = body(response)
        if fmt == "json":
            rows = json.loads(content)
        elif fmt == "csv":
            import csv

            rows = list(csv.DictReader(io.StringIO(content.decode())))
        else:
            sheet = load_workbook(io.BytesIO(content), read_only=True).active
            values = list(sheet.iter_rows(values_only=True))
            rows = [dict(zip(values[0], row, strict=True)) for row in values[1:]]
        assert len(rows) == expected[dataset], dataset
        text = content if fmt != "xlsx" else repr(rows).encode()
        assert b"Unpublished plan" not in text
        assert b"Private plan" not in text
        # The fixture plan's unsubmitted report (abandoned) never shows.
        own = [r for r in rows if str(r.get("plan_id", r.get("id"))) == str(plan.pk)]
        assert len(own) == 1 and "abandoned" not in repr(own)
    response = client.get("/en/opendata/plan-actions.json")
    [row] = [r for r in json.loads(body(response)) if r["plan_id"] == plan.pk]
    assert row["latest_status"] == "in_progress"
    assert row["indicators"][0]["latest_value"] == "12.00"


def test_submitting_a_report_changes_the_plan_actions_etag(client, plans):
    plan, _hidden, _private, _region = plans
    url = "/en/opendata/plan-actions.json"
    response = client.get(url)
    etag = response["ETag"]
    [row] = [r for r in json.loads(body(response)) if r["plan_id"] == plan.pk]
    assert row["latest_status"] == "in_progress"
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    draft = MonitoringReport.objects.get(plan=plan, period="2019-10")
    draft.submitted_on = datetime.date(2020, 5, 20)
    draft.save()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag
    [row] = [r for r in json.loads(body(response)) if r["plan_id"] == plan.pk]
    assert row["latest_status"] == "abandoned"
