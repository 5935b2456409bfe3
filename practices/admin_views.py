"""Admin traceability views: a practice's transfer cases and the actions it
inspired; a region's actions and the practices behind them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from cms.governance import source_region
from regions.models import RegionPage

from .models import Pillar, PracticePage
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


# Matchmaking ---------------------------------------------------------------------


def _matchmaking_regions(request):
    """The source-language regions whose matches the user may see and act on: the
    coordinator's own, every region for the lead partner (cms.access)."""
    from cms.access import viewer_for

    return viewer_for(request).case_regions()


def matchmaking_index(request):
    chosen = request.GET.get("region", "")
    if chosen.isdigit():
        return redirect("practices_matchmaking", int(chosen))
    region = _matchmaking_regions(request).first()
    if region is None:
        return _refused(request, None)
    return redirect("practices_matchmaking", region.pk)


def _refused(request, pk):
    """The access layer's explained refusal: whose region it is, whom to ask."""
    from cms.refusals import refusal

    owner = RegionPage.objects.filter(pk=pk).first() if pk is not None else None
    return refusal(request, kind=_("list of matching practices"), owner=owner)


def _matchmaking_region(request, pk):
    return _matchmaking_regions(request).filter(pk=pk).first()


def matchmaking(request, pk):
    from django.utils.translation import get_language
    from wagtail.models import Locale

    from cms.access import viewer_for

    from .matchmaking import admin_matches, cards

    region = _matchmaking_region(request, pk)
    if region is None:
        return _refused(request, pk)
    regions = (
        list(_matchmaking_regions(request))
        if viewer_for(request).is_lead_partner
        else []
    )
    locale = (
        Locale.objects.filter(language_code=get_language()).first() or region.locale
    )
    found = cards(
        admin_matches(region.pk),
        locale.pk,
        viewer=viewer_for(request),
        require_page=False,
    )
    return render(
        request,
        "practices/admin/matchmaking.html",
        {
            "region": region,
            "regions": regions,
            "cards": found,
            "page_title": _("Practices that could work in %(region)s")
            % {"region": region.title},
        },
    )


@require_POST
def matchmaking_open_case(request, pk):
    """Open a transfer case for (region, practice) at its first stage, through the
    case model's own rules (an open case for the same practice is refused)."""
    from wagtail.log_actions import log

    from .models import TransferCase

    region = _matchmaking_region(request, pk)
    if region is None or not request.user.has_perm("practices.add_transfercase"):
        return _refused(request, pk)
    back = redirect("practices_matchmaking", region.pk)
    chosen = request.POST.get("practice", "")
    practice = None
    if chosen.isdigit():
        practice = (
            PracticePage.objects.live().filter(pk=chosen, locale=region.locale).first()
        )
    if practice is None:
        messages.error(request, _("Choose a practice from the list."))
        return back
    case = TransferCase(
        title=(
            _("%(region)s adopts %(practice)s")
            % {"region": region.title, "practice": practice.title}
        )[:255],
        region=region,
        practice=practice,
    )
    try:
        case.full_clean()
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return back
    case.save()
    log(instance=case, action="wagtail.create", user=request.user)
    messages.success(
        request,
        _("Transfer case %(reference)s opened for “%(practice)s”.")
        % {"reference": case.reference, "practice": practice.title},
    )
    return redirect("wagtailsnippets_practices_transfercase:inspect", case.pk)


# Learning network ------------------------------------------------------------------


def learning_network(request):
    """The network with the transfer cases and their detail: the lead partner's."""
    from wagtail.models import Locale

    from cms.access import viewer_for
    from cms.refusals import refusal

    from .network import LINK_KINDS, Filters, build

    if not viewer_for(request).is_lead_partner:
        return refusal(
            request, kind=_("learning network with transfer cases"), owner=None
        )
    filters = Filters.from_query(request.GET, kinds=tuple(LINK_KINDS))
    graph = build(Locale.get_default(), request, filters, user=request.user)
    return render(
        request,
        "practices/admin/learning_network.html",
        {
            "graph": graph,
            "filters": filters,
            "totals": graph.totals(),
            "kinds": list(LINK_KINDS.items()),
            "pillars": Pillar.choices,
            "page_title": _("Learning network"),
        },
    )
