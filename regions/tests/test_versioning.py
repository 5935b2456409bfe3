"""Revisions (compare, revert), locking and scheduled publishing on page types.

These are Wagtail's built-ins; the tests prove they work for this project's pages
and roles: a StandardPage inside a region and a RegionPage.
"""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from regions.tests.test_governance_permissions import page_form


def page_under_test(governed, kind):  # noqa: F811
    return governed.north.news if kind == "standard" else governed.north.region


def new_revision(page, user, title):
    draft = page.get_latest_revision_as_object()
    draft.title = title
    return draft.save_revision(user=user)


@pytest.mark.parametrize("kind", ["standard", "region"])
def test_revisions_can_be_compared_and_reverted(client, governed, kind):  # noqa: F811
    page = page_under_test(governed, kind)
    coordinator = governed.north.users.coordinator
    first = page.latest_revision
    original_title = page.title
    # Only the lead partner publishes (coordinators review).
    new_revision(page, coordinator, f"{original_title} (second)").publish(
        user=governed.lead
    )
    page.refresh_from_db()
    assert page.title == f"{original_title} (second)"

    client.force_login(coordinator)
    compare = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[page.pk, first.pk, page.latest_revision.pk],
    )
    response = client.get(compare)
    assert response.status_code == 200
    content = response.content.decode()
    assert original_title in content
    assert "(second)" in content

    revert = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk])
    response = client.get(revert)
    assert response.status_code == 200
    assert response.context["form"].initial["title"] == original_title

    # Reverting saves the old content as a new revision, then publishes it.
    first.as_object().save_revision(
        user=coordinator, previous_revision=first, log_action=True
    ).publish(user=governed.lead, previous_revision=first)
    page.refresh_from_db()
    assert page.title == original_title
    assert page.revisions.count() >= 3
    assert PageLogEntry.objects.filter(page=page, action="wagtail.revert").exists()

    # The other region's coordinator cannot even look at the comparison.
    client.force_login(governed.south.users.coordinator)
    response = client.get(compare)
    assert response.status_code in (302, 403)


def test_revert_through_the_editor(client, governed):  # noqa: F811
    page = governed.north.news
    lead = governed.lead  # only the lead partner publishes a revert at once
    first = page.latest_revision
    new_revision(page, lead, "Second title").publish(user=lead)
    client.force_login(lead)
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk])
    response = client.post(
        url,
        {**page_form("Test North news", page.slug), "action-publish": "1"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Test North news"
    assert PageLogEntry.objects.filter(page=page, action="wagtail.revert").exists()


@pytest.mark.parametrize("kind", ["standard", "region"])
def test_a_locked_page_refuses_other_editors(client, governed, kind):  # noqa: F811
    page = page_under_test(governed, kind)
    north = governed.north
    client.force_login(north.users.coordinator)
    client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    page.refresh_from_db()
    assert page.locked
    assert page.get_lock().for_user(north.users.editor)
    assert not page.permissions_for_user(north.users.editor).can_edit() or (
        page.permissions_for_user(north.users.editor).page_locked()
    )
    if kind == "standard":
        client.force_login(north.users.editor)
        revision_before = page.latest_revision_id
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            page_form("Edited while locked", page.slug),
        )
        assert response.status_code in (200, 302, 403)
        page.refresh_from_db()
        assert page.latest_revision_id == revision_before
    # The editor cannot unlock the coordinator's lock.
    client.force_login(north.users.editor)
    client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
    page.refresh_from_db()
    assert page.locked


@pytest.mark.parametrize("kind", ["standard", "region"])
def test_scheduled_publishing_with_publish_scheduled(governed, kind):  # noqa: F811
    page = page_under_test(governed, kind)
    coordinator = governed.lead  # publishing, scheduled or not, is the lead's
    old_title = page.title
    draft = page.get_latest_revision_as_object()
    draft.title = f"{old_title} (scheduled)"
    draft.go_live_at = timezone.now() + timedelta(days=1)
    revision = draft.save_revision(user=coordinator)
    revision.publish(user=coordinator)
    page.refresh_from_db()
    assert page.title == old_title  # scheduled, not live yet
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None

    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.title == old_title  # not due yet

    tomorrow = timezone.now() + timedelta(days=1, minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=tomorrow):
        call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.title == f"{old_title} (scheduled)"
    assert page.live


@pytest.mark.parametrize("kind", ["standard", "region"])
def test_scheduled_unpublishing(governed, kind):  # noqa: F811
    page = page_under_test(governed, kind)
    type(page).objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live
    assert page.expired
