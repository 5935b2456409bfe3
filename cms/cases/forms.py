"""The admin form every case type's create and edit views build on."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from cms.access import case_workers, viewer_for


class CaseAdminForm(WagtailAdminModelForm):
    """Region choices narrowed to the user's regions; assignees to the people who
    may work on the region's cases (its coordinators and the lead partner);
    assignment goes through ``BaseCase.assign`` so that a change of assignee is
    audited and e-mailed, as it is from the bulk action."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        viewer = viewer_for(self.for_user)
        field = self.fields.get("region")
        if field is not None:
            regions = viewer.case_regions()
            # Keep a stored region selectable even when it is not in English.
            if self.instance.region_id:
                regions = regions | regions.model.objects.filter(
                    pk=self.instance.region_id
                )
            field.queryset = regions
            field.required = True
            field.error_messages["invalid_choice"] = _(
                "Choose one of your own regions."
            )
        field = self.fields.get("assignee")
        if field is not None:
            if self.instance.region_id:
                workers = case_workers([self.instance.region_id])
            else:
                workers = viewer.assignable_users()
            field.queryset = workers
            field.help_text = _(
                "Who works on the case now; they are e-mailed when assigned. Only "
                "the region's coordinators and the lead partner can be chosen."
            )
            field.error_messages["invalid_choice"] = _(
                "This person cannot work on this region's cases: choose one of its "
                "coordinators or the lead partner."
            )

    def clean(self):
        cleaned_data = super().clean()
        assignee = cleaned_data.get("assignee")
        region = cleaned_data.get("region") or self.instance.region
        touched = {"assignee", "region"} & set(self.changed_data)
        if touched:
            refusal = self._meta.model.assignee_refusal(assignee, region)
            if refusal is not None:
                self.add_error("assignee", refusal)
        return cleaned_data

    def save(self, commit=True):
        if not commit or "assignee" not in self.changed_data:
            return super().save(commit=commit)
        new_assignee = self.instance.assignee
        original = None
        if self.instance.pk:
            original = (
                type(self.instance)._base_manager.get(pk=self.instance.pk).assignee
            )
        self.instance.assignee = original
        instance = super().save(commit=True)
        instance.assign(new_assignee, user=self.for_user)
        return instance
