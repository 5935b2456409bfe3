from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, TaskState

from cms.regional import lead_partner_group, named_region_ids, region_page_model

from .governance import RegionGovernance


class RegionalCoordinatorApprovalTask(Task):
    """Approval by the coordinators of the region the page belongs to.

    One task serves every region: the reviewers are found from the page's ancestors
    (the RegionPage above it) rather than listed on the task, so a new region needs
    no new task. A page outside any region (the home page, "About") is reviewed by
    the lead partner at this step.
    """

    def reviewer_groups(self, obj):
        governance = RegionGovernance.objects.for_page(obj)
        if governance is not None:
            return Group.objects.filter(pk=governance.coordinators_id)
        group = lead_partner_group()
        return Group.objects.filter(pk=group.pk) if group else Group.objects.none()

    def user_is_reviewer(self, obj, user):
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser:
            return True
        cache = user.__dict__.setdefault("_regional_review_checks", {})
        key = (self.pk, obj._meta.label, obj.pk)
        if key not in cache:
            cache[key] = self.reviewer_groups(obj).filter(user=user).exists()
        return cache[key]

    def reviewers(self, obj):
        return (
            get_user_model()
            .objects.filter(groups__in=self.reviewer_groups(obj), is_active=True)
            .distinct()
        )

    def user_can_access_editor(self, obj, user):
        return self.user_is_reviewer(obj, user)

    def locked_for_user(self, obj, user):
        return not self.user_is_reviewer(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_is_reviewer(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if self.user_is_reviewer(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """The open reviews of this task that ``user`` may take, in a fixed
        number of queries however many are open (the dashboard asks on every
        visit): the same rule as ``user_is_reviewer``, applied to all of them
        at once by tree path."""
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        if not user.is_authenticated or not user.is_active:
            return states.none()
        rows = list(
            states.values_list(
                "pk",
                "workflow_state__base_content_type_id",
                "workflow_state__object_id",
            )
        )
        if not rows:
            return states.none()
        page_type = ContentType.objects.get_for_model(Page)
        allowed = []
        page_ids = {}
        for pk, base_type_id, object_id in rows:
            if base_type_id == page_type.pk:
                page_ids[pk] = int(object_id)
            else:  # not a page: the rule for one object
                state = states.select_related("workflow_state").get(pk=pk)
                if self.user_is_reviewer(state.workflow_state.content_object, user):
                    allowed.append(pk)
        keys = self._page_region_keys(set(page_ids.values()))
        mine = set(
            RegionGovernance.objects.filter(
                coordinators__in=user.groups.all()
            ).values_list("region__translation_key", flat=True)
        )
        lead = lead_partner_group()
        is_lead = bool(lead) and user.groups.filter(pk=lead.pk).exists()
        for pk, page_id in page_ids.items():
            key = keys.get(page_id)
            if (key in mine) if key is not None else is_lead:
                allowed.append(pk)
        return TaskState.objects.filter(pk__in=allowed)

    @staticmethod
    def _page_region_keys(page_ids):
        """{page id: translation key of its region}: the region page above it
        (or itself), else the region it names (``cms.regional.region_of``)."""
        if not page_ids:
            return {}
        regions = list(
            region_page_model()
            .objects.values_list("pk", "path", "translation_key")
            .order_by("path")
        )
        key_of = {pk: key for pk, _path, key in regions}
        keys, outside = {}, []
        for page_id, path, type_id in Page.objects.filter(pk__in=page_ids).values_list(
            "pk", "path", "content_type_id"
        ):
            found = next(
                (key for _pk, prefix, key in regions if path.startswith(prefix)), None
            )
            if found is None:
                outside.append((page_id, type_id))
            else:
                keys[page_id] = found
        for page_id, region_id in named_region_ids(outside).items():
            if region_id in key_of:
                keys[page_id] = key_of[region_id]
        return keys

    @classmethod
    def get_description(cls):
        return _(
            "The coordinators of the page's region approve it (the lead partner, "
            "for pages outside any region)"
        )

    class Meta:
        verbose_name = _("regional coordinators' approval task")
        verbose_name_plural = _("regional coordinators' approval tasks")
