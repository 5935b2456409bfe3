"""Admin views of the branding app that are not part of a viewset's generic set."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from cms.cases.public import may_erase

from .models import InvestorInquiry
from .privacy import ERASE_ACTION, anonymise

__all__ = ["erase_inquiry_view", "may_erase"]


def erase_inquiry_view(request, pk):
    """Erase one investor's personal data on request, after a confirmation page."""
    pk = unquote(str(pk))
    if not pk.isdigit():
        raise Http404
    inquiry = get_object_or_404(InvestorInquiry, pk=pk)
    if not may_erase(request.user, inquiry):
        raise PermissionDenied
    viewset = InvestorInquiry.snippet_viewset
    inspect_url = viewset.get_url_name("inspect")
    if inquiry.is_anonymised:
        messages.info(
            request,
            _("The personal data of %(reference)s was already removed.")
            % {"reference": inquiry.reference},
        )
        return redirect(inspect_url, inquiry.pk)
    if request.method == "POST":
        anonymise(inquiry, user=request.user, action=ERASE_ACTION)
        messages.success(
            request,
            _(
                "The investor's personal data was erased from %(reference)s, its "
                "timeline and its history. The case itself is kept."
            )
            % {"reference": inquiry.reference},
        )
        return redirect(inspect_url, inquiry.pk)
    return TemplateResponse(
        request,
        "branding/admin/confirm_erase.html",
        {
            "inquiry": inquiry,
            "cancel_url": reverse(inspect_url, args=[inquiry.pk]),
            "notes_count": inquiry.notes.count(),
        },
    )
