from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin

from cms.pagecache import shown_on_every_page


@shown_on_every_page
@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Language-independent settings of a site.

    The funding acknowledgement's words are translated, so they live in the
    translatable FooterText snippet; the emblem that must sit beside them is here.
    """

    site_name = models.CharField(
        _("site name"),
        max_length=100,
        default="COMPETE IN",
        help_text=_("Shown in the header and in page titles."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("The project's public contact address, shown in the footer."),
    )
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("funding emblem"),
        help_text=_(
            "The EU / Interreg emblem that Interreg visibility rules require "
            "on every page, beside the funding acknowledgement."
        ),
    )
    linkedin_url = models.URLField(
        "LinkedIn", blank=True, help_text=_("Full address of the LinkedIn page.")
    )
    facebook_url = models.URLField(
        "Facebook", blank=True, help_text=_("Full address of the Facebook page.")
    )
    x_url = models.URLField(
        "X", blank=True, help_text=_("Full address of the X profile.")
    )
    youtube_url = models.URLField(
        "YouTube", blank=True, help_text=_("Full address of the YouTube channel.")
    )

    panels = [
        FieldPanel("site_name"),
        FieldPanel("contact_email"),
        FieldPanel("emblem"),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]


@shown_on_every_page
class FooterText(TranslatableMixin, models.Model):
    """The footer's words, one per language: translated with wagtail-localize."""

    funding_acknowledgement = models.TextField(
        _("funding acknowledgement"),
        help_text=_(
            "The sentence Interreg visibility rules require on every page, "
            "e.g. 'Co-funded by the European Union – Interreg Europe'."
        ),
    )
    note = RichTextField(
        _("footer note"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Optional extra words under the acknowledgement."),
    )

    panels = [FieldPanel("funding_acknowledgement"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return f"{self.funding_acknowledgement[:60]} ({self.locale.language_code})"

    @classmethod
    def for_active_locale(cls):
        """The active language's footer, falling back to the default language's."""
        active = get_supported_content_language_variant(get_language())
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        texts = {
            text.locale.language_code: text
            for text in cls.objects.filter(
                locale__language_code__in={active, default}
            ).select_related("locale")
        }
        return texts.get(active) or texts.get(default)
