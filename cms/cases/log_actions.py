from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter


def status_label(log_entry, code):
    """A status as the case's workflow names it, in the reader's language
    ("Contacted", not "contacted"); the code itself if the type is gone."""
    if code is None:
        return "?"
    model = ContentType.objects.get_for_id(log_entry.content_type_id).model_class()
    workflow = getattr(model, "workflow", None)
    return str(workflow.labels.get(code, code)) if workflow else code


@hooks.register("register_log_actions")
def register_case_log_actions(actions):
    from cms.models import BaseCase, CaseLogEntry

    # Every case type's entries go to their own, region-scoped log (cms.access).
    actions.register_model(BaseCase, CaseLogEntry)

    @actions.register_action("cms.case.transition")
    class TransitionFormatter(LogFormatter):
        label = _("Change case status")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Status changed from “%(from)s” to “%(to)s”") % {
                "from": status_label(log_entry, data.get("from")),
                "to": status_label(log_entry, data.get("to")),
            }

    @actions.register_action("cms.case.assign")
    class AssignFormatter(LogFormatter):
        label = _("Assign case")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Assigned to %(to)s (was %(from)s)") % {
                "to": data.get("to") or _("nobody"),
                "from": data.get("from") or _("nobody"),
            }

    actions.register_action("cms.case.note", _("Add case note"), _("Note added"))
