"""The admin of every case opened from a public form (investor inquiries,
practice questions): the region works on the case fields while what the sender
wrote stays as sent, and the sender's personal data can be erased on request.

The case framework's viewset does the rest; an app sets the wording, its
privacy module's ``anonymise`` and its confirmation template.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .forms import CaseAdminForm
from .permissions import PublicCasePermissionPolicy
from .public import may_erase
from .views import CaseInspectView, CaseViewSet


class PublicCaseInspectView(CaseInspectView):
    """The case page, plus “Erase … personal data” for those who may use it."""

    def get_case_links(self):
        """The app's own links (before the erasure link); none by default."""
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        viewset = self.model.snippet_viewset
        links = [*context["case_links"], *self.get_case_links()]
        if may_erase(self.request.user, case) and not case.is_anonymised:
            links.append(
                (
                    viewset.erase_label,
                    reverse(viewset.get_url_name("erase"), args=[case.pk]),
                )
            )
        context["case_links"] = links
        return context


class PublicCaseViewSet(CaseViewSet):
    """Set ``erase_label``, ``erased_message`` (with ``%(reference)s``),
    ``erase_template`` (its context: ``case``, ``cancel_url``, ``notes_count``),
    ``anonymise`` (the app's privacy function) and ``erase_action``."""

    inspect_view_class = PublicCaseInspectView
    erase_label = ""
    erased_message = ""
    erase_template = ""
    erase_action = ""
    # The region works on the case; what the sender wrote stays as sent, and the
    # region is the page's (showcase, practice), not moved by hand.
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("assignee"),
            FieldRowPanel([FieldPanel("due_date"), FieldPanel("priority")]),
        ],
        base_form_class=CaseAdminForm,
    )

    def anonymise(self, case, *, user, action):
        raise NotImplementedError

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("erase/<str:pk>/", self._admin_view(self.erase_view), name="erase"),
        ]

    def case_for(self, request, pk, action="change"):
        """The case, if the access layer lets ``request.user`` see and change it
        (403 otherwise; 404 for an address that names no case)."""
        pk = unquote(str(pk))
        if not pk.isdigit():
            raise Http404
        case = get_object_or_404(self.model._base_manager, pk=pk)
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, action, case
        ):
            raise PermissionDenied
        return case

    def inspect_url(self, case):
        return reverse(self.get_url_name("inspect"), args=[case.pk])

    def erase_view(self, request, pk):
        """Erase one sender's personal data on request, after a confirmation."""
        case = self.case_for(request, pk)
        if not may_erase(request.user, case):
            raise PermissionDenied
        if case.is_anonymised:
            messages.info(
                request,
                _("The personal data of %(reference)s was already removed.")
                % {"reference": case.reference},
            )
            return redirect(self.inspect_url(case))
        if request.method == "POST":
            self.anonymise(case, user=request.user, action=self.erase_action)
            messages.success(
                request, self.erased_message % {"reference": case.reference}
            )
            return redirect(self.inspect_url(case))
        return TemplateResponse(
            request,
            self.erase_template,
            {
                "case": case,
                "cancel_url": self.inspect_url(case),
                "notes_count": case.notes.count(),
            },
        )


def register_public_case(viewset_class):
    """Register a public case's viewset, with the permission rule every public
    case shares (cms.cases.permissions)."""
    model = viewset_class.model
    register_permission_policy(model, PublicCasePermissionPolicy(model))
    register_snippet(viewset_class)


def register_privacy_actions(actions, *, anonymise, erase, anonymise_label, erased):
    """The two log actions of a public case's personal data. Neither entry holds
    personal data: only counts and the retention period."""
    actions.register_action(
        anonymise,
        anonymise_label,
        _("Personal data anonymised after the retention period"),
    )
    actions.register_action(erase, _("Erase personal data"), erased)
