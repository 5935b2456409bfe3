"""The parts of the practice library and of a practice page kept per audience
(cms.fragments): shared by everyone who sees the same practices, never shown to
another audience, never stale after a publish, an unpublish or a privacy change,
and not kept for addresses nobody links to."""

import re

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from cms.fragments import audience_of, fragment_key
from cms.governance.provisioning import groups_restriction
from practices.factories import PracticeIndexPageFactory, english_home, make_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(governed):
    index = PracticeIndexPageFactory(parent=english_home(), slug="fragments-library")
    north = governed.north.region
    pages = {
        slug: make_practice(
            north,
            index=index,
            slug=slug,
            title=slug.replace("-", " ").title(),
            pillar="governance",
            topic_names=["fragments-topic"],  # ranks them first among the related
        )
        for slug in ("export-mentoring", "trade-missions", "digital-vouchers")
    }
    return index, pages


def _html(user, url):
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def _people(governed):
    return {
        "anonymous": None,
        "north stakeholder": governed.north.users.stakeholder,
        "south stakeholder": governed.south.users.stakeholder,
        "lead": governed.lead,
    }


def test_a_practice_kept_for_one_region_is_never_listed_for_another(governed, library):
    index, pages = library
    groups_restriction(
        PageViewRestriction,
        governed.north.governance.regional_groups,
        page=pages["trade-missions"],
    )
    people = _people(governed)
    for _round in range(2):  # built, then served from the fragments
        seen = {who: _html(user, index.url) for who, user in people.items()}
        assert "Trade Missions" in seen["north stakeholder"]
        assert "3 practices" in seen["north stakeholder"]
        for who in ("anonymous", "south stakeholder"):
            assert "Trade Missions" not in seen[who]
            assert "2 practices" in seen[who]


def test_a_publish_an_unpublish_and_a_privacy_change_show_at_once(governed, library):
    index, pages = library
    people = _people(governed)
    for user in people.values():
        _html(user, index.url)
    late = make_practice(
        governed.north.region, index=index, slug="late-one", title="Late One"
    )
    late.save_revision().publish()  # as an editor publishes it
    for user in people.values():
        assert "Late One" in _html(user, index.url)
    late.unpublish()
    for user in people.values():
        assert "Late One" not in _html(user, index.url)
    groups_restriction(
        PageViewRestriction,
        governed.north.governance.regional_groups,
        page=pages["digital-vouchers"],
    )
    assert "Digital Vouchers" not in _html(None, index.url)
    assert "Digital Vouchers" not in _html(people["south stakeholder"], index.url)
    assert "Digital Vouchers" in _html(people["north stakeholder"], index.url)


def test_related_practices_follow_a_publish(governed, library):
    index, pages = library
    page = pages["export-mentoring"]
    people = _people(governed)
    for user in people.values():
        assert "Trade Missions" in _html(user, page.url)
    pages["trade-missions"].unpublish()
    for user in people.values():
        assert "Trade Missions" not in _html(user, page.url)


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("", True),
        ("?pillar=governance", True),
        ("?page=2", True),
        ("?pillar=nonsense", False),  # ignored value
        ("?utm_source=mail", False),  # unknown parameter
        ("?pillar=governance&pillar=governance", False),  # repeated
        ("?page=51", False),  # far page
        ("?sort=newest", False),  # the default sort written out
    ],
)
def test_only_clean_addresses_are_kept(governed, library, query, kept):
    from cms.caching import lookup

    index, _pages = library
    client = Client()
    response = client.get(index.url + query)
    assert response.status_code == 200
    key = response.context["library_key"]
    assert (key is not None) is kept
    if kept:
        request = response.wsgi_request
        stored = lookup(
            fragment_key("library", request, audience_of(request), [index.pk, key])
        )[1]
        assert stored is not None and "library__results" in stored


# A page with a form, for anonymous visitors ---------------------------------------


def test_an_anonymous_page_with_a_form_is_kept_with_each_visitors_token(
    governed, settings
):
    from practices.models import PracticeQuestion

    settings.PAGE_CACHE_ENABLED = True
    index = PracticeIndexPageFactory(parent=governed.north.region.get_parent())
    page = make_practice(governed.north.region, index=index, slug="form-page")
    first = Client(enforce_csrf_checks=True).get(page.url)
    visitor = Client(enforce_csrf_checks=True)
    second = visitor.get(page.url)
    assert first["X-Page-Cache"] == "MISS" and second["X-Page-Cache"] == "HIT"
    for response in (first, second):
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]
    html = second.content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert "%%" not in token and "csrftoken" in second.cookies
    asked = visitor.post(
        page.url + page.reverse_subpage("question"),
        {
            "csrfmiddlewaretoken": token,
            "name": "Ingrid Sørensen",
            "organisation": "Nordlys Export AS",
            "email": "ingrid@nordlys.example",
            "message": "How many firms took part in the first year?",
            "consent": "on",
            "website": "",
        },
    )
    assert asked.status_code in (200, 302), asked.status_code
    assert PracticeQuestion.objects.filter(email="ingrid@nordlys.example").exists()
