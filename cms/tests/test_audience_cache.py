"""The page cache for signed-in people (cms.pagecache): kept per audience, which the
access layer names, never served across audiences, with each person's own parts
(CSRF token, user bar) filled in per request, and never stale after an edit."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from cms.access import Viewer
from cms.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def audience_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.AUDIENCE_CACHE_ENABLED = True


def _client(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _get(user, url):
    response = _client(user).get(url)
    return response, response.content.decode()


def _one_then_another(first_user, second_user, url):
    """The first person's response, then the second's with its HTML."""
    first, _ = _get(first_user, url)
    second, html = _get(second_user, url)
    return first, second, html


# The audience -------------------------------------------------------------------


def test_the_access_layer_names_one_audience_per_set_of_groups(governed):
    north, south = governed.north, governed.south
    colleague = make_user("north-colleague", [north.governance.stakeholders])
    stakeholder = north.users.stakeholder
    assert Viewer(stakeholder).audience == Viewer(colleague).audience
    names = {
        Viewer().audience,
        Viewer(stakeholder).audience,
        Viewer(south.users.stakeholder).audience,
        Viewer(north.users.editor).audience,
        Viewer(north.users.coordinator).audience,
        Viewer(governed.lead).audience,
    }
    assert len(names) == 6


def test_joining_a_group_changes_the_audience_at_once(governed):
    user = make_user("newcomer")
    before = Viewer(user).audience
    user.groups.add(governed.north.governance.stakeholders)
    assert Viewer(user).audience != before


# Shared within an audience, never across ---------------------------------------


def test_people_of_one_audience_share_a_page(governed, audience_cache):
    north = governed.north
    colleague = make_user("north-colleague", [north.governance.stakeholders])
    first, second, html = _one_then_another(
        north.users.stakeholder, colleague, north.minutes.url
    )
    assert first["X-Page-Cache"] == "MISS"
    assert second["X-Page-Cache"] == "HIT"
    assert "Test North LSG minutes" in html
    assert "private" in second["Cache-Control"]
    assert "public" not in second["Cache-Control"]


def test_a_page_kept_for_one_region_is_never_served_to_another(
    governed, audience_cache
):
    north, south = governed.north, governed.south
    seen, html = _get(north.users.stakeholder, north.region.url)
    assert seen["X-Page-Cache"] == "MISS"
    assert "Test North LSG minutes" in html
    for user in (south.users.stakeholder, south.users.editor, None):
        response, html = _get(user, north.region.url)
        assert response.get("X-Page-Cache") != "HIT"
        assert "Test North LSG minutes" not in html
    refused, html = _get(south.users.stakeholder, north.minutes.url)
    assert refused.status_code == 403
    assert "confidential" not in html


def test_one_persons_own_pages_are_never_kept(governed, audience_cache):
    client = _client(governed.north.users.stakeholder)
    saved = reverse("search:saved")
    client.get(saved)
    assert "X-Page-Cache" not in client.get(saved)


def test_the_csrf_token_is_each_persons_own(governed, audience_cache):
    north = governed.north
    colleague = make_user("north-colleague", [north.governance.stakeholders])
    url = "/en/search/?q=north"
    first, first_html = _get(north.users.stakeholder, url)
    client = Client(enforce_csrf_checks=True)
    client.force_login(colleague)
    second = client.get(url)
    html = second.content.decode()
    assert first["X-Page-Cache"] == "MISS" and second["X-Page-Cache"] == "HIT"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    first_token = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', first_html
    ).group(1)
    assert token != first_token and "%%" not in token
    saved = client.post(
        reverse("search:save"),
        {
            "source": "search",
            "query": "q=north",
            "name": "North",
            "csrfmiddlewaretoken": token,
        },
    )
    assert saved.status_code == 302
    assert colleague.saved_searches.filter(name="North").exists()


def test_the_user_bar_is_each_persons_own(governed, audience_cache):
    north = governed.north
    other_editor = make_user("north-editor-2", [north.governance.editors])
    _first, second, html = _one_then_another(
        north.users.editor, other_editor, north.news.url
    )
    assert second["X-Page-Cache"] == "HIT"
    assert "wagtail-userbar" in html
    assert "userbar-hole" not in html
    assert f"/admin/pages/{north.news.pk}/edit/" in html
    _, stakeholder_html = _get(north.users.stakeholder, north.news.url)
    assert "wagtail-userbar" not in stakeholder_html


# Never stale ----------------------------------------------------------------------

AUDIENCES = ("anonymous", "stakeholder", "south", "editor", "lead")


def _people(governed):
    return {
        "anonymous": None,
        "stakeholder": governed.north.users.stakeholder,
        "south": governed.south.users.stakeholder,
        "editor": governed.north.users.editor,
        "lead": governed.lead,
    }


def _warm(people, url):
    for user in people.values():
        _get(user, url)
        _get(user, url)


def test_a_publish_shows_on_the_next_request_for_every_audience(
    governed, audience_cache
):
    people, news = _people(governed), governed.north.news
    _warm(people, news.url)
    news.title = "Test North news, corrected"
    news.save_revision().publish()
    for user in people.values():
        assert "Test North news, corrected" in _get(user, news.url)[1]


def test_an_unpublish_shows_on_the_next_request_for_every_audience(
    governed, audience_cache
):
    people, news = _people(governed), governed.north.news
    url = news.url
    _warm(people, url)
    news.unpublish()
    for user in people.values():
        assert _get(user, url)[0].status_code == 404


def test_a_move_shows_on_the_next_request_for_every_audience(governed, audience_cache):
    people, news = _people(governed), governed.north.news
    old_url, region_url = news.url, governed.north.region.url
    _warm(people, old_url)
    _warm(people, region_url)
    news.move(governed.south.region, pos="last-child")
    for user in people.values():
        moved = _get(user, old_url)[0]
        assert moved.status_code == 301  # Wagtail's redirect to the new place
        assert moved["Location"].endswith("/test-south/test-north-news/")
        assert "Test North news" not in _get(user, region_url)[1]


def test_a_privacy_change_shows_on_the_next_request_for_every_audience(
    governed, audience_cache
):
    from cms.governance.provisioning import restrict_to_stakeholders

    people, news = _people(governed), governed.north.news
    _warm(people, news.url)
    restriction = restrict_to_stakeholders(news, governed.north.governance)
    assert _get(None, news.url)[0].status_code == 302  # to the sign-in form
    assert _get(people["south"], news.url)[0].status_code == 403
    for who in ("stakeholder", "editor", "lead"):
        assert _get(people[who], news.url)[0].status_code == 200
    # A group let in later sees the page on its next request.
    restriction.groups.add(governed.south.governance.stakeholders)
    assert _get(people["south"], news.url)[0].status_code == 200
    restriction.groups.remove(governed.south.governance.stakeholders)
    assert _get(people["south"], news.url)[0].status_code == 403
