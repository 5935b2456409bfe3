from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.search_weights import SUMMARY_BOOST
from home.section_blocks import HomeSectionsBlock

from .base import BasePage


class HomePage(BasePage):
    hero_title = models.CharField(
        _("hero title"),
        max_length=200,
        help_text=_("The large headline at the top of the home page."),
    )
    hero_text = models.TextField(
        _("hero text"),
        blank=True,
        help_text=_("One or two sentences under the headline."),
    )
    hero_cta_label = models.CharField(
        _("hero button label"),
        max_length=60,
        blank=True,
        help_text=_("The words on the headline's button; leave empty for no button."),
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero button page"),
        help_text=_("Where the headline's button goes."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short introduction to the project, shown under the headline."),
    )
    sections = StreamField(
        HomeSectionsBlock(),
        blank=True,
        verbose_name=_("sections"),
        help_text=_(
            "What the home page offers under the introduction: ways into the site, "
            "key figures, the map of the partner regions and featured pages. A "
            "section you leave empty is filled automatically."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Free content: headings, paragraphs, images, quotes and calls to action."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("sections"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "regions.RegionIndexPage",
        "branding.InvestIndexPage",
        "practices.PracticeIndexPage",
        "practices.EventIndexPage",
        "practices.PracticeCollectionPage",
        "search.SearchCollectionPage",
        "practices.LearningNetworkPage",
        "home.OpenDataPage",
    ]
    api_fields = [
        APIField("hero_title"),
        APIField("hero_text"),
        APIField("hero_image"),
        APIField("intro"),
        APIField("sections"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def section_stylesheets(self):
        """The stylesheets the sections need beyond the site's (the map's)."""
        from home.sections import home_map

        found = home_map()
        if found and found.stylesheet:
            if any(block.block_type == "partner_map" for block in self.sections):
                return [found.stylesheet]
        return []

    def get_hero_cta_url(self):
        if self.hero_cta_page_id and self.hero_cta_page:
            return self.hero_cta_page.localized.url
        return ""


class StandardPage(BasePage):
    """About, legal notice, accessibility statement and similar pages."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short summary shown in larger type under the title."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The page's content."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    api_fields = [APIField("intro"), APIField("body")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=SUMMARY_BOOST),
        index.SearchField("body"),
    ]

    def get_search_snippet_text(self):
        parts = [self.intro]
        parts += [
            str(block.value.source if hasattr(block.value, "source") else "")
            for block in self.body
            if block.block_type == "paragraph"
        ]
        return " ".join(p for p in parts if p)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class OpenDataPage(BasePage):
    """ "Open data": the API and the downloads, with every field explained.

    The lists of datasets, columns and API endpoints come from the code that
    serves them (``cms.opendata``, ``cms.api.docs``), so the page cannot describe
    a field that does not exist; editors write the introduction and the terms.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("What the open data is for, in two or three sentences."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("terms of reuse"),
        help_text=_(
            "The licence and how to credit the source; shown above the datasets."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open data page")
        verbose_name_plural = _("open data pages")

    def get_datasets(self):
        from cms.opendata.catalogue import catalogue

        return catalogue(self.locale.language_code)

    def get_endpoints(self, request):
        from cms.api.docs import endpoints, parameters

        return endpoints(request, self.locale.language_code), parameters()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        endpoints, parameters = self.get_endpoints(request)
        context.update(
            datasets=self.get_datasets(),
            endpoints=endpoints,
            parameters=parameters,
        )
        return context
