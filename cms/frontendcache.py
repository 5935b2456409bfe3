"""Purge a CDN or reverse proxy when content changes (wagtail.contrib.frontend_cache).

Wagtail's own frontend_cache app purges only the published page's URL. Here a
change also purges what lists or links that page and is most visited: every
translation of the page, its parent (the listing it appears in) and the
language home pages. Other pages carry the menu and footer too; they are kept
by the CDN for at most FRONTEND_CACHE_SECONDS (sent as s-maxage by the page
cache middleware) — purging every URL of the site on each publish would be
slower than that and costly on a CDN's API quota.

Nothing happens unless WAGTAILFRONTENDCACHE has a backend, which the settings
fill from the environment (FRONTEND_CACHE_PURGE_URLS, CLOUDFLARE_*,
CLOUDFRONT_DISTRIBUTION_ID).
"""

import logging

from django.conf import settings
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def urls_to_purge(page):
    """Absolute URLs a change to `page` makes stale, without duplicates."""
    from wagtail.models import Page, Site

    pages = list(Page.objects.filter(translation_key=page.translation_key).live())
    if page.pk not in {p.pk for p in pages}:
        pages.append(page)
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        pages.extend(Page.objects.filter(translation_key=parent.translation_key).live())
    for site in Site.objects.select_related("root_page"):
        pages.extend(
            Page.objects.filter(translation_key=site.root_page.translation_key).live()
        )
    urls = []
    for item in pages:
        url = item.full_url
        if url and url not in urls:
            urls.append(url)
    return urls


def purge_page(page, **kwargs):
    if not enabled():
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    try:
        batch = PurgeBatch()
        batch.add_urls(urls_to_purge(page))
        batch.purge()
    except Exception:  # a CDN outage must never fail a publish
        logger.exception("Frontend cache purge failed for page %s", page.pk)


def _published(sender, instance, **kwargs):
    purge_page(instance)


def _moved(sender, instance, **kwargs):
    purge_page(instance)


def connect():
    page_published.connect(_published, dispatch_uid="competein-frontend-purge-pub")
    page_unpublished.connect(_published, dispatch_uid="competein-frontend-purge-unpub")
    post_page_move.connect(_moved, dispatch_uid="competein-frontend-purge-move")
