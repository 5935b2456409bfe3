"""The one helper that decides what a viewer may see: cms.governance.visible_*.

Search, the practice library, its exports and feeds all call it; these tests pin
its rules for every kind of viewer and restriction.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
)

from cms.access import visible_documents, visible_pages
from home.factories import make_child_page


def request_for(user=None, session=None):
    request = RequestFactory().get("/en/")
    request.user = user or AnonymousUser()
    request.session = session if session is not None else SessionStore()
    return request


def ids(queryset):
    return set(queryset.values_list("pk", flat=True))


@pytest.mark.django_db
def test_group_pages_for_members_only_by_request_user_or_legacy_order(governed):  # noqa: F811
    north, south = governed.north, governed.south
    pages = Page.objects.descendant_of(north.region)
    for viewer, sees in (
        (None, False),
        (AnonymousUser(), False),
        (north.users.stakeholder, True),
        (north.users.editor, True),
        (governed.lead, True),
        (south.users.coordinator, False),
    ):
        user = viewer if viewer is not None else AnonymousUser()
        for found in (
            visible_pages(viewer, pages),
            visible_pages(request_for(user), pages),
        ):
            assert (north.minutes.pk in ids(found)) is sees, viewer
            assert north.news.pk in ids(found)


@pytest.mark.django_db
def test_superuser_passes_group_and_login_restrictions(governed, django_user_model):  # noqa: F811
    admin = django_user_model.objects.create_superuser("root-v", "r@x.org", "pw")
    assert governed.north.minutes.pk in ids(visible_pages(admin))


@pytest.mark.django_db
def test_drafts_are_never_visible(governed):  # noqa: F811
    draft = make_child_page(
        governed.north.region, "Draft page", "draft-v", publish=False, live=False
    )
    assert not draft.live
    for viewer in (None, governed.lead, request_for(governed.lead)):
        assert draft.pk not in ids(visible_pages(viewer, Page.objects.all()))


@pytest.mark.django_db
def test_login_restriction_admits_any_signed_in_user(governed):  # noqa: F811
    news = governed.north.news
    PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.LOGIN
    )
    assert news.pk not in ids(visible_pages(None))
    assert news.pk in ids(visible_pages(governed.south.users.stakeholder))


@pytest.mark.django_db
def test_password_restriction_needs_the_password_in_this_session(governed):  # noqa: F811
    news = governed.north.news
    restriction = PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    session = SessionStore()
    assert news.pk not in ids(visible_pages(request_for(session=session)))
    # A bare user carries no session: never.
    assert news.pk not in ids(visible_pages(governed.lead))
    request = request_for(session=session)
    restriction.mark_as_passed(request)
    assert news.pk in ids(visible_pages(request_for(session=request.session)))


@pytest.mark.django_db
def test_locale_narrows_to_one_language(governed):  # noqa: F811
    english = Locale.objects.get(language_code="en")
    italian = Locale.objects.get(language_code="it")
    found = visible_pages(None, locale=english)
    assert governed.north.news.pk in ids(found)
    assert not found.exclude(locale=english).exists()
    assert governed.north.news.pk not in ids(visible_pages(None, locale=italian.pk))


@pytest.mark.django_db
def test_documents_hidden_under_restricted_collections_and_descendants(governed):  # noqa: F811
    north = governed.north
    Document = get_document_model()
    deeper = north.governance.internal_collection.add_child(name="Deeper v")
    nested = Document.objects.create(
        title="Nested", collection=deeper, file=north.internal_doc.file.name
    )
    for viewer, sees in (
        (None, False),
        (governed.south.users.stakeholder, False),
        (north.users.stakeholder, True),
        (governed.lead, True),
    ):
        user = viewer if viewer is not None else AnonymousUser()
        for found in (
            visible_documents(viewer),
            visible_documents(request_for(user), Document.objects.all()),
        ):
            assert (north.internal_doc.pk in ids(found)) is sees, viewer
            assert (nested.pk in ids(found)) is sees, viewer
            assert north.public_doc.pk in ids(found)


@pytest.mark.django_db
def test_documents_filter_works_for_images_and_in_search(governed):  # noqa: F811
    from wagtail.images import get_image_model

    north = governed.north
    internal_image = get_image_model().objects.create(
        title="internal picture",
        collection=north.governance.internal_collection,
        file=north.image.file.name,
        width=8,
        height=8,
    )
    images = visible_documents(None, get_image_model().objects.all())
    assert internal_image.pk not in ids(images) and north.image.pk in ids(images)
    found = visible_documents(None).search("confidential")
    assert north.internal_doc.pk not in {d.pk for d in found}


@pytest.mark.django_db
def test_restrictions_are_read_once_per_request(governed, django_assert_num_queries):  # noqa: F811
    request = request_for(governed.north.users.stakeholder)
    list(visible_pages(request))
    list(visible_documents(request))
    # Cached on the request: only the page and document queries themselves.
    with django_assert_num_queries(2):
        list(visible_pages(request))
        list(visible_documents(request))


@pytest.mark.django_db
def test_restricted_collection_without_documents_changes_nothing(governed):  # noqa: F811
    empty = Collection.get_first_root_node().add_child(name="Empty v")
    CollectionViewRestriction.objects.create(
        collection=empty, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert governed.north.public_doc.pk in ids(visible_documents(None))
