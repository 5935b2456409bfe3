"""Which page is missing, outdated, in review or up to date in which language.

For every live page of the default language (English) a viewer follows, and every
other language, one state:

- **missing**: no live translation and none in review (a draft started by
  "Translate this page" counts here, with a note);
- **in review**: the translation is in the review workflow;
- **outdated**: the English page was published again after the translation was
  last written (wagtail-localize's translation log, or the translation's own
  publication for translations made without it);
- **up to date**: the rest.

Pages are grouped by region: the region page's subtree, or the region a shared
page names (a good practice's origin region); the other pages are the shared
ones. Regional editors and coordinators follow their regions, the lead partner
every region and the shared pages (``Viewer.translation_region_keys``).

The whole table costs a fixed number of queries, whatever the number of pages.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import TranslationLog, TranslationSource

from cms.regional import named_region_ids, region_page_model

MISSING = "missing"
OUTDATED = "outdated"
IN_REVIEW = "in_review"
UP_TO_DATE = "up_to_date"
STATES = (MISSING, OUTDATED, IN_REVIEW, UP_TO_DATE)
STATE_LABELS = {
    MISSING: _("Missing"),
    OUTDATED: _("Outdated"),
    IN_REVIEW: _("In review"),
    UP_TO_DATE: _("Up to date"),
}
# States that are work for the region's editors.
TO_DO = (MISSING, OUTDATED)
SHARED = "shared"


@dataclass
class Item:
    """One English page in one language."""

    page_id: int
    title: str
    region: str
    locale: Locale
    state: str
    target_id: int | None = None
    draft: bool = False
    source_id: int | None = None

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def links(self):
        """What to do next, as (label, url) pairs."""
        if self.target_id is None:
            return [
                (
                    _("Translate"),
                    reverse(
                        "wagtail_localize:submit_page_translation", args=[self.page_id]
                    ),
                )
            ]
        links = [
            (
                _("Open the translation"),
                reverse("wagtailadmin_pages:edit", args=[self.target_id]),
            )
        ]
        if self.state == OUTDATED and self.source_id is not None:
            links.append(
                (
                    _("Update from the English page"),
                    reverse(
                        "wagtail_localize:update_translations", args=[self.source_id]
                    ),
                )
            )
        return links


@dataclass
class Row:
    key: str
    title: str
    cells: dict = field(default_factory=lambda: defaultdict(Counter))

    def total(self, state=None):
        return sum(
            (counts[state] if state else sum(counts.values()))
            for counts in self.cells.values()
        )


class TranslationStatus:
    def __init__(self, viewer):
        self.viewer = viewer
        self.default = Locale.get_default()
        order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
        self.locales = sorted(
            Locale.objects.exclude(pk=self.default.pk),
            key=lambda locale: order.get(locale.language_code, len(order)),
        )
        self.region_titles = {}
        self.items = self._items() if viewer.follows_translations else []
        self.rows = self._rows()

    # What the viewer follows ----------------------------------------------------
    def _regions(self):
        region_type = ContentType.objects.get_for_model(region_page_model())
        return list(
            Page.objects.filter(content_type=region_type, locale=self.default)
            .order_by("title")
            .values("id", "path", "title", "translation_key")
        )

    def _named_regions(self, pages, regions):
        """Region keys of the pages outside every region's subtree that name one
        (one query per page type that has a region field)."""
        by_id = {region["id"]: region["translation_key"] for region in regions}
        named = named_region_ids((p["id"], p["content_type_id"]) for p in pages)
        return {
            page_id: by_id[region_id]
            for page_id, region_id in named.items()
            if region_id in by_id
        }

    def _sources(self, regions):
        pages = list(
            Page.objects.filter(locale=self.default, live=True, depth__gt=1)
            .filter(alias_of__isnull=True)
            .order_by("path")
            .values(
                "id",
                "path",
                "title",
                "translation_key",
                "content_type_id",
                "last_published_at",
            )
        )
        outside = []
        for page in pages:
            page["region"] = next(
                (
                    region["translation_key"]
                    for region in regions
                    if page["path"].startswith(region["path"])
                ),
                None,
            )
            if page["region"] is None:
                outside.append(page)
        named = self._named_regions(outside, regions)
        for page in outside:
            page["region"] = named.get(page["id"], SHARED)
        if self.viewer.follows_every_translation:
            return pages
        keys = {str(key) for key in self.viewer.translation_region_keys}
        return [page for page in pages if str(page["region"]) in keys]

    def _items(self):
        regions = self._regions()
        self.region_titles = {
            str(region["translation_key"]): region["title"] for region in regions
        }
        sources = self._sources(regions)
        keys = [page["translation_key"] for page in sources]
        if not keys:
            return []
        english = Page.objects.filter(locale=self.default, live=True, depth__gt=1)
        key_query = english.values("translation_key")
        targets = {
            (row["translation_key"], row["locale_id"]): row
            for row in Page.objects.filter(
                translation_key__in=key_query,
                locale__in=self.locales,
                alias_of__isnull=True,
            ).values("id", "translation_key", "locale_id", "live", "last_published_at")
        }
        written = {
            (row["source__object_id"], row["locale_id"]): row["last"]
            for row in TranslationLog.objects.filter(
                source__object_id__in=key_query, source__locale=self.default
            )
            .values("source__object_id", "locale_id")
            .annotate(last=Max("created_at"))
        }
        source_ids = dict(
            TranslationSource.objects.filter(
                object_id__in=key_query, locale=self.default
            ).values_list("object_id", "pk")
        )
        in_review = {
            int(object_id)
            for object_id in WorkflowState.objects.filter(
                status=WorkflowState.STATUS_IN_PROGRESS,
                base_content_type=ContentType.objects.get_for_model(Page),
            ).values_list("object_id", flat=True)
        }
        items = []
        for page in sources:
            for locale in self.locales:
                target = targets.get((page["translation_key"], locale.pk))
                item = Item(
                    page_id=page["id"],
                    title=page["title"],
                    region=str(page["region"]),
                    locale=locale,
                    state=UP_TO_DATE,
                    source_id=source_ids.get(page["translation_key"]),
                )
                if target is not None:
                    item.target_id = target["id"]
                if target is None:
                    item.state = MISSING
                elif target["id"] in in_review:
                    item.state = IN_REVIEW
                elif not target["live"]:
                    item.state, item.draft = MISSING, True
                else:
                    last = (
                        written.get((page["translation_key"], locale.pk))
                        or (target["last_published_at"])
                    )
                    published = page["last_published_at"]
                    if published and last and published > last:
                        item.state = OUTDATED
                items.append(item)
        return items

    # The table ------------------------------------------------------------------
    def _rows(self):
        rows = {}
        for item in self.items:
            row = rows.get(item.region)
            if row is None:
                title = (
                    _("Shared pages")
                    if item.region == SHARED
                    else self.region_titles.get(item.region, item.region)
                )
                row = rows[item.region] = Row(key=item.region, title=title)
            row.cells[item.locale.pk][item.state] += 1
        shared = rows.pop(SHARED, None)
        ordered = sorted(rows.values(), key=lambda row: str(row.title))
        return ordered + ([shared] if shared else [])

    def totals(self, locale=None):
        counts = Counter()
        for item in self.items:
            if locale is None or item.locale.pk == locale.pk:
                counts[item.state] += 1
        return counts

    def select(self, region=None, language=None, state=None):
        return [
            item
            for item in self.items
            if (region is None or item.region == region)
            and (language is None or item.locale.language_code == language)
            and (state is None or item.state == state)
        ]
