"""Action-plan datasets: plans, and their actions with indicators and monitoring.

Monitoring reports are region
data kept on the source-language plan, so a translated action finds its progress
through its ``translation_key``. Only submitted reports count: a draft report's
status is not public.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Max
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.access import public_viewer
from cms.api.fields import plain
from cms.opendata.datasets import (
    DATE,
    DECIMAL,
    INTEGER,
    LIST,
    RECORDS,
    Column,
    Dataset,
    ExportContext,
    choice_label_column,
    model_column,
    page_columns,
    publication_columns,
    text_of,
)


def latest_monitoring(action_keys):
    """{action translation_key: (ActionProgress, report)} from submitted reports,
    and {indicator translation_key: IndicatorMeasurement}, in two queries."""
    from regions.models import ActionProgress, IndicatorMeasurement

    progress = {}
    for item in (
        ActionProgress.objects.filter(
            report__submitted_on__isnull=False,
            action__translation_key__in=action_keys,
        )
        .select_related("report", "action")
        .order_by("report__period", "pk")
    ):
        progress[item.action.translation_key] = item
    measurements = {}
    for item in (
        IndicatorMeasurement.objects.filter(
            report__submitted_on__isnull=False,
            indicator__action__translation_key__in=action_keys,
        )
        .select_related("report", "indicator")
        .order_by("report__period", "measured_on", "pk")
    ):
        measurements[item.indicator.translation_key] = item
    return progress, measurements


def status_record(progress):
    if progress is None:
        return None
    return {
        "status": progress.status,
        "status_label": str(progress.get_status_display()),
        "period": progress.report.period,
        "submitted_on": plain(progress.report.submitted_on),
    }


def indicator_record(indicator, measurements):
    measured = measurements.get(indicator.translation_key)
    return {
        "name": indicator.name,
        "unit": indicator.unit,
        "baseline": plain(indicator.baseline),
        "target": plain(indicator.target),
        "latest_value": plain(measured.value) if measured else None,
        "measured_on": plain(measured.measured_on) if measured else None,
    }


def indicator_text(record):
    unit = f" {record['unit']}" if record["unit"] else ""
    latest = (
        f", {record['latest_value']} ({record['measured_on']})"
        if record["latest_value"] is not None
        else ""
    )
    return f"{record['name']}: {record['baseline']} → {record['target']}{unit}{latest}"


@dataclass
class PlanContext(ExportContext):
    """Adds the plans' regions, and the monitoring of the actions being written."""

    regions_by_path: dict = field(default_factory=dict)
    progress: dict = field(default_factory=dict)
    measurements: dict = field(default_factory=dict)

    def region_of(self, page):
        from wagtail.models import Page

        return self.regions_by_path.get(page.path[: -Page.steplen])


class ActionPlanDataset(Dataset):
    slug = "action-plans"
    position = 50
    title = _("Local Action Plans")
    description = _(
        "Each region's Local Action Plan: policy instrument, status and the latest "
        "monitoring period. One row per plan; the actions are in plan-actions."
    )
    sheet_title = pgettext_lazy("spreadsheet tab", "action plans")

    def page_model(self):
        from regions.models import ActionPlanPage

        return ActionPlanPage

    def prepare(self, queryset, public=None):
        return (
            queryset.select_related("locale")
            .prefetch_related("actions")
            .order_by("path")
        )

    def context(self, request, language, public=None):
        from regions.models import RegionPage

        public = public or public_viewer()
        context = PlanContext(request=request, language=language)
        context.regions_by_path = {
            region.path: region
            for region in public.pages(RegionPage.objects.only("title", "path"))
        }
        return context

    def get_columns(self):
        from regions.models import ActionPlanPage as A

        return [
            *page_columns(),
            Column(
                "region",
                lambda page, context: getattr(context.region_of(page), "title", None),
                _("The partner region the plan belongs to."),
            ),
            model_column(A, "instrument_name"),
            model_column(A, "instrument_kind"),
            choice_label_column(A, "instrument_kind"),
            model_column(A, "managing_authority"),
            model_column(A, "plan_status"),
            choice_label_column(A, "plan_status"),
            model_column(A, "approval_date", DATE),
            model_column(A, "context", rich_text=True),
            model_column(A, "english_summary"),
            Column(
                "actions",
                lambda page, context: [action.title for action in page.actions.all()],
                _("The titles of the plan's actions."),
                LIST,
            ),
            *publication_columns(),
        ]


