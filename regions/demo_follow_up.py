"""Demo content of the current cycle: each partner region's follow-up actions,
monitored every six months on a calendar that moves with the day the demo is
loaded (texts in ``demo_content/follow_up.yaml``), so that the dashboards have
realistic work on any day: reports due, a draft, an action past its end date."""

import datetime
from decimal import Decimal

from django.utils import timezone

from cms.demo import add_child_once, english, strings, translate, translations_of
from regions.models import (
    ActionPlanPage,
    ActionProgress,
    IndicatorMeasurement,
    MonitoringReport,
)
from regions.models.periods import PERIOD_MONTHS, add_months


def follow_up_calendar(today=None):
    """The first day of the follow-up's first period: twelve months before the
    current month, so that one period has ended long ago, one has just ended (its
    report due) and one runs now, whatever day the demo is loaded."""
    today = today or timezone.localdate()
    return add_months(today.replace(day=1), -2 * PERIOD_MONTHS)


def build_follow_up(data, title, start):
    """The follow-up plan, built as the phase-2 plans are (``build_plan``), its
    action dates counted in months from the first period, on its own calendar."""
    from regions.demo import build_plan  # regions.demo loads this module

    plan = build_plan(
        {
            "title": title,
            "instrument": data["instrument"],
            "kind": ActionPlanPage.InstrumentKind.ERDF_PROGRAMME,
            "authority": data["authority"],
            "status": ActionPlanPage.Status.APPROVED,
            "approved": start - datetime.timedelta(days=30),
            "context": data["context"],
            "summary": data["summary"],
            "actions": [
                {
                    **item,
                    "start": add_months(start, item["start_month"]),
                    "end": add_months(start, item["end_month"])
                    - datetime.timedelta(days=1),
                    "indicators": [{**item["indicator"], "baseline": "0"}],
                }
                for item in data["actions"]
            ],
        },
        data["slug"],
    )
    plan.monitoring_start = start
    plan.monitoring_periods = 4
    return plan


# Per region, in turn: the report of the period that just ended is in, a draft, or
# not written yet, so the dashboards show each case.
JUST_ENDED = ("submitted", "draft", "missing")


def load_follow_up(demo, region, names, data, number, report_texts):
    """The region's follow-up plan on the current calendar, translated, with the
    report of its first period and, depending on the region, of the second
    (``report_texts``: the shared texts of reports, in every language)."""
    titles = {code: data["title"][code].format(region=names[code]) for code in names}
    texts = {**data, "title": titles}
    plan, created = add_child_once(
        region,
        build_follow_up(english(texts), titles["en"], follow_up_calendar()),
        user=demo.user,
    )
    demo.count("pages", int(created))
    demo.count("translations", translate(plan, strings(texts), user=demo.user))
    first, second = plan.monitoring_calendar()[:2]
    write_follow_up_report(
        demo, plan, first, "in_progress", report_texts, submitted=True
    )
    state = JUST_ENDED[(number - 1) % len(JUST_ENDED)]
    if state != "missing":
        write_follow_up_report(
            demo, plan, second, "delayed", report_texts, submitted=state == "submitted"
        )
    return plan


def write_follow_up_report(demo, plan, period, status, texts, submitted):
    from regions.demo import report_summary  # regions.demo loads this module

    summary, summaries = report_summary(plan, texts)
    explanation = texts["follow_up_explanation"] if status == "delayed" else ""
    report, created = MonitoringReport.objects.get_or_create(
        plan=plan,
        period=period.code,
        defaults={
            "submitted_on": period.end + datetime.timedelta(days=20)
            if submitted
            and period.end + datetime.timedelta(days=20) < timezone.localdate()
            else (period.end + datetime.timedelta(days=1) if submitted else None),
            "summary": summary,
            "summary_translations": summaries,
        },
    )
    if not created:
        return
    demo.count("monitoring reports")
    for order, action in enumerate(plan.actions.order_by("sort_order")):
        ActionProgress.objects.create(
            report=report,
            action=action,
            sort_order=order,
            status=status,
            narrative=english(texts["follow_up_narrative"]),
            narrative_translations=translations_of(texts["follow_up_narrative"]),
            explanation=english(explanation),
            explanation_translations=translations_of(explanation),
        )
        for indicator in action.indicators.all():
            IndicatorMeasurement.objects.create(
                report=report,
                indicator=indicator,
                value=Decimal(8 if period.start == plan.monitoring_start else 15),
                measured_on=period.end,
            )
