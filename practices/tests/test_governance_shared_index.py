"""Regions file practices into one shared library; each region reviews its own.

The practice library sits outside every region's subtree. A regional editor may add
practices there (and edit the ones they created), must name one of their own
regions as the origin region, and the first review step goes to that region's
coordinators.
"""

from django.urls import reverse
from wagtail.models import Page

from cms.governance import region_of
from practices.models import PracticeIndexPage, PracticePage
from practices.tests.test_pages import practice_form_data


def add_url(index):
    return reverse(
        "wagtailadmin_pages:add", args=["practices", "practicepage", index.pk]
    )


def file_practice(client, user, region, slug, **extra):
    client.force_login(user)
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    data = practice_form_data(
        title=f"Practice {slug}", slug=slug, origin_region=str(region.pk)
    )
    data.update(extra)
    return client.post(add_url(index), data)


def test_editor_files_a_practice_reviewed_by_own_coordinators(client, governed):  # noqa: F811
    north, south = governed.north, governed.south
    response = file_practice(
        client,
        north.users.editor,
        north.region,
        "north-vouchers",
        **{"action-submit": "1"},
    )
    assert response.status_code == 302
    page = PracticePage.objects.get(slug="north-vouchers")
    assert not page.live
    assert page.owner == north.users.editor
    assert region_of(page).pk == north.region.pk

    state = page.current_workflow_task_state
    task = state.task.specific
    assert task.name == "Approval by the region's coordinators"
    assert task.get_actions(page, south.users.coordinator) == []
    assert task.get_actions(page, north.users.coordinator)

    # The editor goes on editing their own practice; the other region cannot.
    client.force_login(north.users.editor)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(edit).status_code == 200
    client.force_login(south.users.editor)
    assert client.get(edit).status_code in (302, 403)


def test_editor_must_name_one_of_their_regions(client, governed):  # noqa: F811
    north, south = governed.north, governed.south
    response = file_practice(client, north.users.editor, south.region, "elsewhere")
    assert response.status_code == 200
    assert not PracticePage.objects.filter(slug="elsewhere").exists()
    form = response.context["form"]
    assert "origin_region" in form.errors

    # Submitted for review, a practice must name its region (a draft may wait:
    # Wagtail defers required fields on drafts).
    response = file_practice(
        client,
        north.users.editor,
        north.region,
        "no-region",
        origin_region="",
        **{"action-submit": "1"},
    )
    assert response.status_code == 200
    assert "origin_region" in response.context["form"].errors
    assert not PracticePage.objects.filter(slug="no-region").exists()


def test_editor_cannot_edit_or_publish_practices_of_others(client, governed):  # noqa: F811
    north = governed.north
    demo_practice = PracticePage.objects.live().filter(locale__language_code="en")[0]
    client.force_login(north.users.editor)
    edit = reverse("wagtailadmin_pages:edit", args=[demo_practice.pk])
    assert client.get(edit).status_code in (302, 403)
    perms = demo_practice.permissions_for_user(north.users.editor)
    assert not perms.can_publish()
    assert (
        not Page.objects.get(pk=demo_practice.get_parent().pk)
        .permissions_for_user(north.users.coordinator)
        .can_publish_subpage()
    )
