"""Inline children of a region page: sectors, key figures, stakeholder group."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class RegionSector(TranslatableMixin, Orderable):
    """A sector the region is strong in.

    A translatable through-model rather than a many-to-many field: wagtail-localize
    then points each translated region at the sector's translation in its language.
    """

    page = ParentalKey(
        "regions.RegionPage", on_delete=models.CASCADE, related_name="region_sectors"
    )
    sector = models.ForeignKey(
        "regions.Sector",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("sector"),
        help_text=_("A sector the territory is strong in."),
    )

    panels = [FieldPanel("sector")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class RegionKeyFigure(TranslatableMixin, Orderable):
    """A figure such as “Exports: 66 bn EUR (2023)”; only the label is translated."""

    page = ParentalKey(
        "regions.RegionPage", on_delete=models.CASCADE, related_name="key_figures"
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        help_text=_("What the figure measures, e.g. “Exports”."),
    )
    value = models.DecimalField(
        _("value"),
        max_digits=16,
        decimal_places=2,
        help_text=_("The number itself, without unit, e.g. 66.3."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=30,
        blank=True,
        help_text=_("The unit, e.g. “bn EUR”, “%”, “inhabitants”; may be empty."),
    )
    year = models.PositiveSmallIntegerField(
        _("reference year"),
        validators=[MinValueValidator(1900)],
        help_text=_("The year the figure refers to."),
    )
    source = models.CharField(
        _("source"),
        max_length=200,
        blank=True,
        help_text=_("Where the figure comes from, e.g. “Eurostat”."),
    )

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("year")]),
        FieldPanel("source"),
    ]
    override_translatable_fields = [
        SynchronizedField("value"),
        SynchronizedField("unit"),
        SynchronizedField("year"),
        SynchronizedField("source"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.label}: {self.display_value}"

    @property
    def display_value(self):
        """The value in the visitor's number format, without trailing zeros:
        66.30 → “66.3” (“66,3” in Italian), 1200000.00 → “1,200,000”."""
        plain = Decimal(format(self.value.normalize(), "f"))
        return number_format(plain, use_l10n=True, force_grouping=True)


class StakeholderMember(TranslatableMixin, Orderable):
    """A member of the region's Local Stakeholder Group."""

    class Category(models.TextChoices):
        PUBLIC_BODY = "public_body", _("Public body")
        UNIVERSITY = "university", _("University")
        RESEARCH = "research", _("Research or innovation centre")
        TRADE_ASSOCIATION = "trade_association", _("Trade association")
        CHAMBER = "chamber", _("Chamber of commerce")
        CULTURAL = "cultural", _("Cultural actor")
        SOCIAL = "social", _("Social actor")
        COMPANY = "company", _("Company")

    page = ParentalKey(
        "regions.RegionPage",
        on_delete=models.CASCADE,
        related_name="stakeholders",
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        help_text=_("The member organisation's name."),
    )
    category = models.CharField(
        _("category"),
        max_length=30,
        choices=Category.choices,
        help_text=_("What kind of organisation it is."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The organisation's website (optional).")
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("What the member brings to the group, in a few words."),
    )

    panels = [
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("category")]),
        FieldPanel("website"),
        FieldPanel("role"),
    ]
    # The organisation's name is translated: a Polish institution has its Polish
    # name on Polish pages; a proper name is kept as it is.
    override_translatable_fields = [
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("stakeholder group member")
        verbose_name_plural = _("stakeholder group members")

    def __str__(self):
        return self.organisation
