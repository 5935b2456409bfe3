"""A region's territorial brand page: story, values, visual identity, assets."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from branding.blocks import (
    BrandAssetBlock,
    BrandValueBlock,
    CampaignBlock,
)
from cms.api.fields import InlineList, PageLink
from home.models import BasePage
from home.search_weights import SUMMARY_BOOST


class BrandPage(BasePage):
    """A region's territorial brand: story, values, visual identity, assets."""

    # The region's profile links to it (regions.RegionPage.get_featured_pages).
    region_button = "secondary"

    brand_name = models.CharField(
        _("brand name"),
        max_length=120,
        help_text=_("The brand as it is written, e.g. “Emilia-Romagna Valley”."),
    )
    claim = models.CharField(
        _("claim"),
        max_length=200,
        blank=True,
        help_text=_("The brand's tagline, shown large under the title."),
    )
    story = RichTextField(
        _("brand story"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Where the brand comes from and what it promises."),
    )
    values = StreamField(
        [("value", BrandValueBlock())],
        blank=True,
        verbose_name=_("values"),
        help_text=_("The brand's values, each with a short explanation."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_("The brand's logo; its title is used as alternative text."),
    )
    typography = models.TextField(
        _("typography"),
        blank=True,
        help_text=_("Typefaces and where each is used, e.g. “Headings: Titillium”."),
    )
    assets = StreamField(
        [("asset", BrandAssetBlock())],
        blank=True,
        verbose_name=_("brand assets"),
        help_text=_("Downloadable files: logo packs, templates, the brand manual."),
    )
    usage_guidelines = RichTextField(
        _("usage guidelines"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Who may use the brand, and how (clear space, sizes, don'ts)."),
    )
    campaigns = StreamField(
        [("campaign", CampaignBlock())],
        blank=True,
        verbose_name=_("campaigns"),
        help_text=_("Campaigns that carried the brand."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("brand_name"),
        index.SearchField("claim", boost=SUMMARY_BOOST),
        index.SearchField("story"),
        index.SearchField("values"),
        index.SearchField("usage_guidelines"),
        index.SearchField("campaigns"),
        index.SearchField("search_taxonomy"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("brand_name"),
        FieldPanel("claim"),
        FieldPanel("story"),
        FieldPanel("values"),
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                InlinePanel("colours", label=_("Colour")),
                FieldPanel("typography"),
            ],
            heading=_("Visual identity"),
        ),
        FieldPanel("assets"),
        FieldPanel("usage_guidelines"),
        FieldPanel("campaigns"),
    ]

    api_fields = [
        APIField("region", serializer=PageLink(source_method="get_parent")),
        APIField("brand_name"),
        APIField("claim"),
        APIField("story"),
        APIField("values"),
        APIField("logo"),
        APIField("colours", serializer=InlineList("name", "hex", "usage")),
        APIField("typography"),
        APIField("assets"),
        APIField("usage_guidelines"),
        APIField("campaigns"),
    ]

    parent_page_types = ["regions.RegionPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("brand page")
        verbose_name_plural = _("brand pages")

    def get_taxonomy_labels(self):
        """What the page is ("brand page", in its language: a search for the
        territory's brand finds it) and the region with its country."""
        region = self.get_parent().specific if self.depth > 1 else None
        return [self._meta.verbose_name, *self.region_labels(region)]
