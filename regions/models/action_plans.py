"""A region's Local Action Plan: the plan page.

A plan is a page (translated like every page); its actions and their indicators
(``regions.models.actions``) are translatable inline children, nested two deep,
which Wagtail's InlinePanel and wagtail-localize both support. Numbers and dates
are synchronised: a translation shows the source's cost, dates, baselines and
targets. Monitoring (``regions.models.monitoring``) is region data, not pages.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Locale
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.api.fields import ChoiceWithLabel, PageLink
from home.models import BasePage
from home.translated_routes import TranslatedRoutesMixin, translated_path
from regions.api import ActionsWithMonitoring
from regions.plan_forms import ActionPlanPageForm

from .periods import PHASE_2_PERIODS, PHASE_2_START, calendar

RICH_TEXT = ["bold", "italic", "link", "ul", "ol"]
ENGLISH = "en"


class ActionPlanPage(TranslatedRoutesMixin, BasePage):
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
    monitoring_start = models.DateField(
        _("monitored from"),
        default=PHASE_2_START,
        help_text=_(
            "The first day of the first six-month monitoring period (a month's "
            "first day); reports are asked for from then on."
        ),
    )
    monitoring_periods = models.PositiveSmallIntegerField(
        _("monitoring periods"),
        default=PHASE_2_PERIODS,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_(
            "How many six-month periods the plan is monitored for (1 to 12). "
            "Once the last report's deadline has passed, the plan asks for none."
        ),
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
        FieldRowPanel(
            [FieldPanel("monitoring_start"), FieldPanel("monitoring_periods")],
            heading=_("Monitoring calendar"),
        ),
        FieldPanel("context"),
        FieldPanel("english_summary"),
        InlinePanel("actions", heading=_("Actions"), label=_("Action")),
    ]
    override_translatable_fields = [
        SynchronizedField("approval_date"),
        SynchronizedField("monitoring_start"),
        SynchronizedField("monitoring_periods"),
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
        index.SearchField("search_taxonomy"),
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

    def shows_english_summary(self):
        """Whether the page shows its English summary: on the English page, and
        on a plan with no English version (its only text for other readers). A
        translation of an English plan leaves it out: its readers have the plan
        in their language, and the English page for the English."""
        if not (self.english_summary or "").strip():
            return False
        return self.is_english() or not self.has_english_version()

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
        if self.monitoring_start and self.monitoring_start.day != 1:
            errors["monitoring_start"] = _(
                "Monitoring periods start on a month's first day: enter e.g. %(day)s."
            ) % {"day": self.monitoring_start.replace(day=1).isoformat()}
        if errors:
            raise ValidationError(errors)

    def monitoring_calendar(self):
        """The plan's six-month periods (``regions.models.periods.Period``)."""
        return calendar(self.monitoring_start, self.monitoring_periods)

    def asks_for_reports_on(self, day):
        """Whether the plan's monitoring runs on ``day``: from its first period
        until the last report's deadline. A finished plan asks for nothing."""
        periods = self.monitoring_calendar()
        return periods[0].start <= day <= periods[-1].due_date

    @property
    def region(self):
        return self.get_parent().specific

    def get_taxonomy_labels(self):
        """The region and its country."""
        return self.region_labels(self.region)

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

    @translated_path(
        "progress",
        {
            "en": "progress/",
            "it": "avanzamento/",
            "es": "progreso/",
            "sv": "framsteg/",
            "pl": "postepy/",
        },
    )
    def progress_view(self, request):
        """Charts and statuses from the monitoring reports, with the page's privacy
        (Wagtail checks view restrictions before any route of the page runs), under
        a segment in the page's language (``home.translated_routes``)."""
        return self.render(
            request,
            template="regions/action_plan_progress.html",
            context_overrides={"is_progress_view": True},
        )
