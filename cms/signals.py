"""Keep governance in step with the tree: a new region (or translation) gets its
groups, collections and permissions at once, without waiting for an administrator
to run ``setup_governance``; a deleted region takes its empty groups and
collections with it."""

from django.db.models.signals import post_delete, post_save


def region_page_saved(sender, instance, created, raw=False, **kwargs):
    if raw or not created:
        return
    from cms.governance import setup_region

    setup_region(instance)


def region_governance_deleted(sender, instance, **kwargs):
    """A region page was deleted (cms.deletion refuses it while anything depends
    on it): its governance record went with it; retire what it held."""
    from cms.governance import retire_region

    retire_region(instance)


def connect():
    from cms.governance import region_page_model
    from cms.models import RegionGovernance

    post_delete.connect(
        region_governance_deleted,
        sender=RegionGovernance,
        dispatch_uid="competein_region_governance_deleted",
    )
    try:
        region_page = region_page_model()
    except LookupError:  # a project without the regions app
        return
    post_save.connect(
        region_page_saved, sender=region_page, dispatch_uid="competein_region_saved"
    )
