"""Dashboard panels of the practices' validation: an author follows the level of
each practice they wrote; a thematic expert sees what awaits their opinion."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from cms.access import viewer_for

from .models import PracticePage
from .validation import awaiting_opinion

PANEL_LIMIT = 10


def _row(practice, detail):
    return {
        "label": practice.title,
        "url": reverse("practices_validation", args=[practice.pk]),
        "due_date": None,
        "detail": detail,
    }


class ValidationPanel(Component):
    template_name = "cms/cases/dashboard_panel.html"

    def __init__(self, name, order, title, empty_text, rows, total):
        self.name, self.order, self.title = name, order, title
        self.empty_text, self.rows, self.total = empty_text, rows, total

    def get_context_data(self, parent_context=None):
        return {
            "title": self.title,
            "total": self.total,
            "rows": self.rows,
            "more_rows": [],
            "links": [],
            "empty_text": self.empty_text,
            "panel_id": self.name,
        }


@hooks.register("construct_homepage_panels")
def add_validation_panels(request, panels):
    user = request.user
    # One query: the author's practices (the source language holds the level).
    mine = list(
        PracticePage.objects.filter(
            owner=user, locale__language_code=settings.LANGUAGE_CODE
        )
        .only("pk", "title", "validation_status")
        .order_by("-latest_revision_created_at")[: PANEL_LIMIT + 1]
    )
    if mine:
        panels.append(
            ValidationPanel(
                "practice_validation",
                95,
                _("Validation of your practices"),
                "",
                [
                    _row(p, p.get_validation_status_display())
                    for p in mine[:PANEL_LIMIT]
                ],
                len(mine) if len(mine) <= PANEL_LIMIT else f"{PANEL_LIMIT}+",
            )
        )
    if viewer_for(request).is_thematic_expert:
        waiting = list(awaiting_opinion(user)[: PANEL_LIMIT + 1])
        panels.append(
            ValidationPanel(
                "awaiting_opinion",
                88,
                _("Practices awaiting your opinion"),
                _("No practice awaits your opinion."),
                [_row(p, p.get_pillar_display()) for p in waiting[:PANEL_LIMIT]],
                len(waiting) if len(waiting) <= PANEL_LIMIT else f"{PANEL_LIMIT}+",
            )
        )
