"""A saved or deleted monitoring report changes the public progress views: drop the
anonymous page cache (it is keyed by a generation counter, see cms.pagecache)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.pagecache import invalidate

from .models import MonitoringReport


@receiver(post_save, sender=MonitoringReport)
@receiver(post_delete, sender=MonitoringReport)
def monitoring_report_changed(sender, **kwargs):
    invalidate()
