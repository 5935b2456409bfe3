from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.regional import region_of


class RegionGovernanceQuerySet(models.QuerySet):
    def for_page(self, page):
        """The governance of the region ``page`` sits in (any of its languages),
        or None; remembered on the page for the rest of the request."""
        cache_attr = "_competein_region_governance"
        if hasattr(page, cache_attr):
            return getattr(page, cache_attr)
        region = region_of(page)
        governance = None
        if region is not None:
            governance = (
                self.filter(region__translation_key=region.translation_key)
                .select_related("editors", "coordinators", "stakeholders")
                .first()
            )
        if isinstance(page, Page):
            setattr(page, cache_attr, governance)
        return governance


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

    objects = RegionGovernanceQuerySet.as_manager()

    class Meta:
        verbose_name = _("region governance")
        verbose_name_plural = _("region governance")

    def __str__(self):
        return str(self.region)

    @property
    def regional_groups(self):
        return [self.editors, self.coordinators, self.stakeholders]
