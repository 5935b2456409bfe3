"""Every role, every admin route: the other region is refused and nothing changes.

Each route is also tried on the user's own region (or by the lead partner), so a
refusal proves the rule, not a broken request.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def page_form(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def snapshot(region):
    """Everything a refused request could have changed in a region."""
    pages = {
        page.pk: (
            page.title,
            page.slug,
            page.live,
            page.locked,
            page.path,
            page.latest_revision_id,
            page.has_unpublished_changes,
        )
        for page in Page.objects.descendant_of(region.region, inclusive=True)
    }
    region.public_doc.refresh_from_db()
    region.image.refresh_from_db()
    return {
        "pages": pages,
        "count": Page.objects.count(),
        "doc": (region.public_doc.title, region.public_doc.collection_id),
        "image": (region.image.title, region.image.collection_id),
    }


# Each route: (name, function(target, own) -> (method, url, data)). ``target`` is
# the region under attack, ``own`` the user's region (a destination for move/copy).
ROUTES = {
    "edit": lambda t, o: (
        "post",
        reverse("wagtailadmin_pages:edit", args=[t.news.pk]),
        page_form("Changed by a stranger", t.news.slug),
    ),
    "add child": lambda t, o: (
        "post",
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", t.news.pk]),
        page_form("Intruder", "intruder"),
    ),
    "publish": lambda t, o: (
        "post",
        reverse("wagtailadmin_pages:edit", args=[t.news.pk]),
        {**page_form("Published by a stranger", t.news.slug), "action-publish": "1"},
    ),
    "unpublish": lambda t, o: (
        "post",
        reverse("wagtailadmin_pages:unpublish", args=[t.news.pk]),
        {},
    ),
    "delete": lambda t, o: (
        "post",
        reverse("wagtailadmin_pages:delete", args=[t.news.pk]),
        {},
    ),
    "move": lambda t, o: (
        "post",
        reverse("wagtailadmin_pages:move_confirm", args=[t.news.pk, o.region.pk]),
        {},
    ),
    "copy": lambda t, o: (
        "post",
        reverse("wagtailadmin_pages:copy", args=[t.news.pk]),
        {
            "new_title": "Copied away",
            "new_slug": "copied-away",
            "new_parent_page": str(o.region.pk),
        },
    ),
    "lock": lambda t, o: (
        "post",
        reverse("wagtailadmin_pages:lock", args=[t.news.pk]),
        {},
    ),
    "document edit": lambda t, o: (
        "post",
        reverse("wagtaildocs:edit", args=[t.public_doc.pk]),
        {
            "title": "Renamed by a stranger",
            "collection": str(t.governance.collection.pk),
            "document_type": "report",
            "tags": "",
        },
    ),
    "image edit": lambda t, o: (
        "post",
        reverse("wagtailimages:edit", args=[t.image.pk]),
        {
            "title": "Renamed by a stranger",
            "collection": str(t.governance.collection.pk),
            "tags": "",
        },
    ),
}
ROLES = ["editor", "coordinator", "stakeholder"]


def assert_refused(response):
    if response.status_code == 302:
        location = response["Location"]
        # Wagtail's permission_denied goes to the dashboard; no admin access, to login.
        assert location in ("/admin/", reverse("wagtailadmin_home")) or (
            "/admin/login/" in location
        ), location
    else:
        assert response.status_code in (403, 404), response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_other_region_is_refused_and_unchanged(client, governed, role):  # noqa: F811
    """One test per role (the governed tree is built once), every route in it."""
    own, other = governed.north, governed.south
    client.force_login(getattr(own.users, role))
    for route, build in ROUTES.items():
        before = snapshot(other)
        method, url, data = build(other, own)
        response = getattr(client, method)(url, data)
        try:
            assert_refused(response)
            # The form pages are refused too, not only the submissions.
            if route in ("edit", "add child", "move", "copy", "delete", "unpublish"):
                assert_refused(client.get(url))
        except AssertionError as error:
            raise AssertionError(f"{role} / {route}: {error}") from error
        assert snapshot(other) == before, f"{role} / {route} changed data"


@pytest.mark.parametrize("role", ["editor", "coordinator"])
def test_moving_own_page_into_the_other_region_is_refused(client, governed, role):  # noqa: F811
    own, other = governed.north, governed.south
    client.force_login(getattr(own.users, role))
    before = snapshot(own), snapshot(other)
    url = reverse(
        "wagtailadmin_pages:move_confirm", args=[own.news.pk, other.region.pk]
    )
    assert_refused(client.post(url))
    assert (snapshot(own), snapshot(other)) == before


# Positive controls: the same routes work in the user's own region -----------------


def test_editor_edits_and_adds_in_own_region_but_cannot_publish(client, governed):  # noqa: F811
    north = governed.north
    client.force_login(north.users.editor)
    url = reverse("wagtailadmin_pages:edit", args=[north.news.pk])
    response = client.post(url, page_form("North news, revised", north.news.slug))
    assert response.status_code == 302
    north.news.refresh_from_db()
    assert north.news.get_latest_revision_as_object().title == "North news, revised"
    assert north.news.title == "Test North news"  # a draft, not published

    response = client.post(
        url, {**page_form("Editor publishing", north.news.slug), "action-publish": "1"}
    )
    north.news.refresh_from_db()
    assert north.news.title == "Test North news"

    add_url = reverse(
        "wagtailadmin_pages:add", args=["home", "standardpage", north.news.pk]
    )
    response = client.post(add_url, page_form("North event", "north-event"))
    assert response.status_code == 302, response.context["form"].errors
    assert Page.objects.child_of(north.news).filter(slug="north-event").exists()

    doc_url = reverse("wagtaildocs:edit", args=[north.public_doc.pk])
    response = client.post(
        doc_url,
        {
            "title": "North factsheet 2024",
            "collection": str(north.governance.collection.pk),
            "document_type": "factsheet",
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    north.public_doc.refresh_from_db()
    assert north.public_doc.title == "North factsheet 2024"

    image_url = reverse("wagtailimages:edit", args=[north.image.pk])
    response = client.post(
        image_url,
        {
            "title": "North harbour",
            "collection": str(north.governance.collection.pk),
            "tags": "",
        },
    )
    assert response.status_code == 302
    north.image.refresh_from_db()
    assert north.image.title == "North harbour"


def test_coordinator_locks_but_never_publishes_or_unpublishes(client, governed):  # noqa: F811
    north = governed.north
    client.force_login(north.users.coordinator)
    url = reverse("wagtailadmin_pages:edit", args=[north.news.pk])
    assert "action-publish" not in client.get(url).content.decode()
    client.post(
        url, {**page_form("North news, live", north.news.slug), "action-publish": "1"}
    )
    north.news.refresh_from_db()
    assert north.news.title == "Test North news"  # the live page is unchanged

    client.post(reverse("wagtailadmin_pages:lock", args=[north.news.pk]))
    north.news.refresh_from_db()
    assert north.news.locked
    assert north.news.locked_by == north.users.coordinator
    client.post(reverse("wagtailadmin_pages:unlock", args=[north.news.pk]))
    north.news.refresh_from_db()
    assert not north.news.locked

    client.post(reverse("wagtailadmin_pages:unpublish", args=[north.news.pk]))
    north.news.refresh_from_db()
    assert north.news.live


def test_lead_partner_may_act_in_every_region(client, governed):  # noqa: F811
    client.force_login(governed.lead)
    for region in (governed.north, governed.south):
        url = reverse("wagtailadmin_pages:edit", args=[region.news.pk])
        client.post(
            url,
            {**page_form(f"{region.region.title} by lead", region.news.slug)}
            | {"action-publish": "1"},
        )
        region.news.refresh_from_db()
        assert region.news.title == f"{region.region.title} by lead"
        doc_url = reverse("wagtaildocs:edit", args=[region.internal_doc.pk])
        assert client.get(doc_url).status_code == 200


def test_editor_sees_only_own_collections_in_the_upload_form(client, governed):  # noqa: F811
    client.force_login(governed.north.users.editor)
    response = client.get(reverse("wagtaildocs:add"))
    assert response.status_code == 200
    choices = response.context["form"].fields["collection"].queryset
    names = set(choices.values_list("name", flat=True))
    assert names == {"Test North", "Test North internal"}
    regions = response.context["form"].fields["region"].queryset
    assert list(regions) == [governed.north.region]


def test_translating_is_limited_to_own_region(client, governed):  # noqa: F811
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    north, south = governed.north, governed.south
    italian = Locale.objects.get_or_create(language_code="it")[0]
    submit = reverse("wagtail_localize:submit_page_translation", args=[north.news.pk])

    client.force_login(south.users.editor)
    assert_refused(client.get(submit))
    assert_refused(client.post(submit, {"locales": [italian.pk]}))
    assert not north.news.get_translations().exists()
    source, _created = TranslationSource.get_or_create_from_instance(north.news)
    update = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert_refused(client.get(update))

    client.force_login(north.users.editor)
    assert client.get(submit).status_code == 200
    assert client.get(update).status_code == 200
