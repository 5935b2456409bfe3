"""Re-index a page once it is published with its topics and sectors.

Wagtail indexes a page from its ``post_save`` signal, which fires before
modelcluster writes the page's inline children (topic tags, region and showcase
sectors): a practice published with a new topic would be indexed with its old
ones, and its ``search_taxonomy`` would lag one publication behind.
``page_published`` is sent once everything is written, so the page is indexed
again then, the same way ``update_index`` and the demo loader index it.
"""

from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    if getattr(instance, "search_taxonomy", None) is not None:
        index.insert_or_update_object(instance)


def register_signal_handlers():
    page_published.connect(
        reindex_published_page, dispatch_uid="search-reindex-published-page"
    )
