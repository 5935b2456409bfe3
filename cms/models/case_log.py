"""The audit trail of cases, kept apart from other models' log entries."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager


class CaseLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(object_id=str(instance.pk))
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        from django.contrib.contenttypes.models import ContentType

        return self.filter(
            content_type=ContentType.objects.get_for_model(
                instance, for_concrete_model=False
            ),
            object_id=str(instance.pk),
        )

    def viewable_by_user(self, user):
        """Entries of the cases ``user`` may see (cms.access), wherever Wagtail
        lists log entries: site history, its CSV and XLSX exports, filters."""
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import CharField, Q
        from django.db.models.functions import Cast

        from cms.cases.registry import CASE_MODELS
        from cms.scoping import viewer_for

        viewer = viewer_for(user)
        if viewer.sees_every_case:
            return self.all()
        condition = Q(pk__in=[])
        for model in CASE_MODELS:
            ids = (
                viewer.cases(model._base_manager.all())
                .annotate(object_key=Cast("pk", output_field=CharField()))
                .values("object_key")
            )
            content_type = ContentType.objects.get_for_model(
                model, for_concrete_model=False
            )
            condition |= Q(content_type=content_type, object_id__in=ids)
        return self.filter(condition)


class CaseLogEntry(BaseLogEntry):
    """The audit trail of cases, apart from other models' so that every list of
    log entries shows a person only the cases they may see."""

    object_id = models.CharField(max_length=255, blank=False, db_index=True)

    objects = CaseLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("case log entry")
        verbose_name_plural = _("case log entries")

    def __str__(self):
        return f"CaseLogEntry {self.pk}: {self.action} on {self.object_id}"
