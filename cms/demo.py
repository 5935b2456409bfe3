"""Shared machinery for demo content: publishing pages and translating them for real.

Every app that has demo content provides ``<app>/demo.py`` with a ``load(demo)``
function; ``manage.py load_demo`` calls them in INSTALLED_APPS order. Each loader
must be idempotent: it looks things up by a stable key (a slug, a title) and only
creates what is missing, so a second run adds and changes nothing.

Translations go through wagtail-localize exactly as an editor's would: the English
page is the TranslationSource, its segments get StringTranslations from the loader's
dictionaries, and ``Translation.save_target`` writes and publishes the translated page.
"""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale, Page
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

    def count(self, kind, n=1):
        self.created[kind] = self.created.get(kind, 0) + n


MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL


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
            strings = strings_by_language.get(locale.language_code, {})
            for segment in segments:
                text = strings.get(segment.string.data)
                if text:
                    StringTranslation.objects.get_or_create(
                        translation_of=segment.string,
                        locale=locale,
                        context=segment.context,
                        defaults={
                            "data": text,
                            "translation_type": MANUAL,
                            "tool_name": "demo content",
                        },
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


def site_root():
    return Page.get_first_root_node()
