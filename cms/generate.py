"""Machinery for ``manage.py generate_content``: volume content for benchmarks.

Demo content (cms/demo.py) goes through revisions and wagtail-localize exactly as
an editor's work would; that is right for a few hundred pages and far too slow for
tens of thousands. Generated content takes the bulk path instead:

* pages of one type under one parent are inserted with precomputed tree paths:
  the ``wagtailcore_page`` rows in one ``bulk_create`` per chunk, then each
  specific row with ``save_base(raw=True)`` (Django cannot bulk-create a
  multi-table model; ``raw`` is what ``loaddata`` uses and skips the search
  signal);
* every language gets its own copy of each page, sharing the English page's
  ``translation_key`` as a wagtail-localize translation would (no
  TranslationSource is recorded: editors who want to re-translate a generated
  page start a translation from the English one as usual);
* the search index is filled in chunks once the rows exist.

Everything derives from ``random.Random(seed)`` and fixed dates, so a seed always
gives the same content. Generated pages have slugs starting with ``gen-``, which
is how ``--clear`` finds them.
"""

import datetime
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

GENERATED_PREFIX = "gen-"
LANGUAGES = ["en", "it", "es", "sv", "pl"]
BASE_TIME = datetime.datetime(2026, 1, 1, 9, 0, tzinfo=datetime.UTC)
CHUNK = 500
# Priorities of generated cases of every type, with weights (mostly "normal").
CASE_PRIORITIES = [("low", 2), ("normal", 6), ("high", 2), ("urgent", 1)]
NAMESPACE = uuid.UUID("6d1c4f3e-2b7a-4c8e-9a51-0c5e1f2d3b40")


def generated_key(name):
    """A translation key that is the same for the same name on every run."""
    return uuid.uuid5(NAMESPACE, name)


class Progress:
    """A progress bar on a terminal, a line per tenth elsewhere (logs, CI)."""

    def __init__(self, stdout, label, total, width=30):
        self.stdout = stdout
        self.label = label
        self.total = max(total, 1)
        self.width = width
        self.done = 0
        self.last_tenth = -1
        self.tty = hasattr(stdout, "isatty") and stdout.isatty()
        self._draw()

    def advance(self, n=1):
        self.done = min(self.done + n, self.total)
        self._draw()

    def _draw(self):
        if self.stdout is None:
            return
        share = self.done / self.total
        if self.tty:
            filled = int(share * self.width)
            bar = "#" * filled + "." * (self.width - filled)
            self.stdout.write(
                f"\r{self.label:<24} [{bar}] {share:4.0%} {self.done}/{self.total}",
                ending="",
            )
            if self.done >= self.total:
                self.stdout.write("")
            self.stdout.flush()
        else:
            tenth = int(share * 10)
            if tenth != self.last_tenth:
                self.last_tenth = tenth
                self.stdout.write(
                    f"{self.label}: {share:.0%} ({self.done}/{self.total})"
                )


@dataclass
class GenerationContext:
    """What every app's generator receives and fills in."""

    rng: object
    stdout: object = None
    created: dict = field(default_factory=dict)
    # {language: [RegionPage, ...]} in the same order in every language.
    regions: dict = field(default_factory=dict)
    # {language: [PracticePage, ...]} in the same order in every language.
    practices: dict = field(default_factory=dict)
    indexed: list = field(default_factory=list)
    # The languages to generate; the vocabulary tables are indexed by LANGUAGES.
    languages: list = field(default_factory=lambda: list(LANGUAGES))

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def progress(self, label, total):
        return Progress(self.stdout, label, total)

    def count(self, kind, n):
        self.created[kind] = self.created.get(kind, 0) + n

    def moment(self, days=0, hours=0):
        return BASE_TIME + datetime.timedelta(days=days, hours=hours)

    def positions(self):
        """(position in LANGUAGES, language) for each language to generate."""
        return [(n, code) for n, code in enumerate(LANGUAGES) if code in self.languages]


@contextmanager
def explicit_timestamps(model, *names):
    """Let bulk_create keep the given auto_now/auto_now_add values.

    Generated cases carry dates spread over past years (deterministic for a
    seed); Django would otherwise overwrite them with the time of the insert.
    """
    fields = [model._meta.get_field(name) for name in names]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    try:
        for f in fields:
            f.auto_now = f.auto_now_add = False
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def bulk_add_children(parent, pages, progress=None):
    """Insert ``pages`` (unsaved specific instances) as live children of ``parent``.

    Sets tree path, depth, URL path, locale, content type and publication dates,
    and returns the pages with their primary keys. Inline child objects are not
    saved here; the caller bulk-creates them with the returned pks.
    """
    if not pages:
        return []
    parent = Page.objects.get(pk=parent.pk)  # fresh numchild and path
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last is not None else 0
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    for start in range(0, len(pages), CHUNK):
        chunk = pages[start : start + CHUNK]
        rows = []
        for page in chunk:
            step += 1
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, step)
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale_id = parent.locale_id
            page.content_type = content_type
            page.live = True
            page.has_unpublished_changes = False
            page.draft_title = page.title
            if page.translation_key is None:
                page.translation_key = uuid.uuid4()
            if page.first_published_at is None:
                page.first_published_at = timezone.now()
            if page.last_published_at is None:
                page.last_published_at = page.first_published_at
            rows.append(
                Page(**{f.attname: getattr(page, f.attname) for f in page_fields})
            )
        created = Page.objects.bulk_create(rows)
        for page, row in zip(chunk, created, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
            for parent_link in model._meta.parents.values():
                if parent_link is not None:
                    setattr(page, parent_link.attname, row.pk)
            page.save_base(raw=True, force_insert=True)
        if progress is not None:
            progress.advance(len(chunk))
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def index_objects(ctx, model, objects):
    """Add ``objects`` to every search backend's index, in chunks, with progress."""
    from wagtail.search.backends import get_search_backends
    from wagtail.search.index import class_is_indexed

    if not objects or not class_is_indexed(model):
        return
    progress = ctx.progress(f"indexing {model._meta.verbose_name_plural}", len(objects))
    backends = list(get_search_backends(with_auto_update=True))
    for start in range(0, len(objects), CHUNK):
        chunk = objects[start : start + CHUNK]
        for backend in backends:
            index = backend.get_index_for_model(model)
            if index is not None:
                index.add_items(model, chunk)
        progress.advance(len(chunk))