class PlanActionDataset(Dataset):
    slug = "plan-actions"
    position = 60
    title = _("Actions of the Local Action Plans")
    description = _(
        "One row per action of a published plan: what, who, when, how much, its "
        "indicators with baseline, target and latest measurement, and its status "
        "in the latest submitted monitoring report."
    )
    sheet_title = pgettext_lazy("spreadsheet tab", "plan actions")

    def page_model(self):
        from regions.models import ActionPlanPage

        return ActionPlanPage

    def queryset(self, locale, public=None):
        from regions.models import PlanAction

        return (
            PlanAction.objects.filter(page__in=self.pages(locale, public).values("pk"))
            .select_related("page")
            .prefetch_related("indicators")
            .order_by("page__path", "sort_order", "pk")
        )

    def version(self, locale, public=None):
        """Plans change when republished, their monitoring when a report is saved
        (submitting one sets its date: ``updated_at`` moves), added or deleted."""
        from regions.models import MonitoringReport

        version = super().version(locale, public)
        version["reports"] = MonitoringReport.objects.aggregate(
            updated=Max("updated_at"), latest=Max("pk"), count=Count("pk")
        )
        return version

    def context(self, request, language, public=None):
        from wagtail.models import Locale

        from regions.models import PlanAction

        context = PlanContext(request=request, language=language)
        locale = Locale.objects.filter(language_code=language).first()
        keys = PlanAction.objects.filter(
            page__in=self.pages(locale, public).values("pk")
        ).values("translation_key")
        context.progress, context.measurements = latest_monitoring(keys)
        return context

    def get_columns(self):
        from regions.models import PlanAction as P

        def latest(action, context):
            return status_record(context.progress.get(action.translation_key))

        return [
            Column(
                "plan_id",
                lambda action, context: action.page_id,
                _("The plan's page number (the id in the action-plans dataset)."),
                INTEGER,
            ),
            Column(
                "plan",
                lambda action, context: action.page.title,
                _("The plan's title."),
            ),
            Column(
                "language",
                lambda action, context: context.language,
                _("The language of the row (en, it, es, sv or pl)."),
            ),
            model_column(P, "title"),
            Column(
                "background",
                lambda action, context: text_of(action.background),
                P._meta.get_field("background").help_text,
            ),
            Column(
                "activities",
                lambda action, context: text_of(action.activities),
                P._meta.get_field("activities").help_text,
            ),
            model_column(P, "players"),
            model_column(P, "start_date", DATE),
            model_column(P, "end_date", DATE),
            model_column(P, "indicative_cost", DECIMAL),
            model_column(P, "funding_sources"),
            Column(
                "indicators",
                lambda action, context: [
                    indicator_record(indicator, context.measurements)
                    for indicator in action.indicators.all()
                ],
                _(
                    "How the action is measured: name, unit, baseline, target, and "
                    "the latest value reported with its date."
                ),
                RECORDS,
                flat=indicator_text,
            ),
            Column(
                "latest_status",
                lambda action, context: (latest(action, context) or {}).get("status"),
                _(
                    "The action's status in the latest submitted monitoring report: "
                    "not_started, in_progress, completed, delayed or abandoned."
                ),
            ),
            Column(
                "latest_status_label",
                lambda action, context: (latest(action, context) or {}).get(
                    "status_label"
                ),
                _("That status as a reader sees it, in this language."),
            ),
            Column(
                "latest_status_period",
                lambda action, context: (latest(action, context) or {}).get("period"),
                _("The monitoring period of that report (YYYY-MM, six months)."),
            ),
        ]
