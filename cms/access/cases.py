"""Which cases a viewer may see and work on, and who may be assigned them."""

from functools import cached_property

from django.db.models import Q
from wagtail.models import Page


class CaseRules:
    """Mixed into ``Viewer``: needs ``is_active``, ``is_lead_partner`` and
    ``coordinated_region_ids``."""

    @property
    def sees_every_case(self):
        return self.is_lead_partner

    @cached_property
    def case_region_ids(self):
        """RegionPage ids of the regions whose cases the viewer works on."""
        if not self.is_active:
            return frozenset()
        return self.coordinated_region_ids

    def cases(self, queryset):
        """``queryset`` of a case model narrowed to the cases the viewer may see:
        all for the lead partner, their regions' for coordinators, none else."""
        if self.sees_every_case:
            return queryset
        if not self.case_region_ids:
            return queryset.none()
        return queryset.filter(region_id__in=self.case_region_ids)

    def may_see_case(self, case):
        return self.sees_every_case or (
            case is not None and case.region_id in self.case_region_ids
        )

    def case_regions(self):
        """The source-language RegionPages the viewer may file cases under."""
        from django.conf import settings

        from cms.regional import region_page_model

        regions = region_page_model().objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        )
        if not self.sees_every_case:
            regions = regions.filter(pk__in=self.case_region_ids)
        return regions.order_by("title")

    def assignable_users(self, region_id=None):
        """Who the viewer may assign cases to: the coordinators of the case's region
        and the lead partner; without a region, of every region the viewer works on."""
        if region_id is not None:
            return case_workers([region_id])
        if self.sees_every_case:
            return case_workers(None)
        return case_workers(self.case_region_ids)


def case_workers(region_ids=None):
    """Accounts who may work on some regions' cases: their coordinators and the
    lead partner (with superusers), active ones only. Every region's coordinators
    when ``region_ids`` is None."""
    from django.contrib.auth import get_user_model

    from cms.models import RegionGovernance
    from cms.regional import LEAD_PARTNER as LEAD_GROUP

    governed = RegionGovernance.objects.all()
    if region_ids is not None:
        keys = Page.objects.filter(pk__in=list(region_ids)).values("translation_key")
        governed = governed.filter(region__translation_key__in=keys)
    condition = (
        Q(is_superuser=True)
        | Q(groups__name=LEAD_GROUP)
        | Q(groups__in=governed.values("coordinators"))
    )
    users = get_user_model().objects.filter(condition, is_active=True).distinct()
    return users.order_by("username")


def region_coordinators():
    """{region page id: ids of its active coordinators, by username}, for the
    regions with governance records: who a generated or imported case of a
    region may be given to, besides the lead partner. Two queries."""
    from django.contrib.auth import get_user_model

    from cms.models import RegionGovernance

    groups = dict(RegionGovernance.objects.values_list("region_id", "coordinators_id"))
    members = {}
    for user_id, group_id in (
        get_user_model()
        .groups.through.objects.filter(
            group_id__in=groups.values(), user__is_active=True
        )
        .order_by("user__username")
        .values_list("user_id", "group_id")
    ):
        members.setdefault(group_id, []).append(user_id)
    return {region: members.get(group, []) for region, group in groups.items()}
