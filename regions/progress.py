"""What a plan's progress view shows: each action's latest status, its indicators'
measured values against their targets, and the plan's overall progress.

Monitoring reports belong to the plan in the source language. A translated plan
reaches them through ``translation_key`` (its actions and indicators share their
source's keys), so every language shows the same numbers. The queries are fixed:
a handful, whatever the number of actions, indicators and measurements.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch
from django.utils.translation import gettext
from wagtail.models import (
    Locale,
    Page,
)

from cms.access import viewer_for, visible_pages
from cms.languages import text_in

from .charts import ChartPoint, IndicatorChart, display_number
from .models import (
    ActionIndicator,
    ActionPlanPage,
    ActionProgress,
    IndicatorMeasurement,
    MonitoringEvidence,
    MonitoringReport,
    PlanAction,
)
from .models.periods import period_label

Status = ActionProgress.Status
NOT_REPORTED = "not_reported"


def source_plan_id(plan):
    """The id of the plan the monitoring reports point at."""
    default = Locale.get_default()
    if plan.locale_id == default.pk:
        return plan.pk
    source = (
        ActionPlanPage.objects.filter(
            translation_key=plan.translation_key, locale_id=default.pk
        )
        .values_list("pk", flat=True)
        .first()
    )
    return source or plan.pk


def plan_actions(plan):
    """The plan's actions with their indicators and inspiring practices."""
    return list(
        PlanAction.objects.filter(page=plan)
        .order_by("sort_order", "pk")
        .prefetch_related(
            Prefetch(
                "indicators",
                queryset=ActionIndicator.objects.order_by("sort_order", "pk"),
            ),
            Prefetch(
                "inspiring_practices",
                # The link is the practices app's (read by its relation name).
                queryset=inspiring_practice_model()
                .objects.order_by("sort_order", "pk")
                .only("pk", "action_id", "practice_id", "sort_order"),
            ),
        )
    )


def inspiring_practice_model():
    """The model behind ``PlanAction.inspiring_practices`` (owned by practices)."""
    return PlanAction.inspiring_practices.rel.related_model


def localized_practices(actions, locale_id):
    """{source practice id: the live, public practice page in ``locale_id``}."""
    practice_ids = {
        link.practice_id
        for action in actions
        for link in action.inspiring_practices.all()
    }
    if not practice_ids:
        return {}
    pages = (
        visible_pages(None)
        .filter(
            translation_key__in=Page.objects.filter(pk__in=practice_ids).values(
                "translation_key"
            )
        )
        .filter(locale_id=locale_id)
        .only("pk", "title", "url_path", "translation_key", "locale_id")
    )
    keys = dict(
        Page.objects.filter(pk__in=practice_ids).values_list("pk", "translation_key")
    )
    by_key = {page.translation_key: page for page in pages}
    return {pk: by_key[key] for pk, key in keys.items() if key in by_key}


@dataclass
class IndicatorProgress:
    indicator: ActionIndicator
    chart: IndicatorChart
    chart_id: str

    @property
    def points(self):
        return self.chart.points

    @property
    def latest(self):
        return self.points[-1] if self.points else None

    @property
    def share(self):
        """How far the latest value got from the baseline to the target, 0–100 %."""
        if self.latest is None:
            return None
        baseline, target = self.indicator.baseline, self.indicator.target
        if target == baseline:
            return Decimal(100) if self.latest.value >= target else Decimal(0)
        share = (self.latest.value - baseline) / (target - baseline) * 100
        return max(Decimal(0), min(Decimal(100), share)).quantize(Decimal("1"))


@dataclass
class ActionStatus:
    action: PlanAction
    status: str
    status_label: str
    narrative: str = ""
    explanation: str = ""
    period: str = ""
    indicators: list = field(default_factory=list)
    practices: list = field(default_factory=list)


@dataclass
class StatusShare:
    status: str
    label: str
    count: int
    percent: int


@dataclass
class PlanProgress:
    plan: ActionPlanPage
    actions: list
    reports: list

    @property
    def indicators(self):
        return [i for a in self.actions for i in a.indicators]

    @property
    def status_shares(self):
        total = len(self.actions)
        counts = defaultdict(int)
        for action in self.actions:
            counts[action.status] += 1
        shares = []
        labels = [*Status.choices, (NOT_REPORTED, _not_reported_label())]
        for status, label in labels:
            if counts[status]:
                percent = round(100 * counts[status] / total)
                shares.append(StatusShare(status, label, counts[status], percent))
        return shares

    @property
    def completed_percent(self):
        done = sum(1 for a in self.actions if a.status == Status.COMPLETED)
        return round(100 * done / len(self.actions)) if self.actions else 0

    @property
    def mean_indicator_share(self):
        shares = [i.share for i in self.indicators if i.share is not None]
        if not shares:
            return None
        return round(sum(shares) / len(shares))


def _not_reported_label():
    return gettext("Not reported yet")


def submitted_reports(source_id, user):
    evidence = MonitoringEvidence.objects.select_related("document").order_by(
        "sort_order", "pk"
    )
    # Evidence in a collection the viewer may not open is left out (cms.access).
    evidence = viewer_for(user).related_documents(evidence)
    return list(
        MonitoringReport.objects.filter(plan_id=source_id, submitted_on__isnull=False)
        .order_by("period")
        .prefetch_related(Prefetch("evidence", queryset=evidence))
    )


def build_progress(plan, user=None):
    source_id = source_plan_id(plan)
    actions = plan_actions(plan)
    practices = localized_practices(actions, plan.locale_id)

    latest = {}
    for row in (
        ActionProgress.objects.filter(
            report__plan_id=source_id, report__submitted_on__isnull=False
        )
        .order_by("report__period")
        .values(
            "action__translation_key",
            "status",
            "narrative",
            "narrative_translations",
            "explanation",
            "explanation_translations",
            "report__period",
        )
    ):
        latest[row["action__translation_key"]] = row  # later periods win

    measured = defaultdict(list)
    for row in (
        IndicatorMeasurement.objects.filter(
            report__plan_id=source_id, report__submitted_on__isnull=False
        )
        .order_by("measured_on", "pk")
        .values("indicator__translation_key", "value", "measured_on")
    ):
        measured[row["indicator__translation_key"]].append(
            ChartPoint(row["measured_on"], row["value"])
        )

    statuses = dict(Status.choices)
    rows = []
    for action in actions:
        report = latest.get(action.translation_key)
        status = report["status"] if report else NOT_REPORTED
        row = ActionStatus(
            action=action,
            status=status,
            status_label=statuses.get(status) or _not_reported_label(),
            narrative=text_in(report["narrative"], report["narrative_translations"])
            if report
            else "",
            explanation=text_in(
                report["explanation"], report["explanation_translations"]
            )
            if report
            else "",
            period=period_label(report["report__period"]) if report else "",
            practices=[
                practices[link.practice_id]
                for link in action.inspiring_practices.all()
                if link.practice_id in practices
            ],
        )
        for indicator in action.indicators.all():
            chart = IndicatorChart(
                baseline=indicator.baseline,
                target=indicator.target,
                points=measured.get(indicator.translation_key, []),
                start=action.start_date,
                end=action.end_date,
            )
            row.indicators.append(
                IndicatorProgress(indicator, chart, f"indicator-{indicator.pk}")
            )
        rows.append(row)
    return PlanProgress(plan, rows, submitted_reports(source_id, user))


__all__ = ["build_progress", "display_number", "PlanProgress"]
