from django import forms
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from cms.access import case_workers
from cms.cases.registry import CASE_MODELS


class ReassignForm(forms.Form):
    """Offers only people who may work on every selected case: the coordinators
    of the cases' regions and the lead partner (cms.access.case_workers)."""

    assignee = forms.ModelChoiceField(
        label=_("New assignee"),
        queryset=case_workers([]),
        help_text=_(
            "Each selected case is assigned to this person, who is e-mailed. Only "
            "the coordinators of the cases' region and the lead partner are offered."
        ),
        error_messages={
            "invalid_choice": _(
                "This person cannot work on the selected cases: choose a "
                "coordinator of their region or the lead partner."
            )
        },
    )

    def __init__(self, *args, region_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        candidates = None
        for region_id in set(region_ids):
            workers = set(case_workers([region_id]).values_list("pk", flat=True))
            candidates = workers if candidates is None else candidates & workers
        self.fields["assignee"].queryset = case_workers(None).filter(
            pk__in=sorted(candidates or ())
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

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        cases, _refused = self.get_actionable_objects()
        kwargs["region_ids"] = [case.region_id for case in cases]
        return kwargs

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
