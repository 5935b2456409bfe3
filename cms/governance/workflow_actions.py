"""Wagtail's workflow action (Approve, Request changes), saying what happened.

Wagtail's own view performs the action and goes back to where the reviewer came
from (their dashboard, the Review box of a translation) without a word: the
reviewer cannot tell whether the page went on to the lead partner, was
published, or went back to its editor. This view is Wagtail's, served on the same
address (``cms.urls``), with a message once the action is done.
"""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import TaskState


class WorkflowActionWithMessage(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        if self.task_state.status != TaskState.STATUS_IN_PROGRESS:
            message = self.outcome()
            if message:
                messages.success(request, message)
        return response

    def outcome(self):
        page = self.object.specific_deferred
        page.refresh_from_db()
        title = page.get_admin_display_title()
        status = self.task_state.status
        if status == TaskState.STATUS_REJECTED:
            return _(
                "Changes requested on ‘%(title)s’: it goes back to its editor, "
                "with your comment."
            ) % {"title": title}
        if status != TaskState.STATUS_APPROVED:
            return ""
        workflow_state = page.current_workflow_state
        if workflow_state and workflow_state.current_task_state:
            return _("‘%(title)s’ approved: it now awaits “%(task)s”.") % {
                "title": title,
                "task": workflow_state.current_task_state.task.name,
            }
        if page.live and not page.has_unpublished_changes:
            return _("‘%(title)s’ approved and published.") % {"title": title}
        return _("‘%(title)s’ approved.") % {"title": title}
