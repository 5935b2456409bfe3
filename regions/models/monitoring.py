"""Monitoring of a Local Action Plan: six-monthly reports, the progress of each
action, indicator measurements and evidence.

Monitoring reports are region data, not pages: they belong to the plan in the
source language and point at its actions and indicators. A translated plan finds
them through ``translation_key``. Their texts keep their translations beside them
(``cms.languages.TranslationsField``), shown on the plan's pages in those languages.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
)
from wagtail.models import Orderable

from cms.languages import TranslationsField, text_in

from .periods import REPORT_GRACE_DAYS, period_bounds, period_label


class MonitoringReport(ClusterableModel):
    """A six-monthly report on a plan: action statuses, measurements, evidence."""

    plan = models.ForeignKey(
        "regions.ActionPlanPage",
        on_delete=models.PROTECT,
        related_name="monitoring_reports",
        verbose_name=_("action plan"),
        help_text=_("The plan in its source language (English)."),
    )
    region = models.ForeignKey(
        "regions.RegionPage",
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        verbose_name=_("region"),
        help_text=_("The plan's region; set from the plan."),
    )
    period = models.CharField(
        _("period"),
        max_length=7,
        help_text=_(
            "The six-month period this report covers, one of the plan's monitoring "
            "periods."
        ),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("How the plan went in this period, in a few sentences."),
    )
    summary_translations = TranslationsField(
        _("summary in other languages"),
        multiline=True,
        help_text=_(
            "The summary for the plan's pages in other languages; a language left "
            "empty shows the summary as written."
        ),
    )
    submitted_on = models.DateField(
        _("submitted on"),
        null=True,
        blank=True,
        help_text=_("The day the report was submitted; empty while it is a draft."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldPanel("plan"),
        FieldRowPanel([FieldPanel("period"), FieldPanel("submitted_on")]),
        FieldPanel("summary"),
        FieldPanel("summary_translations"),
        InlinePanel(
            "action_progress", heading=_("Progress of the actions"), label=_("Action")
        ),
        InlinePanel(
            "measurements",
            heading=_("Indicator measurements"),
            label=_("Measurement"),
        ),
        InlinePanel("evidence", heading=_("Evidence"), label=_("Document")),
    ]

    class Meta:
        verbose_name = _("monitoring report")
        verbose_name_plural = _("monitoring reports")
        ordering = ["plan__title", "period"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "period"],
                name="unique_monitoring_report_period",
                violation_error_message=_(
                    "This plan already has a report for this period."
                ),
            )
        ]

    def __str__(self):
        return f"{self.plan.title} · {self.get_period_display()}"

    def get_period_display(self):
        return period_label(self.period)

    @property
    def period_end(self):
        return period_bounds(self.period)[1]

    @property
    def due_date(self):
        return self.period_end + datetime.timedelta(days=REPORT_GRACE_DAYS)

    @property
    def is_submitted(self):
        return self.submitted_on is not None

    def clean(self):
        super().clean()
        if not self.plan_id:
            return
        plan = self.plan
        codes = [period.code for period in plan.monitoring_calendar()]
        if self.period and self.period not in codes:
            raise ValidationError(
                {
                    "period": _(
                        "This plan is monitored for %(periods)s: choose one of "
                        "these periods."
                    )
                    % {
                        "periods": ", ".join(
                            p.label for p in plan.monitoring_calendar()
                        )
                    }
                }
            )
        if not plan.is_english() and plan.has_english_version():
            raise ValidationError(
                {
                    "plan": _(
                        "Choose the plan in its source language (English); its "
                        "translations show the same report."
                    )
                }
            )

    def save(self, *args, **kwargs):
        if self.plan_id:
            self.region_id = self.plan.get_parent().pk
        super().save(*args, **kwargs)


class ActionProgress(Orderable):
    """The status of one action in one period."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        DELAYED = "delayed", _("Delayed")
        ABANDONED = "abandoned", _("Abandoned")

    NEEDS_EXPLANATION = (Status.DELAYED, Status.ABANDONED)

    report = ParentalKey(
        "regions.MonitoringReport",
        on_delete=models.CASCADE,
        related_name="action_progress",
    )
    action = models.ForeignKey(
        "regions.PlanAction",
        on_delete=models.CASCADE,
        related_name="progress_reports",
        verbose_name=_("action"),
        help_text=_("An action of the report's plan."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NOT_STARTED,
        help_text=_("Where the action stands at the end of the period."),
    )
    narrative = models.TextField(
        _("narrative"),
        blank=True,
        help_text=_("What was done in the period."),
    )
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("Why the action is delayed or abandoned; required in those cases."),
    )
    narrative_translations = TranslationsField(
        _("narrative in other languages"),
        multiline=True,
        help_text=_(
            "The narrative for the plan's pages in other languages; a language left "
            "empty shows the narrative as written."
        ),
    )
    explanation_translations = TranslationsField(
        _("explanation in other languages"),
        multiline=True,
        help_text=_(
            "The explanation for the plan's pages in other languages; a language "
            "left empty shows the explanation as written."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("action"), FieldPanel("status")]),
        FieldPanel("narrative"),
        FieldPanel("narrative_translations"),
        FieldPanel("explanation"),
        FieldPanel("explanation_translations"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("progress of an action")
        verbose_name_plural = _("progress of the actions")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "action"],
                name="unique_action_progress_per_report",
                violation_error_message=_(
                    "Each action can be reported only once in a report."
                ),
            )
        ]

    def __str__(self):
        return f"{self.action} · {self.get_status_display()}"

    def explanation_required(self):
        return self.status in self.NEEDS_EXPLANATION

    def clean(self):
        super().clean()
        errors = {}
        if self.explanation_required() and not (self.explanation or "").strip():
            errors["explanation"] = _(
                "Explain why the action is %(status)s: an action that is delayed or "
                "abandoned must be explained."
            ) % {"status": self.get_status_display().lower()}
        report = getattr(self, "report", None)
        if (
            self.action_id
            and report is not None
            and report.plan_id
            and self.action.page_id != report.plan_id
        ):
            errors["action"] = _("Choose an action of this report's plan.")
        if errors:
            raise ValidationError(errors)


