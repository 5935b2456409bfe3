from django import forms
from django.contrib.auth import get_user_model
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from cms.cases.registry import CASE_MODELS


class ReassignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label=_("New assignee"),
        queryset=get_user_model().objects.filter(is_active=True, is_staff=True),
        help_text=_("Each selected case is assigned to this person, who is e-mailed."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = self.fields["assignee"].queryset.order_by(
            "username"
        )


class ReassignBulkAction(SnippetBulkAction):
    display_name = _("Reassign")
    action_type = "reassign"
    aria_label = _("Reassign the selected cases")
    template_name = "cms/cases/confirm_bulk_reassign.html"
    action_priority = 20
    form_class = ReassignForm

    @classproperty
    def models(cls):
        return CASE_MODELS

    def check_perm(self, case):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", case
        )

    def get_execution_context(self):
        return {
            "assignee": self.cleaned_form.cleaned_data["assignee"],
            "user": self.request.user,
        }

    @classmethod
    def execute_action(cls, objects, assignee=None, user=None, **kwargs):
        for case in objects:
            case.assign(assignee, user=user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d case reassigned to %(name)s.",
            "%(count)d cases reassigned to %(name)s.",
            num_parent_objects,
        ) % {
            "count": num_parent_objects,
            "name": self.cleaned_form.cleaned_data["assignee"].get_username(),
        }


hooks.register("register_bulk_action", ReassignBulkAction)
