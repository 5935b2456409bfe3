"""The demo's translation work in progress, so that the translation status view
and the dashboard's "Translations to do" have something true to show on any day
``make run`` is run:

- each region's first value chain was updated in English after it had been
  translated: it is outdated in every other language;
- in each region that works in a language other than English, the region's
  editor has submitted a revised translation of the territory profile in that
  language, which waits for the region's coordinators (the live page stays as it
  is until the lead partner approves).

Run after the demo accounts exist (``load_cases``); a second run changes nothing.
"""

from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail_localize.models import TranslationLog

from cms.translations import review

from .demo_internal import WORKING_LANGUAGE
from .models import RegionPage, ValueChainPage


def _user(username):
    return get_user_model().objects.filter(username=username).first()


def _outdated(page):
    """Whether ``page`` (English) was published after its last translation."""
    last = (
        TranslationLog.objects.filter(source__object_id=page.translation_key)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    return last is not None and page.last_published_at > last


def update_in_english(demo, region):
    chain = ValueChainPage.objects.child_of(region).order_by("path").first()
    if chain is None or _outdated(chain):
        return
    lead = _user("lead-partner") or demo.user
    chain.save_revision(user=lead, log_action=True).publish(user=lead)
    demo.count("outdated translations", 1)


def submit_revised_translation(demo, region):
    language = WORKING_LANGUAGE.get(region.country, "en")
    editor = _user(f"{region.slug}-editor")
    locale = Locale.objects.filter(language_code=language).first()
    if language == "en" or editor is None or locale is None:
        return
    page = region.get_translation_or_none(locale)
    if page is None or review.open_workflow_state(page) is not None:
        return
    translation = review.translation_of(page)
    if translation is None or page.get_workflow() is None:
        return
    review.save_draft(translation, page.specific, editor)
    page.get_workflow().start(page, editor)
    demo.count("translations in review", 1)


def load_translation_work(demo):
    regions = RegionPage.objects.filter(locale=Locale.get_default()).order_by("path")
    for number, region in enumerate(regions, start=1):
        demo.progress("Translation work", number, len(regions), region.title)
        update_in_english(demo, region)
        submit_revised_translation(demo, region)
