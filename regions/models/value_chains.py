"""A region's value chains: one page per chain, under the region page."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.api.fields import ObjectFields, PageLink
from home.models import BasePage
from home.search_weights import SUMMARY_BOOST
from regions.blocks import ChainStageBlock, KeyCompanyBlock, RelatedPageBlock


class ValueChainPage(BasePage):
    """One of a region's value chains: stages, actors, trends and figures."""

    sector = models.ForeignKey(
        "regions.Sector",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sector"),
        help_text=_("The sector this value chain belongs to."),
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("Two or three sentences: what the chain makes and why it matters."),
    )
    stages = StreamField(
        [("stage", ChainStageBlock())],
        blank=True,
        verbose_name=_("stages"),
        help_text=_("The steps of the chain in order, each with its key actors."),
    )
    market_trends = RichTextField(
        _("market trends"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Where the market is going: demand, technology, competitors."),
    )
    companies = models.PositiveIntegerField(
        _("companies"),
        null=True,
        blank=True,
        help_text=_("How many companies work in the chain in the territory."),
    )
    employees = models.PositiveIntegerField(
        _("employees"),
        null=True,
        blank=True,
        help_text=_("How many people the chain employs in the territory."),
    )
    export_share = models.DecimalField(
        _("export share (%)"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("The share of the chain's turnover earned abroad, in per cent."),
    )
    figures_year = models.PositiveSmallIntegerField(
        _("year of the figures"),
        null=True,
        blank=True,
        help_text=_("The year the companies, employees and export share refer to."),
    )
    key_companies = StreamField(
        [("company", KeyCompanyBlock())],
        blank=True,
        verbose_name=_("key companies"),
        help_text=_("Leading companies of the chain in the territory."),
    )
    related_pages = StreamField(
        [("related", RelatedPageBlock())],
        blank=True,
        verbose_name=_("related pages"),
        help_text=_("Good practices, showcases or other pages worth reading next."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=SUMMARY_BOOST),
        index.SearchField("stages"),
        index.SearchField("market_trends"),
        index.SearchField("key_companies"),
        index.SearchField("search_taxonomy"),
        index.FilterField("sector"),  # the search facets filter on it
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("sector"),
        FieldPanel("summary"),
        FieldPanel("stages"),
        FieldPanel("market_trends"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("companies"),
                        FieldPanel("employees"),
                        FieldPanel("export_share"),
                        FieldPanel("figures_year"),
                    ]
                )
            ],
            heading=_("Figures"),
        ),
        FieldPanel("key_companies"),
        FieldPanel("related_pages"),
    ]
    override_translatable_fields = [
        SynchronizedField("companies"),
        SynchronizedField("employees"),
        SynchronizedField("export_share"),
        SynchronizedField("figures_year"),
        SynchronizedField("related_pages"),
    ]

    api_fields = [
        APIField("region", serializer=PageLink()),
        APIField("sector", serializer=ObjectFields("code", "name")),
        APIField("summary"),
        APIField("stages"),
        APIField("market_trends"),
        APIField("companies"),
        APIField("employees"),
        APIField("export_share"),
        APIField("figures_year"),
        APIField("key_companies"),
        APIField("related_pages"),
    ]

    parent_page_types = ["regions.RegionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("value chain page")
        verbose_name_plural = _("value chain pages")

    @property
    def region(self):
        return self.get_parent().specific

    def get_taxonomy_labels(self):
        """The sector, and the region with its country."""
        sector = self.sector.name if self.sector_id else ""
        return [sector, *self.region_labels(self.region)]
