"""Editor forms of the practice pages."""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from cms.access import COORDINATOR, EDITOR, viewer_for
from cms.cases.forms import CaseAdminForm

VALIDATION_FIELDS = ("validation_status", "validated_at", "validated_by")


def user_can_validate(user, page=None, parent_page=None):
    """The lead partner validates practices: superusers and users who may publish.

    For a page being created, "may publish" means may publish under its parent.
    """
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if page is not None and page.pk:
        return page.permissions_for_user(user).can_publish()
    if parent_page is not None:
        return parent_page.permissions_for_user(user).can_publish_subpage()
    return False


class PracticePageForm(WagtailAdminPageForm):
    """Makes the validation read-only for editors who may not validate.

    A disabled field ignores whatever is posted and keeps the stored value, so an
    editor cannot validate a practice by crafting a request either.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.can_validate = user_can_validate(
            self.for_user, page=self.instance, parent_page=self.parent_page
        )
        self.limit_origin_region_to_own_regions()
        self.leave_second_level_to_experts()
        if not self.can_validate:
            for name in VALIDATION_FIELDS:
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[name].help_text = _(
                        "Only the lead partner can change the validation."
                    )

    def leave_second_level_to_experts(self):
        """The lead partner chooses between submitted and validated by the
        project; the experts' level comes from their opinions (it shows while
        the practice holds it)."""
        from .models import ValidationStatus

        field = self.fields.get("validation_status")
        if field is None:
            return
        current = self.instance.validation_status if self.instance.pk else None
        field.choices = [
            (value, label)
            for value, label in field.choices
            if value != ValidationStatus.EXPERT_VALIDATED or value == current
        ]

    def limit_origin_region_to_own_regions(self):
        """A regional editor or coordinator files practices of their own regions.

        The origin region decides who reviews the practice first (its
        coordinators), so a regional user must name one of their regions; the
        lead partner and site-wide editors may name any region, or none.
        """
        user = self.for_user
        field = self.fields.get("origin_region")
        if field is None or user is None or not user.is_authenticated:
            return
        viewer = viewer_for(user)
        if viewer.is_lead_partner:
            return
        keys = viewer.region_keys(EDITOR, COORDINATOR)
        if not keys:
            return
        field.queryset = field.queryset.filter(translation_key__in=keys)
        field.required = True

    def clean(self):
        cleaned_data = super().clean()
        if not self.can_validate or "validation_status" not in self.fields:
            return cleaned_data
        if cleaned_data.get("validation_status") in ("validated", "expert_validated"):
            if not cleaned_data.get("validated_at"):
                cleaned_data["validated_at"] = timezone.localdate()
            if not cleaned_data.get("validated_by"):
                cleaned_data["validated_by"] = self.for_user
        else:
            cleaned_data["validated_at"] = None
            cleaned_data["validated_by"] = None
        return cleaned_data


class PracticeCollectionPageForm(WagtailAdminPageForm):
    """Pillars are stored as a list; editors tick them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .models import Pillar

        if "pillars" in self.fields:
            field = self.fields["pillars"]
            self.fields["pillars"] = forms.MultipleChoiceField(
                choices=Pillar.choices,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                label=field.label,
                help_text=field.help_text,
                disabled=field.disabled,
            )
            self.initial["pillars"] = list(self.instance.pillars or [])


class ActionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, action):
        return f"{action.page.title} — {action.title}"


class TransferCaseForm(CaseAdminForm):
    """The case form, with the action chosen among the actions of the plans (in
    English) of the regions the user works for."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("action")
        if field is None:
            return
        from regions.models import PlanAction

        actions = PlanAction.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).select_related("page")
        user = self.for_user
        viewer = viewer_for(user)
        if user is not None and not viewer.sees_every_case:
            keys = viewer.region_keys(COORDINATOR)
            within = Q()
            for path in Page.objects.filter(translation_key__in=keys).values_list(
                "path", flat=True
            ):
                within |= Q(page__path__startswith=path)
            actions = actions.filter(within) if within else actions.none()
        if self.instance.action_id:
            actions = actions | PlanAction.objects.filter(pk=self.instance.action_id)
        self.fields["action"] = ActionChoiceField(
            queryset=actions.order_by("page__path", "sort_order"),
            required=False,
            label=field.label,
            help_text=field.help_text,
            empty_label=_("Not yet in the plan"),
        )
