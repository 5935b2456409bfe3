"""Nothing goes live without the lead partner: every route to publishing.

A regional coordinator (and editor) can save, submit, review their step, lock and
schedule, but no route of Wagtail or wagtail-localize puts their change live: the
edit view, scheduled publishing, bulk publish and unpublish, copy with publish,
revert-and-publish, wagtail-localize's "publish translation" and "sync translations
and publish", the admin API. The lead partner's approval does.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from regions.tests.test_governance_permissions import page_form
from regions.tests.test_governance_workflow import act, submit


def live_title(page):
    return Page.objects.get(pk=page.pk).specific.title


def test_edit_view_offers_no_publish_and_refuses_it(client, governed):  # noqa: F811
    north = governed.north
    for user in (north.users.coordinator, north.users.editor):
        client.force_login(user)
        url = reverse("wagtailadmin_pages:edit", args=[north.news.pk])
        assert 'name="action-publish"' not in client.get(url).content.decode()
        client.post(
            url, {**page_form("Live now?", north.news.slug), "action-publish": "1"}
        )
        assert live_title(north.news) == "Test North news"
        assert Page.objects.get(pk=north.news.pk).has_unpublished_changes


def test_scheduled_publishing_does_not_bypass_the_review(client, governed):  # noqa: F811
    north = governed.north
    client.force_login(north.users.coordinator)
    soon = timezone.now() + datetime.timedelta(hours=1)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[north.news.pk]),
        {
            **page_form("Scheduled by coordinator", north.news.slug),
            "go_live_at": soon.strftime("%Y-%m-%d %H:%M"),
            "action-publish": "1",
        },
    )
    page = Page.objects.get(pk=north.news.pk)
    assert page.title == "Test North news"
    # No revision waits to go live by itself.
    assert not page.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_unpublish_and_bulk_actions_are_refused(client, governed):  # noqa: F811
    north = governed.north
    client.force_login(north.users.coordinator)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[north.news.pk]))
    assert Page.objects.get(pk=north.news.pk).live
    draft = north.news.specific
    draft.title = "Draft of the coordinator"
    draft.save_revision(user=north.users.coordinator)
    for action in ("publish", "unpublish"):
        url = (
            reverse("wagtail_bulk_action", args=("wagtailcore", "page", action))
            + f"?id={north.news.pk}"
        )
        response = client.post(url, {"include_descendants": ""})
        assert response.status_code in (200, 302, 403)
        page = Page.objects.get(pk=north.news.pk)
        assert page.live and page.title == "Test North news", action


def test_copy_with_publish_makes_a_draft_copy(client, governed):  # noqa: F811
    north = governed.north
    client.force_login(north.users.coordinator)
    client.post(
        reverse("wagtailadmin_pages:copy", args=[north.news.pk]),
        {
            "new_title": "Copied news",
            "new_slug": "copied-news",
            "new_parent_page": north.region.pk,
            "copy_subpages": "",
            "publish_copies": "on",
        },
    )
    copy = Page.objects.filter(slug="copied-news").first()
    assert copy is None or not copy.live


def test_revert_and_publish_is_refused(client, governed):  # noqa: F811
    north = governed.north
    page = north.news.specific
    old_revision = page.latest_revision
    page.title = "Newer draft"
    page.save_revision(user=governed.lead).publish(user=governed.lead)
    client.force_login(north.users.coordinator)
    revert = reverse(
        "wagtailadmin_pages:revisions_revert", args=[page.pk, old_revision.pk]
    )
    assert 'name="action-publish"' not in client.get(revert).content.decode()
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {
            **page_form("Test North news", page.slug),
            "revision": old_revision.pk,
            "action-publish": "1",
        },
    )
    assert live_title(page) == "Newer draft"


@pytest.fixture
def italian(db):
    return Locale.objects.get_or_create(language_code="it")[0]


def test_translations_are_not_published_by_regional_people(client, governed, italian):  # noqa: F811
    north = governed.north
    source, _created = TranslationSource.get_or_create_from_instance(north.news)
    client.force_login(north.users.coordinator)
    # Sync translations, asking to publish them at once: saved as drafts only.
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    form = client.get(url).content.decode()
    assert "publish_translations" not in form
    translation = Translation.objects.create(source=source, target_locale=italian)
    translation.save_target(user=governed.lead, publish=False)
    client.post(url, {"publish_translations": "on"})
    translated = north.news.get_translation(italian)
    assert not translated.live
    # wagtail-localize's own "Publish" of the translation editor.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[translated.pk]),
        {"action": "publish"},
    )
    assert response.status_code in (200, 302, 403)
    assert not Page.objects.get(pk=translated.pk).live


def test_the_admin_api_is_read_only(client, governed):  # noqa: F811
    client.force_login(governed.north.users.coordinator)
    url = f"/admin/api/main/pages/{governed.north.news.pk}/"
    assert client.post(url, {"title": "x"}).status_code in (403, 404, 405)
    assert live_title(governed.north.news) == "Test North news"


def test_only_the_lead_partners_approval_puts_it_live(client, governed):  # noqa: F811
    north = governed.north
    submit(client, north.users.editor, north.news, "Reviewed news")
    act(client, north.users.coordinator, north.news, "approve")
    assert live_title(north.news) == "Test North news"
    act(client, governed.lead, north.news, "approve")
    assert live_title(north.news) == "Reviewed news"
