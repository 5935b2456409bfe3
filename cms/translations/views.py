"""The translation status view: regions × languages, and the pages behind a
count (``cms.translations.status``)."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.access import viewer_for

from .status import SHARED, STATE_LABELS, STATES, TranslationStatus

PER_PAGE = 50


class StatusFilterForm(forms.Form):
    """Which pages to list under the table; every filter is optional."""

    region = forms.CharField(
        required=False,
        label=_("Region"),
        help_text=_("A region of the table, or the shared pages."),
    )
    language = forms.ChoiceField(
        required=False,
        label=_("Language"),
        help_text=_("The language of the translations."),
    )
    state = forms.ChoiceField(
        required=False,
        label=_("State"),
        choices=[("", _("Any state"))] + [(s, STATE_LABELS[s]) for s in STATES],
        help_text=_("Missing, outdated, in review or up to date."),
    )

    def __init__(self, *args, status, **kwargs):
        super().__init__(*args, **kwargs)
        self.status = status
        self.fields["language"].choices = [("", _("Any language"))] + [
            (locale.language_code, locale.get_display_name())
            for locale in status.locales
        ]
        self.region_choices = {row.key: row.title for row in status.rows}

    def clean_region(self):
        region = self.cleaned_data["region"]
        if region and region not in self.region_choices:
            raise forms.ValidationError(
                _("There is no such region in your translations.")
            )
        return region


def status_url(**query):
    query = {key: value for key, value in query.items() if value}
    url = reverse("competein_translation_status")
    return f"{url}?{urlencode(query)}" if query else url


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "cms/translations/status.html"
    page_title = _("Translations")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        if not viewer_for(request).follows_translations:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        self.status = TranslationStatus(viewer_for(request))
        self.form = StatusFilterForm(request.GET or None, status=self.status)
        context = self.get_context_data(**kwargs)
        return self.render_to_response(
            context, status=400 if self.form.is_bound and self.form.errors else 200
        )

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def _table(self):
        status = self.status
        rows = []
        for row in status.rows:
            cells = []
            for locale in status.locales:
                counts = row.cells.get(locale.pk, {})
                cells.append(
                    [
                        {
                            "state": state,
                            "label": STATE_LABELS[state],
                            "count": counts.get(state, 0),
                            "url": status_url(
                                region=row.key,
                                language=locale.language_code,
                                state=state,
                            ),
                        }
                        for state in STATES
                        if counts.get(state)
                    ]
                )
            rows.append({"key": row.key, "title": row.title, "cells": cells})
        totals = []
        for locale in status.locales:
            counts = status.totals(locale)
            totals.append(
                [
                    {
                        "state": state,
                        "label": STATE_LABELS[state],
                        "count": counts[state],
                        "url": status_url(language=locale.language_code, state=state),
                    }
                    for state in STATES
                    if counts[state]
                ]
            )
        return rows, totals

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows, totals = self._table()
        filters = {}
        if self.form.is_bound and self.form.is_valid():
            filters = {
                key: value for key, value in self.form.cleaned_data.items() if value
            }
        items = self.status.select(**filters) if filters else []
        paginator = Paginator(items, PER_PAGE)
        page = paginator.get_page(self.request.GET.get("p"))
        query = {key: value for key, value in self.request.GET.items() if key != "p"}
        context.update(
            {
                "status": self.status,
                "locales": self.status.locales,
                "rows": rows,
                "totals": totals,
                "overall": self.status.totals(),
                "states": [(state, STATE_LABELS[state]) for state in STATES],
                "form": self.form,
                "filters": filters,
                "items": page,
                "page_query": urlencode(query),
                "region_title": self.form.region_choices.get(filters.get("region")),
                "shared_key": SHARED,
                "source_language": dict(settings.LANGUAGES).get(
                    self.status.default.language_code
                ),
            }
        )
        return context
