"""LearningNetworkPage: the public graph of who learned what from whom."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField

from home.models import BasePage

from .taxonomy import Pillar


class LearningNetworkPage(BasePage):
    """The partner regions and what they learned from each other, drawn on the
    server (an SVG and the same data as a table), filtered by GET parameters."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "A short text above the network. The network itself is built from "
            "public facts only: published exchange activities and the actions of "
            "published action plans inspired by a practice. Transfer cases are "
            "internal and appear only in the lead partner's admin view."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("learning network page")

    def get_graph(self, request, filters):
        from ..network import build

        return build(self.locale, request, filters)

    def get_context(self, request, *args, **kwargs):
        from ..network import LINK_KINDS, PUBLIC_KINDS, Filters

        context = super().get_context(request, *args, **kwargs)
        filters = Filters.from_query(request.GET)
        graph = self.get_graph(request, filters)
        context.update(
            graph=graph,
            filters=filters,
            pillars=Pillar.choices,
            kinds=[(kind, LINK_KINDS[kind]) for kind in PUBLIC_KINDS],
            totals=graph.totals(),
        )
        return context
