"""The actions of a Local Action Plan and their indicators.

Translatable inline children of the plan page (``ActionPlanPage.actions`` →
``PlanAction.indicators`` / ``PlanAction.inspiring_practices``); numbers and dates
are synchronised across translations.
"""

from decimal import Decimal

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
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from .action_plans import RICH_TEXT


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
