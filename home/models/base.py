from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from home.search_weights import SUMMARY_BOOST


class BasePage(Page):
    """Every public page: a picture, and SEO and social-sharing fields on the
    Promote tab."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("picture"),
        help_text=_(
            "Shown wide at the top of the page and cropped on its card in listings. "
            "The image's description is its alternative text; set its focal point "
            "in the image's own edit screen so that every crop keeps what matters."
        ),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("social sharing image"),
        help_text=_(
            "Shown when the page is shared on social media; 1200×630 px works best."
        ),
    )
    social_text = models.CharField(
        _("social sharing text"),
        max_length=300,
        blank=True,
        help_text=_(
            "The text shown when the page is shared; defaults to the search "
            "description."
        ),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("search_description", boost=SUMMARY_BOOST),
        index.AutocompleteField("search_description"),
    ]

    content_panels = [*Page.content_panels, FieldPanel("hero_image")]

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("Social sharing"),
        ),
    ]

    class Meta:
        abstract = True

    def search_taxonomy(self):
        """The page's classification (pillar, sector, topics, level, kind of
        event, region, country) as words in the page's language.

        A page model puts ``index.SearchField("search_taxonomy")`` in its
        ``search_fields`` and lists its labels in ``get_taxonomy_labels``, so
        that "branding", "ceramica" or "logistyka" find the pages tagged so.
        Choice labels are lazily translated: they are read in the page's
        language, whatever language the indexing runs in.
        """
        with translation.override(self.locale.language_code):
            labels = [str(label) for label in self.get_taxonomy_labels() if label]
        return " ".join(labels)

    def get_taxonomy_labels(self):
        """The labels ``search_taxonomy`` reads; none on a plain page."""
        return []

    @staticmethod
    def region_labels(region):
        """A region page's name and country, for ``get_taxonomy_labels``."""
        if region is None or not hasattr(region, "get_country_display"):
            return []
        return [region.title, region.get_country_display()]

    def get_meta_description(self):
        return self.search_description or self.social_text

    def get_social_image(self):
        """The picture shared on social media: the sharing image, else the page's."""
        return self.social_image or self.hero_image

    def get_social_text(self):
        return self.social_text or self.search_description
