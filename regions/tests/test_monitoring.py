"""Monitoring reports: required explanations, and who may read or edit them."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from regions.models import ActionPlanPage, ActionProgress, MonitoringReport, PlanAction
from regions.models.periods import PERIOD_MONTHS, add_months
from regions.monitoring import overdue_actions, reports_due


def _url(name, *args):
    return reverse(f"monitoring_reports:{name}", args=args)


def _form_data(report, status="delayed", explanation="", period=None, new=False):
    """The edit form as the browser posts it: one progress row per action
    (``new``: the same rows for a report not stored yet)."""
    rows = []
    for progress in report.action_progress.order_by("sort_order", "pk"):
        rows.append(
            {
                "id": "" if new else progress.pk,
                "action": progress.action_id,
                "status": status,
                "narrative": "Work went on.",
                "explanation": explanation,
            }
        )
    measurements = [
        {
            "id": "" if new else m.pk,
            "indicator": m.indicator_id,
            "value": str(m.value),
            "measured_on": m.measured_on.isoformat(),
        }
        for m in report.measurements.order_by("sort_order", "pk")
    ]
    return nested_form_data(
        {
            "plan": report.plan_id,
            "period": period or report.period,
            "submitted_on": "2019-11-15",
            "summary": "Edited.",
            "action_progress": inline_formset(rows, initial=0 if new else len(rows)),
            "measurements": inline_formset(
                measurements, initial=0 if new else len(measurements)
            ),
            "evidence": inline_formset([]),
        }
    )


# The model --------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["delayed", "abandoned"])
def test_delayed_or_abandoned_action_needs_an_explanation(plans, status):
    progress = plans.north_report.action_progress.first()
    progress.status = status
    progress.explanation = "  "
    with pytest.raises(ValidationError) as error:
        progress.full_clean()
    assert "must be explained" in error.value.message_dict["explanation"][0]
    progress.explanation = "Lockdown."
    progress.full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["not_started", "in_progress", "completed"])
def test_other_statuses_need_no_explanation(plans, status):
    progress = plans.north_report.action_progress.first()
    progress.status = status
    progress.explanation = ""
    progress.full_clean()


@pytest.mark.django_db
def test_a_report_cannot_point_at_another_plans_action(plans):
    progress = ActionProgress(
        report=plans.north_report,
        action=plans.south.actions.first(),
        status="in_progress",
    )
    with pytest.raises(ValidationError) as error:
        progress.full_clean()
    assert "action" in error.value.message_dict


@pytest.mark.django_db
def test_one_report_per_plan_and_period(plans):
    duplicate = MonitoringReport(plan=plans.north, period="2019-04")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "already has a report for this period" in str(error.value)


@pytest.mark.django_db
def test_region_follows_the_plan(plans):
    assert plans.north_report.region_id == plans.governed.north.region.pk


# The admin --------------------------------------------------------------------------


@pytest.mark.django_db
def test_coordinator_edits_own_regions_report(client, plans):
    client.force_login(plans.governed.north.users.coordinator)
    report = plans.north_report
    assert client.get(_url("edit", report.pk)).status_code == 200
    response = client.post(
        _url("edit", report.pk),
        _form_data(report, status="delayed", explanation="Lockdown in March."),
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.summary == "Edited."
    assert set(report.action_progress.values_list("status", flat=True)) == {"delayed"}


@pytest.mark.django_db
def test_admin_form_refuses_delayed_without_explanation(client, plans):
    client.force_login(plans.governed.north.users.coordinator)
    report = plans.north_report
    response = client.post(_url("edit", report.pk), _form_data(report, "abandoned"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "an action that is delayed or abandoned must be explained" in html
    report.refresh_from_db()
    assert report.summary == ""
    assert set(report.action_progress.values_list("status", flat=True)) == {
        "in_progress"
    }


@pytest.mark.django_db
@pytest.mark.parametrize("view", ["edit", "delete"])
def test_other_regions_report_is_refused_by_direct_url(client, plans, view):
    client.force_login(plans.governed.north.users.coordinator)
    assert client.get(_url(view, plans.south_report.pk)).status_code == 403
    # Its own region's report opens; a submitted one is kept, and deleting it is
    # refused with the reason (cms.deletion).
    own = client.get(_url(view, plans.north_report.pk))
    if view == "delete" and plans.north_report.submitted_on:
        assert own.status_code == 409
        assert "Submitted monitoring reports" in own.content.decode()
    else:
        assert own.status_code == 200


@pytest.mark.django_db
def test_posting_to_another_regions_report_changes_nothing(client, plans):
    client.force_login(plans.governed.north.users.coordinator)
    report = plans.south_report
    response = client.post(
        _url("edit", report.pk), _form_data(report, "delayed", "sneaky")
    )
    assert response.status_code == 403
    assert client.post(_url("delete", report.pk)).status_code == 403
    report.refresh_from_db()
    assert report.summary == ""
    assert MonitoringReport.objects.filter(pk=report.pk).exists()


@pytest.mark.django_db
def test_others_read_reports_but_do_not_edit(client, plans):
    editor = plans.governed.north.users.editor
    other_coordinator = plans.governed.south.users.coordinator
    for user in (editor, other_coordinator):
        client.force_login(user)
        listing = client.get(_url("index"))
        assert listing.status_code == 200
        inspect = client.get(_url("inspect", plans.north_report.pk))
        assert inspect.status_code == 200
        assert _url("edit", plans.north_report.pk) not in inspect.content.decode()
        assert _url("edit", plans.north_report.pk) not in listing.content.decode()
        assert client.get(_url("edit", plans.north_report.pk)).status_code in (
            302,
            403,
        )
    client.force_login(editor)
    assert client.get(_url("add")).status_code in (302, 403)


@pytest.mark.django_db
def test_add_form_offers_only_own_plans(client, plans):
    client.force_login(plans.governed.north.users.coordinator)
    html = client.get(_url("add")).content.decode()
    assert "North plan" in html
    assert "South plan" not in html
    data = _form_data(plans.north_report, "in_progress", period="2019-10", new=True)
    data["plan"] = plans.south.pk
    response = client.post(_url("add"), data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not MonitoringReport.objects.filter(
        plan=plans.south, period="2019-10"
    ).exists()
    data["plan"] = plans.north.pk
    response = client.post(_url("add"), data)
    assert response.status_code == 302
    report = MonitoringReport.objects.get(plan=plans.north, period="2019-10")
    assert report.action_progress.count() == 2
    assert report.region_id == plans.governed.north.region.pk


@pytest.mark.django_db
def test_lead_partner_edits_every_region(client, plans):
    client.force_login(plans.governed.lead)
    for report in (plans.north_report, plans.south_report):
        assert client.get(_url("edit", report.pk)).status_code == 200


@pytest.mark.django_db
def test_stakeholders_have_no_admin_access(client, plans):
    client.force_login(plans.governed.north.users.stakeholder)
    response = client.get(_url("index"))
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "/admin/" in response["Location"]


# Dashboard --------------------------------------------------------------------------


def _monitored_now(plan, ended=3):
    """Moves the plan's calendar so that ``ended`` periods have ended by today and
    one runs now (a follow-up cycle), its actions due yesterday; the first period's
    report is in."""
    today = timezone.localdate()
    first = add_months(today.replace(day=1), -PERIOD_MONTHS * ended)
    ActionPlanPage.objects.filter(translation_key=plan.translation_key).update(
        monitoring_start=first, monitoring_periods=ended + 1
    )
    PlanAction.objects.filter(page=plan).update(
        end_date=today - datetime.timedelta(days=1)
    )
    plan.refresh_from_db()
    periods = plan.monitoring_calendar()
    MonitoringReport.objects.create(
        plan=plan, period=periods[0].code, submitted_on=periods[0].due_date
    )
    return periods


@pytest.mark.django_db
def test_reports_due_and_overdue_actions_for_the_coordinator(rf, plans):
    periods = _monitored_now(plans.north)
    request = rf.get("/admin/")
    request.user = plans.governed.north.users.coordinator
    due = reports_due(request)
    # The first period's report is in; the two periods ended since are due,
    # the running one is not yet.
    assert [row["label"] for row in due] == [
        f"North plan · {periods[1].label}",
        f"North plan · {periods[2].label}",
    ]
    assert [row["due_date"] for row in due] == [
        periods[1].due_date,
        periods[2].due_date,
    ]
    assert all(row["url"].endswith(f"?plan={plans.north.pk}") for row in due)
    overdue = overdue_actions(request)
    assert {row["label"] for row in overdue} == {
        "Action 1 (North plan)",
        "Action 2 (North plan)",
    }
    request.user = plans.governed.north.users.editor
    assert reports_due(request) == []


@pytest.mark.django_db
def test_a_finished_plan_asks_for_nothing(rf, plans):
    # The plans of phase 2 (2019-2021): three periods never reported, actions
    # past their end date, but the monitoring ended years ago.
    request = rf.get("/admin/")
    request.user = plans.governed.north.users.coordinator
    assert not plans.north.asks_for_reports_on(timezone.localdate())
    assert reports_due(request) == []
    assert overdue_actions(request) == []
    request.user = plans.governed.lead  # sees every region's plans
    rows = reports_due(request) + overdue_actions(request)
    assert not [row for row in rows if "North plan" in row["label"]]
    assert not [row for row in rows if "South plan" in row["label"]]


@pytest.mark.django_db
def test_nothing_from_another_region_on_the_dashboard(rf, plans):
    _monitored_now(plans.north)
    _monitored_now(plans.south)
    request = rf.get("/admin/")
    request.user = plans.governed.north.users.coordinator
    rows = reports_due(request) + overdue_actions(request)
    assert rows and not any("South" in row["label"] for row in rows)
    request.user = plans.governed.lead
    labels = {row["label"].split(" · ")[0] for row in reports_due(request)}
    assert {"North plan", "South plan"} <= labels  # with the demo's own


@pytest.mark.django_db
def test_a_report_for_a_period_outside_the_plans_calendar_is_refused(plans):
    report = MonitoringReport(plan=plans.north, period="2023-04")
    with pytest.raises(ValidationError) as refused:
        report.full_clean()
    message = refused.value.message_dict["period"][0]
    assert "This plan is monitored for 04/2019 – 09/2019, 10/2019 – 03/2020" in message


@pytest.mark.django_db
def test_the_report_form_offers_the_plans_periods(client, plans):
    periods = _monitored_now(plans.north)
    client.force_login(plans.governed.north.users.coordinator)
    html = client.get(_url("add") + f"?plan={plans.north.pk}").content.decode()
    for period in periods:
        assert f'<option value="{period.code}">{period.label}</option>' in html


@pytest.mark.django_db
def test_dashboard_shows_monitoring_reports_due(client, plans):
    _monitored_now(plans.north)
    client.force_login(plans.governed.north.users.coordinator)
    html = client.get("/admin/").content.decode()
    assert "Monitoring reports due" in html
    assert "North plan" in html


@pytest.mark.django_db
def test_coordinator_gives_the_notes_in_other_languages(client, plans):
    client.force_login(plans.governed.north.users.coordinator)
    report = plans.north_report
    form = client.get(_url("edit", report.pk)).content.decode()
    assert 'name="action_progress-0-narrative_translations_0"' in form
    assert 'lang="it"' in form and 'lang="en"' not in form.split("<body")[1]
    data = _form_data(report, status="in_progress")
    data["summary_translations_0"] = "Modificato."
    data["action_progress-0-narrative_translations_0"] = "Il lavoro è proseguito."
    data["action_progress-0-narrative_translations_3"] = "Prace trwały."
    response = client.post(_url("edit", report.pk), data)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.summary_translations == {"it": "Modificato."}
    progress = report.action_progress.order_by("sort_order", "pk").first()
    assert progress.narrative_translations == {
        "it": "Il lavoro è proseguito.",
        "pl": "Prace trwały.",
    }
