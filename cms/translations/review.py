"""Submitting a translation to the review workflow.

wagtail-localize's editor saves each translated text as the editor types it, and
offers only "Publish in <language>", to people who may publish. A regional editor
may not publish, so their translation used to wait for the lead partner to publish
it by hand, outside the regional review. Here the translation becomes a draft
revision of the translated page and goes through the page's workflow (the region's
coordinators, then the lead partner) like any other change.

wagtail-localize's own draft saving (``Translation.save_target(publish=False)``)
writes the translated fields to the page's row before making the revision; for a
page that is live, the row *is* the live page, so the draft would be public at
once. A live page's draft is therefore built in memory here and stored only as a
revision; a page that is not live yet is saved by wagtail-localize as usual.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.coreutils import find_available_slug
from wagtail.models import WorkflowState
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation, TranslationLog
from wagtail_localize.segments.ingest import ingest_segments

SUBMIT_FIELD = "competein-submit-translation"


class CannotSubmit(Exception):
    """The translation cannot go to review; the message says why."""


def translation_of(page):
    """The enabled wagtail-localize translation that writes ``page``, or None
    (the page is an English source or a translation not synchronised any more)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def untranslated_count(translation):
    """How many texts of the source have no translation in the target language."""
    return (
        translation.source.stringsegment_set.annotate_translation(
            translation.target_locale
        )
        .filter(translation__isnull=True)
        .count()
    )


def open_workflow_state(page):
    """The page's workflow that is in review or waiting for changes, or None."""
    return (
        WorkflowState.objects.for_instance(page)
        .filter(
            status__in=[
                WorkflowState.STATUS_IN_PROGRESS,
                WorkflowState.STATUS_NEEDS_CHANGES,
            ]
        )
        .select_related("current_task_state__task")
        .first()
    )


def save_draft(translation, page, user):
    """A new revision of ``page`` with the current translations; the live page is
    left as it is. Returns the revision; raises ValidationError."""
    if not page.live:
        translation.save_target(user=user, publish=False)
        return page.get_latest_revision()
    source = translation.source
    original = source.as_instance()
    draft = page.get_latest_revision_as_object()
    copy_synchronised_fields(original, draft)
    # The same segments wagtail-localize's own saving uses (missing ones fall back
    # to the source text, which submit() refuses before we get here).
    segments = source._get_segments_for_translation(
        translation.target_locale, fallback=True
    )
    ingest_segments(original, draft, source.locale, translation.target_locale, segments)
    # As wagtail-localize does: a translated slug made valid and unique.
    draft.slug = find_available_slug(
        page.get_parent(), slugify(draft.slug), ignore_page_id=page.pk
    )
    revision = draft.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(
        source=source, locale=translation.target_locale, revision=revision
    )
    return revision


@transaction.atomic
def submit(page, user):
    """Put the current translation of ``page`` into review; return the message to
    show. Raises CannotSubmit with the reason."""
    translation = translation_of(page)
    if translation is None:
        raise CannotSubmit(
            _("This page is not a synchronised translation: use the page editor.")
        )
    workflow = page.get_workflow()
    if workflow is None:
        raise CannotSubmit(_("No review workflow covers this page."))
    state = open_workflow_state(page)
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise CannotSubmit(
            _(
                "This translation is already in review. Changes made now go into "
                "the next submission, after the reviewers' decision."
            )
        )
    missing = untranslated_count(translation)
    try:
        save_draft(translation, page, user)
    except ValidationError as error:
        raise CannotSubmit(
            _("The translation cannot be saved: %(errors)s")
            % {"errors": " ".join(error.messages)}
        ) from error
    page.refresh_from_db()
    title = {"title": page.get_admin_display_title()}
    if state is not None:
        state.resume(user)
        message = _("'%(title)s' has been submitted for review again.") % title
    else:
        workflow.start(page, user)
        message = _("'%(title)s' has been submitted for review.") % title
    if missing:
        message += " " + still_in_source_language(missing, translation)
    return message


def still_in_source_language(count, translation):
    """What the editor and the reviewers are told about texts left untranslated
    (proper names stay as they are; anything else is for the review to catch)."""
    return ngettext(
        "%(count)d text is still in %(language)s, as in the original.",
        "%(count)d texts are still in %(language)s, as in the original.",
        count,
    ) % {"count": count, "language": translation.source.locale.get_display_name()}


def review_panel(page, user):
    """What the translation editor shows above the texts: where the translation
    stands in the review, and what this user may do about it."""
    from django.urls import reverse

    state = open_workflow_state(page)
    panel = {
        "page": page,
        "state": state,
        "submit_field": SUBMIT_FIELD,
        "may_submit": False,
        "actions": [],
        "workflow": page.get_workflow(),
    }
    if panel["workflow"] is None:
        return panel
    if state is None or state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        panel["may_submit"] = page.permissions_for_user(user).can_edit()
        translation = translation_of(page)
        missing = untranslated_count(translation) if translation else 0
        if missing:
            panel["untranslated"] = still_in_source_language(missing, translation)
        return panel
    task_state = state.current_task_state
    task = task_state.task.specific if task_state else None
    if task is not None:
        panel["task"] = task
        panel["since"] = task_state.started_at
        panel["preview_url"] = reverse(
            "wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk]
        )
        panel["actions"] = [
            {
                "label": label,
                "modal": modal,
                "url": reverse(
                    "wagtailadmin_pages:workflow_action",
                    args=[page.pk, name, task_state.pk],
                ),
            }
            for name, label, modal in task.get_actions(page, user)
        ]
    return panel
