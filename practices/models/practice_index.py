"""The good-practice library's index page: listing, exports and feeds."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail_localize.fields import SynchronizedField

from cms.access import visible_pages
from home.models import BasePage


class PracticeIndexPage(RoutablePageMixin, BasePage):
    """ "Good practices": the searchable, faceted library of practices."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short text above the library explaining what it holds."),
    )
    per_page = models.PositiveSmallIntegerField(
        _("practices per page"),
        default=12,
        help_text=_("How many practices one page of the listing shows."),
    )

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice"),
        help_text=_(
            "The page that explains how the questions sent from the practices' "
            "forms are handled; their consent box links to it."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("privacy_page"),
    ]
    settings_panels = [*BasePage.settings_panels, FieldPanel("per_page")]
    api_fields = [APIField("intro")]
    override_translatable_fields = [
        SynchronizedField("per_page"),
        SynchronizedField("privacy_page"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice index page")

    def get_context(self, request, *args, **kwargs):
        from ..library import Library

        context = super().get_context(request, *args, **kwargs)
        library = Library(self, request)
        # Counted and listed only when the template asks: a part of the page kept
        # for the visitor's audience (cms.fragments) needs neither.
        context["library"] = SimpleLazyObject(library.resolve)
        context["library_key"] = library.fragment_key()
        context["collections"] = self.get_collections(request)
        return context

    def get_collections(self, request):
        """The saved collections next to the library, in its language."""
        from .collections import PracticeCollectionPage

        return list(
            visible_pages(
                request,
                PracticeCollectionPage.objects.sibling_of(self, inclusive=False),
                locale=self.locale_id,
            )
            .defer_streamfields()
            .order_by("path")
        )

    @path("export/csv/", name="export_csv")
    def export_csv(self, request):
        from ..exports import csv_response

        return csv_response(self, request)

    @path("export/json/", name="export_json")
    def export_json(self, request):
        from ..exports import json_response

        return json_response(self, request)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from ..feeds import PracticeRssFeed

        return PracticeRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from ..feeds import PracticeAtomFeed

        return PracticeAtomFeed(self)(request)
