"""Demo content of the current cycle: each partner region's follow-up actions,
monitored every six months on a calendar that moves with the day the demo is
loaded (texts in ``demo_content/follow_up.yaml``), so that the dashboards have
realistic work on any day: reports due, a draft, an action past its end date."""

import datetime
from decimal import Decimal

from django.utils import timezone

from cms.demo import add_child_once, english, strings, translate
from regions.factories import ActionPlanPageFactory
from regions.models import (
    ActionIndicator,
    ActionPlanPage,
    ActionProgress,
    IndicatorMeasurement,
    MonitoringReport,
    PlanAction,
)
from regions.models.periods import PERIOD_MONTHS, add_months


def follow_up_calendar(today=None):
    """The first day of the follow-up's first period: twelve months before the
    current month, so that one period has ended long ago, one has just ended (its
    report due) and one runs now, whatever day the demo is loaded."""
    today = today or timezone.localdate()
    return add_months(today.replace(day=1), -2 * PERIOD_MONTHS)


def build_follow_up(data, title, start):
    actions = []
    for order, item in enumerate(data["actions"]):
        indicator = item["indicator"]
        actions.append(
            PlanAction(
                sort_order=order,
                title=item["title"],
                background=f"<p>{item['background']}</p>",
                activities=f"<p>{item['activities']}</p>",
                players=item["players"],
                funding_sources=item["funding"],
                start_date=add_months(start, item["start_month"]),
                end_date=add_months(start, item["end_month"])
                - datetime.timedelta(days=1),
                indicative_cost=Decimal(item["cost"]),
                indicators=[
                    ActionIndicator(
                        sort_order=0,
                        name=indicator["name"],
                        unit=indicator["unit"],
                        baseline=Decimal(0),
                        target=Decimal(indicator["target"]),
                    )
                ],
            )
        )
    return ActionPlanPageFactory.build(
        title=title,
        slug=data["slug"],
        instrument_name=data["instrument"],
        instrument_kind=ActionPlanPage.InstrumentKind.ERDF_PROGRAMME,
        managing_authority=data["authority"],
        plan_status=ActionPlanPage.Status.APPROVED,
        approval_date=start - datetime.timedelta(days=30),
        context=f"<p>{data['context']}</p>",
        english_summary=data["summary"],
        monitoring_start=start,
        monitoring_periods=4,
        actions=actions,
    )


# Per region, in turn: the report of the period that just ended is in, a draft, or
# not written yet, so the dashboards show each case.
JUST_ENDED = ("submitted", "draft", "missing")


def load_follow_up(demo, region, names, data, number):
    """The region's follow-up plan on the current calendar, translated, with the
    report of its first period and, depending on the region, of the second."""
    if not isinstance(names, dict):  # a name written the same in every language
        names = dict.fromkeys(data["title"], names)
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
    write_follow_up_report(demo, plan, first, "in_progress", submitted=True)
    state = JUST_ENDED[(number - 1) % len(JUST_ENDED)]
    if state != "missing":
        write_follow_up_report(
            demo, plan, second, "delayed", submitted=state == "submitted"
        )
    return plan


def write_follow_up_report(demo, plan, period, status, submitted):
    report, created = MonitoringReport.objects.get_or_create(
        plan=plan,
        period=period.code,
        defaults={
            "submitted_on": period.end + datetime.timedelta(days=20)
            if submitted
            and period.end + datetime.timedelta(days=20) < timezone.localdate()
            else (period.end + datetime.timedelta(days=1) if submitted else None),
            "summary": f"Six-monthly report on the {plan.title}.",
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
            narrative="Coaching and visits went on as planned.",
            explanation="Fewer companies applied than expected; a second call is open."
            if status == "delayed"
            else "",
        )
        for indicator in action.indicators.all():
            IndicatorMeasurement.objects.create(
                report=report,
                indicator=indicator,
                value=Decimal(8 if period.start == plan.monitoring_start else 15),
                measured_on=period.end,
            )
