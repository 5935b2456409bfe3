"""The demo's current cycle: each partner's follow-up actions on a calendar that
moves with today, so the dashboards have realistic work whatever day the demo is
loaded, and the project's own history (2019-2021) asks for nothing any more."""

import pytest
from django.utils import timezone

from cms.testing import LANGUAGES, user
from regions.demo_follow_up import follow_up_calendar
from regions.models import ActionPlanPage, MonitoringReport
from regions.monitoring import overdue_actions, reports_due

pytestmark = pytest.mark.django_db


def follow_ups(language="en"):
    return ActionPlanPage.objects.filter(
        slug__in=["follow-up-actions", "azioni-di-follow-up"]
        + ["acciones-de-seguimiento", "uppfoljande-atgarder", "dzialania-nastepcze"],
        locale__language_code=language,
    )


def test_every_partner_with_a_plan_has_its_follow_up_in_every_language():
    english = list(follow_ups())
    assert len(english) == 7
    for language in LANGUAGES:
        assert follow_ups(language).count() == 7, language
    silesia = follow_ups("pl").get(title__contains="Śląsk")
    assert silesia.title == "Działania następcze: Śląsk"
    assert silesia.url_path.endswith("/dzialania-nastepcze/")


def test_the_follow_up_runs_now_and_phase_2_is_over():
    today = timezone.localdate()
    for plan in follow_ups():
        assert plan.monitoring_start == follow_up_calendar(today)
        assert plan.asks_for_reports_on(today)
    phase_2 = ActionPlanPage.objects.filter(
        locale__language_code="en", slug="local-action-plan"
    )
    assert phase_2.exists()
    assert not any(plan.asks_for_reports_on(today) for plan in phase_2)


def test_the_period_that_just_ended_is_in_sent_drafted_or_missing():
    plans = list(follow_ups())
    just_ended = follow_up_calendar() and plans[0].monitoring_calendar()[1]
    reports = MonitoringReport.objects.filter(plan__in=plans, period=just_ended.code)
    assert reports.filter(submitted_on__isnull=False).exists()
    assert reports.filter(submitted_on=None).exists()
    assert reports.count() < len(plans)


def test_the_dashboard_rows_come_from_the_current_cycle(rf):
    request = rf.get("/admin/")
    request.user = user("lead-partner")
    due = reports_due(request)
    overdue = overdue_actions(request)
    assert due and overdue
    labels = [row["label"] for row in due + overdue]
    assert all("Follow-up actions" in label for label in labels)
    request.user = user("silesia-coordinator")
    rows = reports_due(request) + overdue_actions(request)
    assert rows and all("Silesia" in row["label"] for row in rows)
