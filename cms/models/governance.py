from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionGovernance(models.Model):
    """The groups and collections that ``setup_governance`` made for one region.

    Keyed by the region's source-language page: its translations share the groups
    (found through the page's ``translation_key``). Storing the links, rather than
    finding groups by name, lets a region be renamed without losing its people.
    """

    region = models.OneToOneField(
        settings.COMPETEIN_REGION_PAGE_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("region"),
        help_text=_("The region page in the source language."),
    )
    editors = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="+", verbose_name=_("editors")
    )
    coordinators = models.OneToOneField(
        Group,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("coordinators"),
    )
    stakeholders = models.OneToOneField(
        Group,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("stakeholders"),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("collection"),
    )
    internal_collection = models.OneToOneField(
        "wagtailcore.Collection",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("internal collection"),
    )

    class Meta:
        verbose_name = _("region governance")
        verbose_name_plural = _("region governance")

    def __str__(self):
        return str(self.region)

    @property
    def regional_groups(self):
        return [self.editors, self.coordinators, self.stakeholders]
