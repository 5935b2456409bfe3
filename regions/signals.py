"""A saved or deleted monitoring report changes the public progress views: retire
the cached pages and fragments (the content generation, see cms.caching)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.caching import invalidate

from .models import MonitoringReport


@receiver(post_save, sender=MonitoringReport)
@receiver(post_delete, sender=MonitoringReport)
def monitoring_report_changed(sender, **kwargs):
    invalidate()
