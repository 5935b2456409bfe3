"""Local Action Plans: the plan page, its actions and indicators, and monitoring.

A plan is a page (translated like every page); its actions and their indicators are
translatable inline children, nested two deep (``ActionPlanPage.actions`` →
``PlanAction.indicators`` / ``PlanAction.inspiring_practices``), which Wagtail's
InlinePanel and wagtail-localize both support. Numbers and dates are synchronised:
a translation shows the source's cost, dates, baselines and targets.

Monitoring reports are region data, not pages: they belong to the plan in the
source language and point at its actions and indicators. A translated plan finds
them through ``translation_key``.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.api.fields import ChoiceWithLabel, PageLink
from home.models import BasePage
from regions.api import ActionsWithMonitoring
from regions.plan_forms import ActionPlanPageForm

RICH_TEXT = ["bold", "italic", "link", "ul", "ol"]
ENGLISH = "en"


class ActionPlanPage(RoutablePageMixin, BasePage):
    """A region's Local Action Plan for one policy instrument."""

    # Refuses to remove an action that reports or transfer cases still need.
    base_form_class = ActionPlanPageForm

    class InstrumentKind(models.TextChoices):
        ERDF_PROGRAMME = "erdf_programme", _("ERDF operational programme")
        OTHER_REGIONAL = "other_regional", _("Other regional programme")
        NATIONAL = "national", _("National programme")
        LOCAL = "local", _("Local policy or programme")
        OTHER = "other", _("Other policy instrument")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")

    instrument_name = models.CharField(
        _("policy instrument"),
        max_length=255,
        help_text=_(
            "The policy instrument the plan addresses, e.g. "
            "“POR FESR Emilia-Romagna 2014–2020”."
        ),
    )
    instrument_kind = models.CharField(
        _("kind of instrument"),
        max_length=30,
        choices=InstrumentKind.choices,
        default=InstrumentKind.ERDF_PROGRAMME,
        help_text=_("What kind of policy instrument it is."),
    )
    managing_authority = models.CharField(
        _("managing authority"),
        max_length=255,
        help_text=_("The body managing the instrument, e.g. a regional government."),
    )
    plan_status = models.CharField(
        _("plan status"),
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_("Where the plan stands: draft, submitted or approved."),
    )
    approval_date = models.DateField(
        _("approval date"),
        null=True,
        blank=True,
        help_text=_("The day the plan was approved; required once it is approved."),
    )
    context = RichTextField(
        _("local context and challenges"),
        blank=True,
        features=RICH_TEXT,
        help_text=_(
            "The situation in the territory and the challenges the plan answers."
        ),
    )
    english_summary = models.TextField(
        _("English summary"),
        blank=True,
        help_text=_(
            "A summary of the plan in English; required when the plan is written in "
            "another language and has no English version."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("instrument_name"),
                FieldRowPanel(
                    [FieldPanel("instrument_kind"), FieldPanel("managing_authority")]
                ),
            ],
            heading=_("Policy instrument"),
        ),
        FieldRowPanel(
            [FieldPanel("plan_status"), FieldPanel("approval_date")],
            heading=_("Status"),
        ),
        FieldPanel("context"),
        FieldPanel("english_summary"),
        InlinePanel("actions", heading=_("Actions"), label=_("Action")),
    ]
    override_translatable_fields = [
        SynchronizedField("approval_date"),
        # An English summary stays English in every language version.
        SynchronizedField("english_summary"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("instrument_name"),
        index.SearchField("managing_authority"),
        index.SearchField("context"),
        index.SearchField("english_summary"),
        index.RelatedFields(
            "actions",
            [
                index.SearchField("title"),
                index.SearchField("background"),
                index.SearchField("activities"),
                index.SearchField("players"),
                index.SearchField("funding_sources"),
            ],
        ),
        index.FilterField("plan_status"),
    ]

    # Open data: each action with its indicators and the status reported in the
    # latest submitted monitoring report (cms.api.fields.ActionsWithMonitoring).
    api_fields = [
        APIField("region", serializer=PageLink(source_method="get_parent")),
        APIField("instrument_name"),
        APIField("instrument_kind", serializer=ChoiceWithLabel()),
        APIField("managing_authority"),
        APIField("plan_status", serializer=ChoiceWithLabel()),
        APIField("approval_date"),
        APIField("context"),
        APIField("english_summary"),
        APIField("actions", serializer=ActionsWithMonitoring()),
    ]

    parent_page_types = ["regions.RegionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("action plan page")
        verbose_name_plural = _("action plan pages")

    def is_english(self):
        locale = self.locale if self.locale_id else Locale.get_default()
        return locale.language_code.split("-")[0] == ENGLISH

    def has_english_version(self):
        if not self.translation_key:
            return False
        found = self.__class__.objects.filter(
            translation_key=self.translation_key,
            locale__language_code__startswith=ENGLISH,
        )
        if self.pk:
            found = found.exclude(pk=self.pk)
        return found.exists()

    def english_summary_required(self):
        return not self.is_english() and not self.has_english_version()

    def clean(self):
        super().clean()
        errors = {}
        if self.plan_status == self.Status.APPROVED and not self.approval_date:
            errors["approval_date"] = _(
                "An approved plan needs its approval date: enter the day it was "
                "approved, or choose another status."
            )
        if not (self.english_summary or "").strip() and self.english_summary_required():
            errors["english_summary"] = _(
                "This plan is not in English: write a summary in English "
                "(Interreg Europe asks for one)."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def region(self):
        return self.get_parent().specific

    def get_progress(self, request):
        from regions.progress import build_progress

        return build_progress(self, getattr(request, "user", None))

    def get_progress_url(self, request=None):
        url = self.get_url(request)
        return url + self.reverse_subpage("progress") if url else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["progress"] = self.get_progress(request)
        context["progress_url"] = self.get_progress_url(request)
        return context

    @path("progress/", name="progress")
    def progress_view(self, request):
        """Charts and statuses from the monitoring reports, with the page's privacy
        (Wagtail checks view restrictions before any route of the page runs)."""
        return self.render(
            request,
            template="regions/action_plan_progress.html",
            context_overrides={"is_progress_view": True},
        )


class PlanAction(TranslatableMixin, Orderable, ClusterableModel):
    """One action of a plan: what will be done, by whom, when and for how much."""

    page = ParentalKey(
        "regions.ActionPlanPage", on_delete=models.CASCADE, related_name="actions"
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        help_text=_("A short name for the action."),
    )
    background = RichTextField(
        _("background"),
        blank=True,
        features=RICH_TEXT,
        help_text=_(
            "Why the action is needed and what was learned in the project that led "
            "to it (study visits, workshops, practices)."
        ),
    )
    activities = RichTextField(
        _("activities"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("What will be done, step by step."),
    )
    players = models.TextField(
        _("players involved"),
        blank=True,
        help_text=_("The organisations that carry out or support the action."),
    )
    start_date = models.DateField(
        _("start date"),
        null=True,
        blank=True,
        help_text=_("When the action starts."),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("When the action ends; not before the start date."),
    )
    indicative_cost = models.DecimalField(
        _("indicative cost (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("The estimated cost in euro, e.g. 250000."),
    )
    funding_sources = models.TextField(
        _("funding sources"),
        blank=True,
        help_text=_("Where the money comes from, e.g. the ERDF programme's axis."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("background"),
        InlinePanel(
            "inspiring_practices",
            heading=_("Inspiring practices"),
            label=_("Practice"),
        ),
        FieldPanel("activities"),
        FieldPanel("players"),
        FieldRowPanel(
            [
                FieldPanel("start_date"),
                FieldPanel("end_date"),
                FieldPanel("indicative_cost"),
            ]
        ),
        FieldPanel("funding_sources"),
        InlinePanel("indicators", heading=_("Indicators"), label=_("Indicator")),
    ]
    override_translatable_fields = [
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("indicative_cost"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end date cannot be before the start date.")}
            )


class ActionIndicator(TranslatableMixin, Orderable):
    """How an action's result is measured: a baseline and a target."""

    action = ParentalKey(
        "regions.PlanAction", on_delete=models.CASCADE, related_name="indicators"
    )
    name = models.CharField(
        _("name"),
        max_length=255,
        help_text=_("What is measured, e.g. “SMEs exporting for the first time”."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=50,
        blank=True,
        help_text=_("The unit, e.g. “companies”, “%”, “EUR”; may be empty."),
    )
    baseline = models.DecimalField(
        _("baseline"),
        max_digits=16,
        decimal_places=2,
        default=Decimal("0"),
        help_text=_("The value when the plan starts."),
    )
    target = models.DecimalField(
        _("target"),
        max_digits=16,
        decimal_places=2,
        help_text=_("The value the action aims to reach."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("target")]),
    ]
    override_translatable_fields = [
        SynchronizedField("baseline"),
        SynchronizedField("target"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return f"{self.name} ({self.unit})" if self.unit else self.name

    def save(self, *args, **kwargs):
        # Wagtail gives a page's translation the target locale on its direct inline
        # children only (wagtail/wagtail#14425): an indicator, one level deeper,
        # would keep the source's locale and clash with it. It follows its action.
        action = getattr(self, "action", None)
        if (
            action is not None
            and action.locale_id
            and action.locale_id != (self.locale_id)
        ):
            self.locale_id = action.locale_id
        super().save(*args, **kwargs)


# Monitoring -------------------------------------------------------------------------

PHASE_2_START = datetime.date(2019, 4, 1)
PHASE_2_PERIODS = 4


def _add_months(day, months):
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1)


def period_bounds(code):
    """(first day, last day) of a period code such as "2019-10"."""
    year, month = (int(part) for part in code.split("-"))
    start = datetime.date(year, month, 1)
    return start, _add_months(start, 6) - datetime.timedelta(days=1)


def phase_2_periods():
    periods = []
    for number in range(PHASE_2_PERIODS):
        start = _add_months(PHASE_2_START, 6 * number)
        code = start.strftime("%Y-%m")
        end = period_bounds(code)[1]
        # Language-neutral labels ("04/2019 – 09/2019"): choices end up in
        # migrations, and month numbers read the same in every language.
        periods.append((code, f"{start:%m/%Y} – {end:%m/%Y}"))
    return periods


REPORT_GRACE_DAYS = 60


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
        choices=phase_2_periods(),
        help_text=_("The six-month period of phase 2 this report covers."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("How the plan went in this period, in a few sentences."),
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

    panels = [
        FieldRowPanel([FieldPanel("action"), FieldPanel("status")]),
        FieldPanel("narrative"),
        FieldPanel("explanation"),
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

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("evidence document")
        verbose_name_plural = _("evidence documents")

    def __str__(self):
        return str(self.document)
