"""Inline children of brand and showcase pages."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from branding.colours import best_text_colour, contrast_report, validate_hex_colour
from branding.panels import ContrastPanel

COORDINATE_HELP = _("Decimal degrees, e.g. 44.6983 (latitude) and 10.6312 (longitude).")


def whole_number(value):
    """1500000.00 → “1,500,000” in the visitor's number format."""
    if value is None:
        return ""
    return number_format(
        Decimal(format(value.normalize(), "f")), use_l10n=True, force_grouping=True
    )


class BrandColour(TranslatableMixin, Orderable):
    """A colour of the brand palette; the code is the same in every language."""

    page = ParentalKey(
        "branding.BrandPage", on_delete=models.CASCADE, related_name="colours"
    )
    name = models.CharField(
        _("name"),
        max_length=60,
        help_text=_("What the brand calls the colour, e.g. “Terracotta red”."),
    )
    hex = models.CharField(
        _("colour code"),
        max_length=7,
        validators=[validate_hex_colour],
        help_text=_("# followed by six hexadecimal digits, e.g. #B03A2E."),
    )
    usage = models.CharField(
        _("usage"),
        max_length=200,
        blank=True,
        help_text=_("Where the colour is used, e.g. “Headlines and buttons”."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("hex")]),
        FieldPanel("usage"),
        ContrastPanel(heading=_("Contrast")),
    ]
    override_translatable_fields = [SynchronizedField("hex")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("palette colour")
        verbose_name_plural = _("palette colours")

    def __str__(self):
        return f"{self.name} ({self.hex})"

    def save(self, *args, **kwargs):
        self.hex = (self.hex or "").upper()
        super().save(*args, **kwargs)

    @cached_property
    def contrast(self):
        return contrast_report(self.hex)

    @property
    def text_colour(self):
        return best_text_colour(self.hex)


class ShowcaseSector(TranslatableMixin, Orderable):
    """A sector the showcase targets (translated to the sector in each language)."""

    page = ParentalKey(
        "branding.ShowcasePage",
        on_delete=models.CASCADE,
        related_name="showcase_sectors",
    )
    sector = models.ForeignKey(
        "regions.Sector",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("sector"),
        help_text=_("A sector the territory wants investors in."),
    )

    panels = [FieldPanel("sector")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("target sector")
        verbose_name_plural = _("target sectors")


class Incentive(TranslatableMixin, Orderable):
    class Kind(models.TextChoices):
        GRANT = "grant", _("Grant")
        TAX_RELIEF = "tax_relief", _("Tax relief")
        LOAN = "loan", _("Loan")
        GUARANTEE = "guarantee", _("Guarantee")
        SERVICE = "service", _("Service")

    page = ParentalKey(
        "branding.ShowcasePage", on_delete=models.CASCADE, related_name="incentives"
    )
    name = models.CharField(
        _("name"), max_length=200, help_text=_("The incentive's name.")
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("What form the support takes."),
    )
    max_amount_eur = models.DecimalField(
        _("maximum amount (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("The most a single investor can receive, in euros (optional)."),
    )
    eligibility = models.TextField(
        _("eligibility"),
        blank=True,
        help_text=_("Who can apply and on which conditions, e.g. “R&D ≥ €2 m”."),
    )
    link = models.URLField(
        _("link"), blank=True, help_text=_("The official page of the incentive.")
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldPanel("max_amount_eur"),
        FieldPanel("eligibility"),
        FieldPanel("link"),
    ]
    override_translatable_fields = [
        SynchronizedField("max_amount_eur"),
        SynchronizedField("link"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("incentive")
        verbose_name_plural = _("incentives")

    def __str__(self):
        return self.name

    @property
    def display_amount(self):
        return whole_number(self.max_amount_eur)


class InvestmentSite(TranslatableMixin, Orderable):
    class Kind(models.TextChoices):
        GREENFIELD = "greenfield", _("Greenfield")
        BROWNFIELD = "brownfield", _("Brownfield")
        REAL_ESTATE = "real_estate", _("Real estate")
        RESEARCH_CENTRE = "research_centre", _("Research centre")

    class Availability(models.TextChoices):
        AVAILABLE = "available", _("Available now")
        SOON = "soon", _("Available within a year")
        NEGOTIATION = "negotiation", _("Under negotiation")

    page = ParentalKey(
        "branding.ShowcasePage",
        on_delete=models.CASCADE,
        related_name="investment_sites",
    )
    name = models.CharField(_("name"), max_length=200, help_text=_("The site's name."))
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("Greenfield from 10,000 m², brownfield from 1,000 m²."),
    )
    area_m2 = models.PositiveIntegerField(
        _("area (m²)"), help_text=_("The site's surface in square metres.")
    )
    municipality = models.CharField(
        _("municipality"), max_length=120, help_text=_("Where the site is.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=COORDINATE_HELP,
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=COORDINATE_HELP,
    )
    availability = models.CharField(
        _("availability"),
        max_length=20,
        choices=Availability.choices,
        default=Availability.AVAILABLE,
        help_text=_("When an investor can start using the site."),
    )
    admissible_uses = models.CharField(
        _("admissible uses"),
        max_length=250,
        blank=True,
        help_text=_("What the zoning allows, e.g. “Production, logistics, offices”."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("area_m2"), FieldPanel("municipality")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldRowPanel([FieldPanel("availability"), FieldPanel("admissible_uses")]),
    ]
    override_translatable_fields = [
        SynchronizedField("area_m2"),
        SynchronizedField("municipality"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("investment site")
        verbose_name_plural = _("investment sites")

    def __str__(self):
        return self.name

    @property
    def display_area(self):
        return number_format(self.area_m2, use_l10n=True, force_grouping=True)


class SuccessStory(TranslatableMixin, Orderable):
    page = ParentalKey(
        "branding.ShowcasePage",
        on_delete=models.CASCADE,
        related_name="success_stories",
    )
    investor = models.CharField(
        _("investor"), max_length=200, help_text=_("The investing company.")
    )
    country_of_origin = models.CharField(
        _("country of origin"),
        max_length=100,
        help_text=_("Where the investor comes from, e.g. “Japan”."),
    )
    amount_invested_eur = models.DecimalField(
        _("amount invested (EUR)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("In euros (optional)."),
    )
    jobs_created = models.PositiveIntegerField(
        _("jobs created"), null=True, blank=True, help_text=_("Optional.")
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("When the investment was made.")
    )
    quote = models.TextField(
        _("quote"),
        blank=True,
        help_text=_("What the investor says about the territory."),
    )
    quote_by = models.CharField(
        _("quote by"),
        max_length=200,
        blank=True,
        help_text=_("Who said it, and their role."),
    )

    panels = [
        FieldRowPanel([FieldPanel("investor"), FieldPanel("country_of_origin")]),
        FieldRowPanel(
            [
                FieldPanel("amount_invested_eur"),
                FieldPanel("jobs_created"),
                FieldPanel("year"),
            ]
        ),
        FieldPanel("quote"),
        FieldPanel("quote_by"),
    ]
    override_translatable_fields = [
        SynchronizedField("investor"),
        SynchronizedField("amount_invested_eur"),
        SynchronizedField("jobs_created"),
        SynchronizedField("year"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def __str__(self):
        return self.investor

    @property
    def display_amount(self):
        return whole_number(self.amount_invested_eur)
