"""The admin form every case type's create and edit views build on."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Page

from cms.cases.permissions import region_page_ids_for, sees_every_region


class CaseAdminForm(WagtailAdminModelForm):
    """Region choices narrowed to the user's regions; assignment goes through
    ``BaseCase.assign`` so that a change of assignee is audited and e-mailed, as
    it is from the bulk action."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("region")
        if field is not None:
            regions = Page.objects.filter(
                content_type__app_label="regions",
                content_type__model="regionpage",
                locale__language_code=settings.LANGUAGE_CODE,
            ).order_by("title")
            user = self.for_user
            if user is not None and not sees_every_region(user):
                regions = regions.filter(pk__in=region_page_ids_for(user))
            # Keep a stored region selectable even when it is not in English.
            if self.instance.region_id:
                regions = regions | Page.objects.filter(pk=self.instance.region_id)
            field.queryset = regions
            field.required = True
            field.error_messages["invalid_choice"] = _(
                "Choose one of your own regions."
            )

    def save(self, commit=True):
        if not commit or "assignee" not in self.changed_data:
            return super().save(commit=commit)
        new_assignee = self.instance.assignee
        original = None
        if self.instance.pk:
            original = type(self.instance).objects.get(pk=self.instance.pk).assignee
        self.instance.assignee = original
        instance = super().save(commit=True)
        instance.assign(new_assignee, user=self.for_user)
        return instance
