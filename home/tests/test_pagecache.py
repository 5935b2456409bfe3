import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import FooterText, StandardPage


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_anonymous_visitors_get_cached_pages_without_queries(client, page_cache):
    first = client.get("/en/about/")
    assert first["X-Page-Cache"] == "MISS"
    with CaptureQueriesContext(connection) as context:
        second = client.get("/en/about/")
    assert second["X-Page-Cache"] == "HIT"
    assert second.content == first.content
    assert len(context) == 0


@pytest.mark.django_db
def test_cache_respects_the_language(client, page_cache):
    english = client.get("/en/").content.decode()
    italian = client.get("/it/").content.decode()
    assert '<html lang="en"' in english and '<html lang="it"' in italian


@pytest.mark.django_db
def test_logged_in_users_are_never_served_the_anonymous_page(
    client, page_cache, admin_user, settings
):
    client.get("/en/about/")
    client.force_login(admin_user)
    assert "X-Page-Cache" not in client.get("/en/about/")
    # With the audience cache on, they get their audience's own entry.
    settings.AUDIENCE_CACHE_ENABLED = True
    assert client.get("/en/about/")["X-Page-Cache"] == "MISS"


@pytest.mark.django_db
def test_visitors_with_a_session_are_not_cached(client, page_cache):
    client.cookies["sessionid"] = "abc"
    assert "X-Page-Cache" not in client.get("/en/about/")


@pytest.mark.django_db
def test_not_found_and_query_errors_are_not_cached(client, page_cache):
    assert client.get("/en/nowhere/").status_code == 404
    assert "X-Page-Cache" not in client.get("/en/nowhere/")


@pytest.mark.django_db
def test_publish_invalidates(client, page_cache):
    client.get("/en/about/")
    page = StandardPage.objects.get(url_path="/home/about/")
    page.title = "About the partnership"
    page.save_revision().publish()
    response = client.get("/en/about/")
    assert response["X-Page-Cache"] == "MISS"
    assert "About the partnership" in response.content.decode()


@pytest.mark.django_db
def test_publishing_a_translation_invalidates_other_languages(client, page_cache):
    client.get("/en/")
    italian = StandardPage.objects.get(url_path="/home-2/il-progetto/")
    italian.save_revision().publish()
    assert client.get("/en/")["X-Page-Cache"] == "MISS"


@pytest.mark.django_db
def test_unpublish_move_and_delete_invalidate(client, page_cache):
    legal = StandardPage.objects.get(url_path="/home/legal-notice/")
    about = StandardPage.objects.get(url_path="/home/about/")
    client.get("/en/")
    legal.unpublish()
    assert client.get("/en/")["X-Page-Cache"] == "MISS"
    legal.save_revision().publish()
    client.get("/en/")
    legal.move(about, pos="last-child")
    assert client.get("/en/")["X-Page-Cache"] == "MISS"
    client.get("/en/")
    StandardPage.objects.get(pk=legal.pk).delete()
    assert client.get("/en/")["X-Page-Cache"] == "MISS"


@pytest.mark.django_db
def test_a_page_made_private_leaves_the_cache(client, page_cache):
    assert client.get("/en/about/")["X-Page-Cache"] == "MISS"
    about = StandardPage.objects.get(url_path="/home/about/")
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/en/about/")
    assert response.status_code == 302  # to the login page, not the cached copy
    restriction.delete()
    assert client.get("/en/about/")["X-Page-Cache"] == "MISS"


@pytest.mark.django_db
def test_footer_change_invalidates(client, page_cache):
    client.get("/en/")
    footer = FooterText.objects.get(locale__language_code="en")
    footer.funding_acknowledgement = "Co-funded by the EU."
    footer.save()
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "MISS"
    assert "Co-funded by the EU." in response.content.decode()


@pytest.mark.django_db
def test_cached_pages_tell_shared_caches_how_long_to_keep_them(
    client, page_cache, settings
):
    settings.FRONTEND_CACHE_SECONDS = 45
    response = client.get("/en/about/")
    assert response["X-Page-Cache"] == "MISS"
    assert "s-maxage=45" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]


def _stored_pages():
    """Keys of the cached pages (local-memory cache in tests)."""
    return [key for key in cache._cache if "pagecache:page:" in key]


@pytest.mark.django_db
def test_parameters_the_page_reads_are_part_of_the_key(client, page_cache):
    first = client.get("/en/territories/?page=1")
    assert first["X-Page-Cache"] == "MISS"
    assert client.get("/en/territories/?page=1")["X-Page-Cache"] == "HIT"
    assert client.get("/en/territories/?page=2")["X-Page-Cache"] == "MISS"
    assert len(_stored_pages()) == 2


@pytest.mark.django_db
def test_parameters_the_page_does_not_read_create_no_entry(client, page_cache):
    client.get("/en/about/")
    stored = len(_stored_pages())
    for index in range(5):
        response = client.get(f"/en/about/?junk={index}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    # A listing reads ?page= but not ?utm_source= nor a repeated ?page=.
    for url in (
        "/en/territories/?utm_source=mail",
        "/en/territories/?page=1&junk=1",
        "/en/territories/?page=1&page=2",
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "X-Page-Cache" not in client.get(url)
    assert len(_stored_pages()) == stored


@pytest.mark.django_db
def test_tracked_parameters_copy_plainly_and_know_what_was_read():
    from django.http import QueryDict

    from cms.pagecache import ReadTrackingQueryDict

    tracked = ReadTrackingQueryDict(QueryDict("a=1&b=2&b=3"))
    copied = tracked.copy()
    copied["a"] = "9"
    assert copied.urlencode() == "a=9&b=2&b=3"
    assert not tracked.all_parameters_read()
    tracked.get("a")
    tracked.get("b")
    assert not tracked.all_parameters_read()  # b repeated but read as one value
    tracked.getlist("b")
    assert tracked.all_parameters_read()
