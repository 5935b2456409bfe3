from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Sector(TranslatableMixin, index.Indexed, models.Model):
    """An economic sector (automotive, ceramics, food, ...), shared by every region.

    The ``code`` is the same in every language, so a filter such as
    ``?sector=food`` means the same thing on the Italian and the Polish site.
    """

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("The sector's name as visitors read it, e.g. “Agri-food”."),
    )
    code = models.SlugField(
        _("code"),
        max_length=50,
        help_text=_(
            "A short, language-independent identifier used in web addresses, "
            "e.g. “agri-food”. The same in every language."
        ),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("One or two sentences on what the sector covers (optional)."),
    )

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("description")]
    override_translatable_fields = [SynchronizedField("code")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["code", "locale"], name="regions_sector_unique_code_locale"
            )
        ]

    def __str__(self):
        return self.name
