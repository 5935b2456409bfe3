"""E-mail the region's coordinators when a page reaches their review step.

Wagtail's own notifier only knows group approval tasks with a fixed list of groups;
the regional task finds its reviewers from the page, so it needs this one. It sends
Wagtail's "submitted for approval" e-mail (same templates, same user preferences).
"""

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import TaskState
from wagtail.signals import task_submitted


class RegionalTaskSubmissionEmailNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        from cms.models import RegionalCoordinatorApprovalTask

        return isinstance(instance, TaskState) and isinstance(
            instance.task.specific, RegionalCoordinatorApprovalTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        task = task_state.task.specific
        recipients = task.reviewers(task_state.workflow_state.content_object)
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return recipients


regional_task_submission_email_notifier = RegionalTaskSubmissionEmailNotifier()


def connect():
    task_submitted.connect(
        regional_task_submission_email_notifier,
        sender=TaskState,
        dispatch_uid="competein_regional_task_submitted_email",
    )