class IndicatorMeasurement(Orderable):
    """A measured value of an indicator on a date."""

    report = ParentalKey(
        "regions.MonitoringReport",
        on_delete=models.CASCADE,
        related_name="measurements",
    )
    indicator = models.ForeignKey(
        "regions.ActionIndicator",
        on_delete=models.CASCADE,
        related_name="measurements",
        verbose_name=_("indicator"),
        help_text=_("An indicator of one of the plan's actions."),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=16,
        decimal_places=2,
        help_text=_("The measured value, in the indicator's unit."),
    )
    measured_on = models.DateField(
        _("date"),
        help_text=_("The day the value refers to."),
    )

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("measured_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("indicator measurement")
        verbose_name_plural = _("indicator measurements")

    def __str__(self):
        return f"{self.indicator}: {self.value} ({self.measured_on})"

    def clean(self):
        super().clean()
        report = getattr(self, "report", None)
        if (
            self.indicator_id
            and report is not None
            and report.plan_id
            and self.indicator.action.page_id != report.plan_id
        ):
            raise ValidationError(
                {"indicator": _("Choose an indicator of this report's plan.")}
            )


class MonitoringEvidence(Orderable):
    """A document that proves what a report says."""

    report = ParentalKey(
        "regions.MonitoringReport", on_delete=models.CASCADE, related_name="evidence"
    )
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("Minutes, a call for proposals, a list of beneficiaries…"),
    )
    description = models.CharField(
        _("description"),
        max_length=255,
        blank=True,
        help_text=_("What the document proves (optional)."),
    )
    description_translations = TranslationsField(
        _("description in other languages"),
        max_length=255,
        help_text=_(
            "The description for the plan's pages in other languages; a language "
            "left empty shows the description as written."
        ),
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("description"),
        FieldPanel("description_translations"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("evidence document")
        verbose_name_plural = _("evidence documents")

    def __str__(self):
        return str(self.document)

    @property
    def display_description(self):
        """The description in the active language: a public page's own."""
        return text_in(self.description, self.description_translations)
