"""Keep governance in step with the tree: a new region (or translation) gets its
groups, collections and permissions at once, without waiting for an administrator
to run ``setup_governance``."""

from django.apps import apps
from django.db.models.signals import post_save


def region_page_saved(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    from cms.governance import setup_region

    setup_region(instance)


def connect():
    try:
        region_page = apps.get_model("regions", "RegionPage")
    except LookupError:  # a project without the regions app
        return
    post_save.connect(
        region_page_saved, sender=region_page, dispatch_uid="competein_region_saved"
    )
