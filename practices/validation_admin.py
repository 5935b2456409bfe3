"""The admin's "Expert review": the practices that await an expert's opinion,
and each practice's validation page (its level, its history, the opinions, and
for a thematic expert the form to give theirs).

Who may do what is the access layer's answer: a thematic expert gives opinions;
the lead partner, the experts and the people of the practice's region (its
author among them) follow its validation; nobody else opens the page.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.admin.menu import MenuItem
from wagtail.models import PageLogEntry

from cms.access import viewer_for

from .models import ExpertOpinion, ExpertVerdict, PracticePage
from .models.validation import OPINION_MAX_LENGTH
from .validation import (
    OPINION_ACTION,
    STEP_ACTION,
    awaiting_opinion,
    give_opinion,
    source_page,
)


class OpinionForm(forms.Form):
    verdict = forms.ChoiceField(
        label=gettext_lazy("Verdict"),
        choices=ExpertVerdict.choices,
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "Validated lifts the practice to the second level in every language."
        ),
        error_messages={"required": gettext_lazy("Choose a verdict.")},
    )
    opinion = forms.CharField(
        label=gettext_lazy("Opinion"),
        max_length=OPINION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy(
            "Why the practice is (or is not yet) a good practice. Signed-in members "
            "of the partnership read it on the practice's page."
        ),
        error_messages={
            "required": gettext_lazy(
                "Write the opinion: the region and the partners read why."
            )
        },
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Written in"),
        choices=settings.LANGUAGES,
        help_text=gettext_lazy("The language of your opinion."),
    )


def may_follow(viewer, practice):
    """The lead partner, the experts, and the people of the practice's region."""
    if viewer.is_lead_partner or viewer.is_thematic_expert:
        return True
    region = practice.origin_region
    return region is not None and region.translation_key in viewer.region_keys()


def _practice(pk):
    practice = PracticePage.objects.filter(pk=pk).select_related("origin_region")
    practice = practice.first()
    if practice is None:
        raise Http404(_("There is no such page."))
    return source_page(practice)


def _refused(request, owner=None):
    from cms.refusals import refusal

    return refusal(request, kind=_("validation of a good practice"), owner=owner)


def validation_queue(request):
    viewer = viewer_for(request)
    if not (viewer.is_thematic_expert or viewer.is_lead_partner):
        return _refused(request)
    expert = request.user if viewer.is_thematic_expert else None
    practices = list(awaiting_opinion(expert)[:200])
    return render(
        request,
        "practices/admin/validation_queue.html",
        {
            "practices": practices,
            "is_expert": viewer.is_thematic_expert,
            "page_title": _("Expert review"),
        },
    )


def validation(request, pk):
    viewer = viewer_for(request)
    practice = _practice(pk)
    if not may_follow(viewer, practice):
        return _refused(request, practice.origin_region)
    mine = None
    if viewer.is_thematic_expert:
        mine = ExpertOpinion.objects.filter(
            practice_key=practice.translation_key, expert=request.user
        ).first()
    form = None
    if viewer.is_thematic_expert:
        initial = {"language": get_language()}
        if mine is not None:
            initial = {
                "verdict": mine.verdict,
                "opinion": mine.opinion,
                "language": mine.language,
            }
        form = OpinionForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form is None:  # only an expert gives an opinion
            return _refused(request, practice.origin_region)
        if not practice.is_validated:
            messages.error(
                request,
                _(
                    "Only a practice validated by the project can receive an "
                    "expert's opinion: the lead partner validates it first."
                ),
            )
            return redirect("practices_validation", practice.pk)
        if form.is_valid():
            give_opinion(
                practice,
                request.user,
                form.cleaned_data["verdict"],
                form.cleaned_data["opinion"],
                form.cleaned_data["language"],
            )
            messages.success(
                request,
                _("Your opinion of “%(practice)s” is saved.")
                % {"practice": practice.title},
            )
            return redirect("practices_validation", practice.pk)
        return _render(request, practice, form, status=400)
    return _render(request, practice, form)


def _render(request, practice, form, status=200):
    practice.refresh_from_db(fields=["validation_status"])
    history = (
        PageLogEntry.objects.filter(
            page__translation_key=practice.translation_key,
            action__in=[STEP_ACTION, OPINION_ACTION],
        )
        .select_related("user")
        .order_by("-timestamp", "-pk")[:50]
    )
    opinions = ExpertOpinion.objects.filter(
        practice_key=practice.translation_key
    ).select_related("expert")
    return render(
        request,
        "practices/admin/validation.html",
        {
            "practice": practice,
            "form": form,
            "opinions": opinions,
            "history": history,
            "page_title": _("Validation of “%(title)s”") % {"title": practice.title},
        },
        status=status,
    )


class ExpertReviewMenuItem(MenuItem):
    def is_shown(self, request):
        viewer = viewer_for(request)
        return viewer.is_lead_partner or viewer.is_thematic_expert
