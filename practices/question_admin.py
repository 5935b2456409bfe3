"""Admin views of practice questions beyond the case viewset's: erasing the
sender's personal data, and opening a transfer case from a partner region's
question in one step."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.cases.public import may_erase
from cms.cases.state_machine import IllegalTransition
from cms.cases.views import CaseInspectView

from .models import PracticeQuestion
from .privacy import ERASE_ACTION, anonymise


def _question(request, pk, action="change"):
    """The question, if the access layer lets ``request.user`` see and change it
    (404 for another region's: not even its existence is told)."""
    pk = unquote(str(pk))
    if not pk.isdigit():
        raise Http404
    question = get_object_or_404(PracticeQuestion, pk=pk)
    policy = PracticeQuestion.snippet_viewset.permission_policy
    if not policy.user_has_permission_for_instance(request.user, action, question):
        raise PermissionDenied
    return question


def _inspect_url(question):
    viewset = PracticeQuestion.snippet_viewset
    return reverse(viewset.get_url_name("inspect"), args=[question.pk])


def erase_question_view(request, pk):
    """Erase one sender's personal data on request, after a confirmation page."""
    question = _question(request, pk)
    if not may_erase(request.user, question):
        raise PermissionDenied
    if question.is_anonymised:
        messages.info(
            request,
            _("The personal data of %(reference)s was already removed.")
            % {"reference": question.reference},
        )
        return redirect(_inspect_url(question))
    if request.method == "POST":
        anonymise(question, user=request.user, action=ERASE_ACTION)
        messages.success(
            request,
            _(
                "The sender's personal data was erased from %(reference)s, its "
                "timeline and its history. The case itself is kept."
            )
            % {"reference": question.reference},
        )
        return redirect(_inspect_url(question))
    return TemplateResponse(
        request,
        "practices/admin/confirm_erase_question.html",
        {
            "question": question,
            "cancel_url": _inspect_url(question),
            "notes_count": question.notes.count(),
        },
    )


def open_transfer_view(request, pk):
    """A partner region's question becomes its transfer case of the practice,
    after a confirmation page; refused with the reason otherwise."""
    question = _question(request, pk)
    refusal = question.transfer_refusal()
    if refusal is not None:
        messages.error(request, refusal)
        return redirect(_inspect_url(question))
    if request.method == "POST":
        try:
            case = question.open_transfer_case(user=request.user)
        except IllegalTransition as error:  # a case opened in the meantime
            messages.error(request, error.message)
            return redirect(_inspect_url(question))
        messages.success(
            request,
            _(
                "%(reference)s became the transfer case %(case)s of %(region)s; "
                "its coordinators now follow it."
            )
            % {
                "reference": question.reference,
                "case": case.reference,
                "region": case.region.title,
            },
        )
        return redirect(_inspect_url(question))
    return TemplateResponse(
        request,
        "practices/admin/confirm_open_transfer.html",
        {"question": question, "cancel_url": _inspect_url(question)},
    )


class QuestionInspectView(CaseInspectView):
    """The case page, plus “Open a transfer case” for a partner region's
    question, “Erase personal data” for those who may, and the transfer case it
    became for those who may see it (it belongs to the sender's region)."""

    def get_context_data(self, **kwargs):
        from cms.access import viewer_for

        context = super().get_context_data(**kwargs)
        question = self.object
        viewset = PracticeQuestion.snippet_viewset
        links = list(context["case_links"])
        transfer = question.transfer_case
        if transfer is not None and viewer_for(self.request).may_see_case(transfer):
            links.append(
                (
                    gettext_lazy("The transfer case it became"),
                    reverse(
                        "wagtailsnippets_practices_transfercase:inspect",
                        args=[transfer.pk],
                    ),
                )
            )
        if question.sender_region_id and question.transfer_case_id is None:
            links.append(
                (
                    gettext_lazy("Open a transfer case"),
                    reverse(viewset.get_url_name("open_transfer"), args=[question.pk]),
                )
            )
        if may_erase(self.request.user, question) and not question.is_anonymised:
            links.append(
                (
                    gettext_lazy("Erase the sender's personal data"),
                    reverse(viewset.get_url_name("erase"), args=[question.pk]),
                )
            )
        context["case_links"] = links
        return context
