"""Admin views of practice questions beyond every public case's
(cms.cases.public_admin): opening a transfer case from a partner region's
question in one step."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.cases.public_admin import PublicCaseInspectView
from cms.cases.state_machine import IllegalTransition

from .models import PracticeQuestion


def _inspect_url(question):
    return PracticeQuestion.snippet_viewset.inspect_url(question)


def open_transfer_view(request, pk):
    """A partner region's question becomes its transfer case of the practice,
    after a confirmation page; refused with the reason otherwise."""
    question = PracticeQuestion.snippet_viewset.case_for(request, pk)
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


class QuestionInspectView(PublicCaseInspectView):
    """The case page, plus “Open a transfer case” for a partner region's
    question and the transfer case it became for those who may see it (it
    belongs to the sender's region)."""

    def get_case_links(self):
        from cms.access import viewer_for

        question = self.object
        links = []
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
            viewset = PracticeQuestion.snippet_viewset
            links.append(
                (
                    gettext_lazy("Open a transfer case"),
                    reverse(viewset.get_url_name("open_transfer"), args=[question.pk]),
                )
            )
        return links
