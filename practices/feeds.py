"""RSS and Atom feeds of new practices and of exchange activities, per language.

Each feed belongs to an index page (``/en/good-practices/feed/rss/``), so its
language is the page's and its items are the pages of that language.
"""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from cms.access import visible_pages

from .models import EventPage, PracticePage

FEED_LENGTH = 30


class IndexPageFeed(Feed):
    model = None

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return getattr(self.index_page, "intro", "") or self.index_page.title

    subtitle = description

    def base_items(self):
        return visible_pages(
            self.request,
            self.model.objects.child_of(self.index_page),
            locale=self.index_page.locale_id,
        ).defer_streamfields()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return f"{item.translation_key}-{self.index_page.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class PracticeRssFeed(IndexPageFeed):
    model = PracticePage

    def title(self):
        return _("%(title)s: new practices") % {"title": self.index_page.title}

    def items(self):
        return (
            self.base_items()
            .select_related("origin_region")
            .order_by(F("first_published_at").desc(nulls_last=True), "-pk")[
                :FEED_LENGTH
            ]
        )

    def item_categories(self, item):
        return [item.get_pillar_display()]


class PracticeAtomFeed(PracticeRssFeed):
    feed_type = Atom1Feed


class EventRssFeed(IndexPageFeed):
    model = EventPage

    def title(self):
        return _("%(title)s: activities") % {"title": self.index_page.title}

    def items(self):
        return self.base_items().order_by("-start", "-pk")[:FEED_LENGTH]

    def item_categories(self, item):
        return [item.get_kind_display()]


class EventAtomFeed(EventRssFeed):
    feed_type = Atom1Feed
