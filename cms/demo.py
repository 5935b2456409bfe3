"""Shared machinery for demo content: publishing pages and translating them for real.

Every app that has demo content provides ``<app>/demo.py`` with a ``load(demo)``
function; ``manage.py load_demo`` calls them in INSTALLED_APPS order. Each loader
must be idempotent: it looks things up by a stable key (a slug, a title) and only
creates what is missing, so a second run adds and changes nothing.

Demo content is data, not code: each app keeps its texts and figures in YAML files
under ``<app>/demo_content/`` (one file per region or per kind of content), and a
text a visitor reads is written once with its five languages side by side::

    title:
      en: Good practices
      it: Buone pratiche
      ...

``read`` loads a file; ``english`` gives the structure with the English texts (what
the page is built from) and ``strings`` the translations of every text in it (what
``translate`` needs). The app's ``demo.py`` keeps only how a record becomes a page.

Translations go through wagtail-localize exactly as an editor's would: the English
page is the TranslationSource, its segments get StringTranslations from the loader's
dictionaries, and ``Translation.save_target`` writes and publishes the translated page.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


@dataclass
class DemoContext:
    """Passed to every app's loader: who acts, where to report, what exists."""

    user: object = None
    stdout: object = None
    verbosity: int = 1
    created: dict = field(default_factory=dict)

    def log(self, message):
        if self.stdout is not None and self.verbosity > 0:
            self.stdout.write(message)

    def progress(self, kind, number, total, name):
        """One line per item of a long step: "  Practices 3/22: XPANDE"."""
        self.log(f"  {kind} {number}/{total}: {name}")

    def count(self, kind, n=1):
        self.created[kind] = self.created.get(kind, 0) + n


@contextmanager
def search_index_deferred():
    """Save without updating the search index; the caller indexes once afterwards.

    Every save of an indexed model queues an index update (Wagtail's search
    signal), and the demo saves each page a dozen times (creation, revisions,
    publication, four translations): a third of the loader's time. Wagtail's
    own ``disable_reference_index_auto_update`` does the same for references.
    """
    models = [
        model
        for model in get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def references_deferred(demo, load_pages):
    """``load_pages(demo)`` with Wagtail's reference index switched off; then, if
    it created anything, the references of the pages it returns (and of their
    translations) indexed once. Re-indexing on every save is most of a loader's
    time otherwise."""

    def made():
        return demo.created.get("translations", 0) + demo.created.get("pages", 0)

    before = made()
    with disable_reference_index_auto_update():
        pages = load_pages(demo)
    if made() > before:
        for page in pages:
            for translation in page.get_translations(inclusive=True).specific():
                ReferenceIndex.create_or_update_for_object(translation)
    return pages


MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL
DATA_FOLDER = "demo_content"


def read(app_label, name):
    """The demo data file ``<app>/demo_content/<name>.yaml``, parsed."""
    path = Path(apps.get_app_config(app_label).path) / DATA_FOLDER / f"{name}.yaml"
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def is_text(value):
    """A text in every language: a mapping of language codes, English among them."""
    return isinstance(value, dict) and "en" in value and set(value) <= set(languages())


def english(value):
    """``value`` with every side-by-side text replaced by its English."""
    if is_text(value):
        return value["en"]
    if isinstance(value, dict):
        return {key: english(item) for key, item in value.items()}
    if isinstance(value, list):
        return [english(item) for item in value]
    return value


def translations_of(value):
    """The other languages of a text in every language, ``{code: text}``, for a
    ``TranslationsField``; a plain string (a proper name) has none."""
    if not is_text(value):
        return {}
    return {code: text for code, text in value.items() if code != "en" and text}


def in_every_language(value):
    """``value`` as a text in every language: a name written the same in all of
    them (a plain string) becomes a mapping like the translated ones."""
    if is_text(value):
        return value
    return dict.fromkeys(languages(), value)


def as_segment(text):
    """wagtail-localize stores text segments HTML-escaped ("R&amp;D")."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def strings(*values):
    """{language: {English segment: translation}} for every text inside ``values``."""
    table = {code: {} for code in languages() if code != "en"}

    def collect(value):
        if is_text(value):
            source = as_segment(str(value["en"]))
            for code, text in value.items():
                if code != "en" and text:
                    table[code][source] = as_segment(str(text))
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for value in values:
        collect(value)
    return table


def publish(page, user=None):
    """Save a revision and publish it, like pressing Publish in the editor."""
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def add_child_once(parent, page, user=None):
    """Create ``page`` under ``parent`` unless a child with its slug exists.

    Returns (page, created). The lookup is by slug within the parent's locale, so a
    second demo run finds the page instead of adding "slug-2".
    """
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific, False
    page.locale = parent.locale
    parent.add_child(instance=page)
    return publish(page, user=user), True


def translate(instance, strings_by_language, user=None, publish_translation=True):
    """Translate ``instance`` into every other locale with wagtail-localize.

    ``strings_by_language`` maps a language code to {English segment: translation}.
    Segments without a translation keep the English text (wagtail-localize's
    fallback), which is what an editor sees for a string not yet translated.
    Returns the number of translations created.
    """
    created = 0
    with transaction.atomic():
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        segments = list(
            StringSegment.objects.filter(source=source).select_related(
                "string", "context"
            )
        )
        for locale in Locale.objects.exclude(pk=instance.locale_id):
            add_string_translations(
                segments, locale, strings_by_language.get(locale.language_code, {})
            )
            translation, _ = Translation.objects.get_or_create(
                source=source, target_locale=locale
            )
            if not instance.has_translation(locale):
                if isinstance(instance, Page):
                    # wagtail-localize defers publishing to transaction.on_commit with
                    # a page instance whose tree counters may be stale by then (and
                    # never runs it inside a test transaction), so save a draft and
                    # publish it here, from a fresh copy.
                    translation.save_target(user=user, publish=False)
                    if publish_translation:
                        page = instance.get_translation(locale)
                        page.get_latest_revision().publish(user=user)
                else:
                    translation.save_target(user=user, publish=True)
                created += 1
    return created


def add_string_translations(segments, locale, strings):
    """The translations of ``segments`` into ``locale`` that ``strings`` has and
    the database has not, in one query and one insert (a get_or_create per
    segment was a sixth of the loader's time). Demo texts are plain, valid
    segments: what StringTranslation.save checks (HTML, links) holds for them."""
    wanted = {}
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            wanted[(segment.string_id, segment.context_id)] = text
    if not wanted:
        return
    existing = set(
        StringTranslation.objects.filter(
            locale=locale, translation_of_id__in={key[0] for key in wanted}
        ).values_list("translation_of_id", "context_id")
    )
    StringTranslation.objects.bulk_create(
        StringTranslation(
            translation_of_id=string_id,
            locale=locale,
            context_id=context_id,
            data=text,
            translation_type=MANUAL,
            tool_name="demo content",
        )
        for (string_id, context_id), text in wanted.items()
        if (string_id, context_id) not in existing
    )


def site_root():
    return Page.get_first_root_node()
