"""Admin traceability views: a practice's transfer cases and the actions it
inspired; a region's actions and the practices behind them."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.governance import source_region
from regions.models import RegionPage

from .models import PracticePage
from .traceability import practice_trace_admin, region_trace


def _page(model, pk):
    page = Page.objects.filter(pk=pk).first()
    if page is None or page.specific_class is not model:
        raise Http404(_("There is no such page."))
    return page.specific


def practice_traceability(request, pk):
    practice = _page(PracticePage, pk)
    cases, actions = practice_trace_admin(practice, request.user)
    return render(
        request,
        "practices/admin/practice_traceability.html",
        {
            "practice": practice,
            "cases": cases,
            "actions": actions,
            "page_title": _("Traceability of “%(title)s”") % {"title": practice.title},
        },
    )


def region_traceability(request, pk):
    # The plans and their monitoring live in the source language.
    region = source_region(_page(RegionPage, pk))
    actions = region_trace(region, request.user, public=False)
    return render(
        request,
        "practices/admin/region_traceability.html",
        {
            "region": region,
            "actions": actions,
            "page_title": _("Actions of %(region)s and their practices")
            % {"region": region.title},
        },
    )
