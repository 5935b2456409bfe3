"""Internal pages and documents: who sees them, and that nobody else finds them."""

from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import Resolver404, resolve
from wagtail.documents import get_document_model
from wagtail.models import Page

from cms.access import visible_documents, visible_pages
from cms.testing import body


@pytest.mark.parametrize("language", ["en"])
def test_internal_page_privacy(client, governed, language):  # noqa: F811
    north, south = governed.north, governed.south
    url = north.minutes.url

    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]

    for user in (north.users.stakeholder, north.users.editor, governed.lead):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200, user
        assert b"Test North LSG minutes" in response.content

    for user in (south.users.stakeholder, south.users.coordinator):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 403
        assert b"Test North LSG minutes" not in response.content
        assert b"Not available to you" in response.content


def test_public_region_pages_stay_public(client, governed):  # noqa: F811
    assert client.get(governed.north.news.url).status_code == 200


def test_internal_document_privacy(client, governed):  # noqa: F811
    north, south = governed.north, governed.south
    url = north.internal_doc.url
    assert url.startswith("/documents/")

    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]

    client.force_login(north.users.stakeholder)
    response = client.get(url)
    assert response.status_code == 200
    assert body(response).startswith(b"%PDF-")

    client.force_login(south.users.stakeholder)
    response = client.get(url)
    assert response.status_code == 403
    assert not body(response).startswith(b"%PDF-")


def test_public_document_is_served_to_anyone(client, governed):  # noqa: F811
    response = client.get(governed.north.public_doc.url)
    assert response.status_code == 200
    assert body(response).startswith(b"%PDF-")


def test_a_private_file_has_no_media_url(client, governed):  # noqa: F811
    document = governed.north.internal_doc
    path = Path(document.file.path)
    assert path.is_file()
    # Stored outside MEDIA_ROOT: no /media/ URL pattern or web-server location
    # can reach it, whatever DEBUG says.
    assert Path(settings.PRIVATE_MEDIA_ROOT) in path.parents
    assert Path(settings.MEDIA_ROOT) not in path.parents
    with pytest.raises(NotImplementedError):
        _ = document.file.url
    guessed = f"{settings.MEDIA_URL}documents/{path.name}"
    assert client.get(guessed).status_code == 404
    try:
        match = resolve(guessed)
    except Resolver404:
        match = None
    assert match is None or match.url_name != "serve"


def test_restricted_pages_never_in_menus(client, governed):  # noqa: F811
    """The header menu lists public pages only, whoever looks."""
    from home.templatetags.navigation_tags import main_menu

    minutes = governed.north.minutes
    for user in (None, governed.north.users.stakeholder):
        if user:
            client.force_login(user)
        response = client.get(governed.north.news.url)
        assert minutes.url not in response.content.decode()
    request = RequestFactory().get("/en/")
    request.user = governed.north.users.stakeholder
    items = main_menu({"request": request, "page": None})["items"]
    assert minutes.path not in {item["path"] for item, _state in items}


def test_visible_pages_keeps_internal_pages_for_their_groups_only(governed):  # noqa: F811
    north, south = governed.north, governed.south
    pages = Page.objects.live().descendant_of(north.region)
    assert north.minutes.pk not in set(
        visible_pages(None, pages).values_list("pk", flat=True)
    )
    for user, sees in (
        (north.users.stakeholder, True),
        (north.users.coordinator, True),
        (governed.lead, True),
        (south.users.stakeholder, False),
        (south.users.editor, False),
    ):
        ids = set(visible_pages(user, pages).values_list("pk", flat=True))
        assert (north.minutes.pk in ids) is sees, user
        assert north.news.pk in ids


def test_search_does_not_return_internal_pages_to_outsiders(governed):  # noqa: F811
    north, south = governed.north, governed.south
    public = Page.objects.live().public().search("minutes")
    assert north.minutes.pk not in {page.pk for page in public}
    for user, sees in (
        (north.users.stakeholder, True),
        (south.users.stakeholder, False),
    ):
        found = visible_pages(user, Page.objects.live()).search("LSG minutes")
        assert (north.minutes.pk in {page.pk for page in found}) is sees


def test_document_search_hides_internal_documents_from_outsiders(governed):  # noqa: F811
    Document = get_document_model()
    internal = governed.north.internal_doc.pk
    for user, sees in (
        (None, False),
        (governed.south.users.stakeholder, False),
        (governed.north.users.stakeholder, True),
        (governed.lead, True),
    ):
        found = visible_documents(user, Document.objects.all()).search("confidential")
        assert (internal in {doc.pk for doc in found}) is sees, user
