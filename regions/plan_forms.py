"""The Local Action Plan's editor form (kept apart from regions.forms, which imports
the models: the plan model needs this form as its ``base_form_class``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class ActionPlanPageForm(WagtailAdminPageForm):
    """Refuses to remove an action that the region's records still need.

    Removing an action from the plan deletes it, and with it its progress in every
    monitoring report; transfer cases that became it would lose their action (and a
    case "in action plan" could then not be saved). Such an action stays, with a
    message saying so; report it as "Abandoned" instead.
    """

    def clean(self):
        from .models import ActionProgress

        cleaned_data = super().clean()
        formset = self.formsets.get("actions")
        if formset is None:
            return cleaned_data
        for form in formset.deleted_forms:
            action = form.instance
            if action.pk is None:
                continue
            same = type(action).objects.filter(translation_key=action.translation_key)
            reports = ActionProgress.objects.filter(action__in=same).count()
            cases = sorted(
                same.filter(transfer_cases__isnull=False).values_list(
                    "transfer_cases__reference", flat=True
                )
            )
            if not reports and not cases:
                continue
            self.add_error(
                None,
                _(
                    "The action “%(action)s” cannot be removed: monitoring reports "
                    "record its progress (%(reports)s) or transfer cases became it "
                    "(%(cases)s). Keep it, and report it as “Abandoned” in the next "
                    "monitoring report instead."
                )
                % {
                    "action": action.title,
                    "reports": reports,
                    "cases": ", ".join(cases) or "—",
                },
            )
        return cleaned_data
