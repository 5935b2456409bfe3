"""Re-index a page once it is published with its topics and sectors.

Wagtail indexes a page from its ``post_save`` signal, which fires before
modelcluster writes the page's inline children (topic tags, region and showcase
sectors): a practice published with a new topic would be indexed with its old
ones, and its ``search_taxonomy`` would lag one publication behind.
``page_published`` is sent once everything is written, so the page is indexed
again then, the same way ``update_index`` and the demo loader index it.

A locale saved or deleted clears the indexers' table of locale codes.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale
from wagtail.search import index
from wagtail.signals import page_published

from search.backends.languages import forget_locale_codes


def reindex_published_page(sender, instance, **kwargs):
    if getattr(instance, "search_taxonomy", None) is not None:
        index.insert_or_update_object(instance)


def register_signal_handlers():
    page_published.connect(
        reindex_published_page, dispatch_uid="search-reindex-published-page"
    )
    for signal in (post_save, post_delete):
        signal.connect(
            forget_locale_codes, sender=Locale, dispatch_uid="search-locale-codes"
        )
