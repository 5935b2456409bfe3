from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


class BasePage(Page):
    """Every public page: SEO and social-sharing fields on the Promote tab."""

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
        index.SearchField("search_description"),
        index.AutocompleteField("search_description"),
    ]

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("Social sharing"),
        ),
    ]

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.social_text

    def get_social_text(self):
        return self.social_text or self.search_description
