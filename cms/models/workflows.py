from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from cms.regional import lead_partner_group

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
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        # Few regional reviews are open at once: checking each is cheap and keeps
        # the rule in one place (user_is_reviewer).
        allowed = [
            state.pk
            for state in states.select_related("workflow_state")
            if self.user_is_reviewer(state.workflow_state.content_object, user)
        ]
        return TaskState.objects.filter(pk__in=allowed)

    @classmethod
    def get_description(cls):
        return _(
            "The coordinators of the page's region approve it (the lead partner, "
            "for pages outside any region)"
        )

    class Meta:
        verbose_name = _("regional coordinators' approval task")
        verbose_name_plural = _("regional coordinators' approval tasks")
