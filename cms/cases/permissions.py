"""Who may see and act on which case: a region's people see their region only.

Membership comes from the governance records (cms.governance): the editors and
coordinators groups of each region; superusers and the "Lead partner" group see
everything.
"""

from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from cms.governance import governances_for_user, is_lead_partner


def sees_every_region(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return is_lead_partner(user)


def region_page_ids_for(user):
    """Ids of the RegionPages (every translation) whose groups the user is in."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_case_region_ids"):
        keys = [g.region.translation_key for g in governances_for_user(user)]
        user._case_region_ids = set(
            Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True)
        )
    return user._case_region_ids


def visible_cases(user, queryset):
    if sees_every_region(user):
        return queryset
    return queryset.filter(Q(region_id__in=region_page_ids_for(user)))


def case_visible_to(user, case):
    return sees_every_region(user) or case.region_id in region_page_ids_for(user)


class CasePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the cases of the user's own region."""

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(
            user, action, instance
        ) and case_visible_to(user, instance)

    def instances_user_has_permission_for(self, user, action):
        return visible_cases(
            user, super().instances_user_has_permission_for(user, action)
        )
