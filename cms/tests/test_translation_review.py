"""A translation goes through the region's review and the lead partner, like any
change: translating publishes nothing (cms.translations.review)."""

import html

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.governance.roles import REGIONAL_TASK_NAME
from cms.testing import italian, start_translation, submit_translation
from cms.translations.review import SUBMIT_FIELD

pytestmark = pytest.mark.django_db


def translate_texts(page, prefix="IT"):
    """Every text of the English ``page`` translated into Italian as the editor
    would in wagtail-localize's editor (one StringTranslation per segment)."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=italian()
    )
    for segment in StringSegment.objects.filter(
        source=translation.source
    ).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=italian(),
            context=segment.context,
            defaults={"data": f"{prefix} {segment.string.data}"},
        )
    return translation


def messages_of(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return " ".join(str(m) for m in response.context["messages"])


def approve(user, page):
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    task_state = state.current_task_state
    task = task_state.task.specific
    actions = [name for name, _label, _modal in task.get_actions(page, user)]
    assert "approve" in actions, f"{user} may not approve at {task.name}"
    task.on_action(task_state, user, "approve")


def public_status(client, page):
    client.logout()
    page.refresh_from_db()
    return client.get(page.url).status_code if page.live else 404


def test_a_new_translation_goes_live_only_after_both_approvals(client, governed):
    north = governed.north
    it_news = start_translation(client, north.users.editor, north.news)
    assert not it_news.live
    translate_texts(north.news)

    response = submit_translation(client, it_news)
    assert response.status_code == 302
    assert "submitted for review" in messages_of(client, it_news)
    it_news.refresh_from_db()
    assert not it_news.live
    assert it_news.get_latest_revision_as_object().title == "IT Test North news"
    assert it_news.current_workflow_task.name == REGIONAL_TASK_NAME

    # Another region's coordinator may not approve; the region's coordinator may.
    state = WorkflowState.objects.for_instance(it_news).get()
    task = state.current_task_state.task.specific
    assert task.get_actions(it_news, governed.south.users.coordinator) == []
    approve(north.users.coordinator, it_news)
    assert public_status(client, it_news) == 404  # the lead partner is next

    approve(governed.lead, it_news)
    it_news.refresh_from_db()
    assert it_news.live and it_news.title == "IT Test North news"
    assert public_status(client, it_news) == 200


def test_a_change_to_a_live_translation_stays_private_until_approved(client, governed):
    north = governed.north
    it_news = start_translation(client, north.users.editor, north.news)
    translate_texts(north.news)
    submit_translation(client, it_news)
    approve(north.users.coordinator, it_news)
    approve(governed.lead, it_news)

    translate_texts(north.news, prefix="NUOVO")
    client.force_login(north.users.editor)
    submit_translation(client, it_news)
    it_news.refresh_from_db()
    # The draft is a revision in review; the live page is still the approved one.
    assert it_news.title == "IT Test North news"
    assert it_news.get_latest_revision_as_object().title == "NUOVO Test North news"
    client.logout()
    assert "IT Test North news" in client.get(it_news.url).content.decode()
    assert "NUOVO" not in client.get(it_news.url).content.decode()

    approve(north.users.coordinator, it_news)
    approve(governed.lead, it_news)
    it_news.refresh_from_db()
    assert it_news.title == "NUOVO Test North news"


def test_texts_left_in_english_are_said_before_and_after_submitting(client, governed):
    """Proper names may stay as they are: the editor and the message say how many
    texts are still in English, and the reviewers decide."""
    north = governed.north
    it_news = start_translation(client, north.users.editor, north.news)
    edit = reverse("wagtailadmin_pages:edit", args=[it_news.pk])
    assert "still in English, as in the original" in client.get(edit).content.decode()

    response = submit_translation(client, it_news)
    assert response.status_code == 302
    said = messages_of(client, it_news)
    assert "has been submitted for review" in said
    assert "still in English, as in the original" in said
    assert WorkflowState.objects.for_instance(it_news).get().status == "in_progress"


def test_a_translation_in_review_is_not_submitted_twice(client, governed):
    north = governed.north
    it_news = start_translation(client, north.users.editor, north.news)
    translate_texts(north.news)
    submit_translation(client, it_news)

    submit_translation(client, it_news)
    assert "already in review" in messages_of(client, it_news)
    assert WorkflowState.objects.for_instance(it_news).count() == 1


def test_requested_changes_then_resubmission_resumes_the_review(client, governed):
    north = governed.north
    it_news = start_translation(client, north.users.editor, north.news)
    translate_texts(north.news)
    submit_translation(client, it_news)
    state = WorkflowState.objects.for_instance(it_news).get()
    task_state = state.current_task_state
    task_state.task.specific.on_action(
        task_state, north.users.coordinator, "reject", comment="Tone it down"
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    client.force_login(north.users.editor)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[it_news.pk]))
    assert "The reviewers asked for changes." in editor.content.decode()
    translate_texts(north.news, prefix="RIVISTO")
    submit_translation(client, it_news)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "submitted for review again" in messages_of(client, it_news)


def test_another_region_cannot_submit_or_see_the_panel(client, governed):
    north, south = governed.north, governed.south
    it_news = start_translation(client, north.users.editor, north.news)
    translate_texts(north.news)

    client.force_login(south.users.editor)
    edit = reverse("wagtailadmin_pages:edit", args=[it_news.pk])
    assert client.get(edit).status_code in (302, 403)
    response = submit_translation(client, it_news)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url != edit
    assert not WorkflowState.objects.for_instance(it_news).exists()


def test_the_editor_shows_where_the_translation_stands(client, governed):
    north = governed.north
    it_news = start_translation(client, north.users.editor, north.news)
    translate_texts(north.news)
    edit = reverse("wagtailadmin_pages:edit", args=[it_news.pk])

    page = client.get(edit).content.decode()
    assert f'name="{SUBMIT_FIELD}"' in page
    assert "nothing is published by translating" in page

    submit_translation(client, it_news)
    page = client.get(edit).content.decode()
    assert f'name="{SUBMIT_FIELD}"' not in page
    assert f'In review at the step "{REGIONAL_TASK_NAME}"' in html.unescape(page)
    assert "data-workflow-action-url" not in page  # the editor reviews nothing

    client.force_login(north.users.coordinator)
    page = client.get(edit).content.decode()
    assert "data-workflow-action-url" in page
    assert "Preview the submitted translation" in page


def test_the_english_page_has_no_review_panel(client, governed):
    north = governed.north
    client.force_login(north.users.editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[north.news.pk]))
    assert response.status_code == 200
    assert SUBMIT_FIELD not in response.content.decode()
    assert isinstance(north.news, Page)
