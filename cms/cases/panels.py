"""Dashboard panels that drive the day's work: new and unassigned cases, my open
cases, overdue cases and actions, monitoring reports due.

Each panel says how many items it holds, lists the first ones (the most urgent
first) and links to the case listings filtered the same way, so nothing is hidden
behind a cut-off. Cases come through the access layer (``viewer.cases``): a panel
never lists what the user may not open.

Apps contribute rows through the hooks ``competein_overdue_items`` and
``competein_reports_due``: each hook function takes the request and returns a
list of dicts {"label", "url", "due_date", "detail"} (only what the user may
open). Their rows are all shown, the first ones at once and the rest behind a
"show more" fold, as they have no listing of their own to link to.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from cms.access import viewer_for
from cms.cases.registry import CASE_MODELS
from cms.cases.views import quick_filter_query

PANEL_LIMIT = 10


def _case_row(case):
    return {
        "label": str(case),
        "url": reverse(case.snippet_viewset.get_url_name("inspect"), args=[case.pk]),
        "due_date": case.due_date,
        "detail": case.status_label(),
    }


def _by_due_date(row):
    return (row["due_date"] is None, row["due_date"] or timezone.localdate())


def _open_states(model):
    return [s for s in model.workflow.labels if not model.workflow.is_closed(s)]


class CasePanel(Component):
    """A panel of cases of every registered type, scoped to the user."""

    template_name = "cms/cases/dashboard_panel.html"
    title = ""
    empty_text = ""

    def __init__(self, request):
        self.request = request
        self.viewer = viewer_for(request)

    def cases(self, model):
        """The panel's cases of ``model`` (scoped), most urgent first."""
        raise NotImplementedError

    def filters(self, model):
        """The case listing's query that shows the same cases."""
        raise NotImplementedError

    def extra_rows(self):
        return []

    def get_context_data(self, parent_context=None):
        rows, links, total = [], [], 0
        for model in CASE_MODELS:
            queryset = self.cases(model)
            first = list(queryset[: PANEL_LIMIT + 1])
            count = len(first) if len(first) <= PANEL_LIMIT else queryset.count()
            if not count:
                continue
            total += count
            rows += [_case_row(case) for case in first[:PANEL_LIMIT]]
            url = reverse(model.snippet_viewset.get_url_name("list"))
            links.append(
                {
                    "label": model._meta.verbose_name_plural,
                    "count": count,
                    "url": f"{url}?{urlencode(self.filters(model))}",
                }
            )
        extra = self.extra_rows()
        total += len(extra)
        rows = sorted(rows, key=_by_due_date)[:PANEL_LIMIT] + sorted(
            extra, key=_by_due_date
        )
        return {
            "title": self.title,
            "total": total,
            "rows": rows[:PANEL_LIMIT],
            "more_rows": rows[PANEL_LIMIT:],
            "links": links,
            "empty_text": self.empty_text,
            "panel_id": self.name,
        }


class NewCasesPanel(CasePanel):
    name = "new_cases"
    order = 89
    title = _("New and unassigned")
    empty_text = _("No new case waits for someone to take it.")

    def cases(self, model):
        return (
            self.viewer.cases(model.objects.all())
            .filter(status=model.workflow.initial, assignee__isnull=True)
            .order_by("due_date", "created_at")
        )

    def filters(self, model):
        return quick_filter_query(model, self.request.user, "new")


class MyOpenCasesPanel(CasePanel):
    name = "my_open_cases"
    order = 90
    title = _("My open cases")
    empty_text = _("No open case is assigned to you.")

    def cases(self, model):
        return (
            self.viewer.cases(model.objects.all())
            .filter(assignee=self.request.user, status__in=_open_states(model))
            .order_by("due_date", "-updated_at")
        )

    def filters(self, model):
        return quick_filter_query(model, self.request.user, "mine")


class OverduePanel(CasePanel):
    name = "overdue_cases"
    order = 91
    title = _("Overdue cases and actions")
    empty_text = _("Nothing is overdue.")

    def cases(self, model):
        return (
            self.viewer.cases(model.objects.all())
            .filter(due_date__lt=timezone.localdate(), status__in=_open_states(model))
            .order_by("due_date")
        )

    def filters(self, model):
        return quick_filter_query(model, self.request.user, "overdue")

    def extra_rows(self):
        rows = []
        for fn in hooks.get_hooks("competein_overdue_items"):
            rows += fn(self.request)
        return rows


class ReportsDuePanel(CasePanel):
    name = "reports_due"
    order = 92
    title = _("Monitoring reports due")
    empty_text = _("No monitoring report is due.")

    def cases(self, model):
        return model.objects.none()

    def extra_rows(self):
        rows = []
        for fn in hooks.get_hooks("competein_reports_due"):
            rows += fn(self.request)
        return rows


@hooks.register("construct_homepage_panels")
def add_case_panels(request, panels):
    viewer = viewer_for(request)
    if viewer.sees_every_case or viewer.case_region_ids:
        panels += [
            NewCasesPanel(request),
            MyOpenCasesPanel(request),
            OverduePanel(request),
        ]
    panels.append(ReportsDuePanel(request))
