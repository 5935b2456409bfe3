"""A region's internal pages and documents are reachable from its profile by the
region's own people and the lead partner once signed in, and by nobody else."""

import pytest

from cms.testing import text


@pytest.fixture
def north(governed):
    return governed.north


def profile(client, region, person=None):
    if person is not None:
        client.force_login(person)
    return text(client.get(region.region.url))


@pytest.mark.parametrize("role", ["stakeholder", "editor", "coordinator"])
def test_the_regions_people_find_its_internal_content(client, north, role):
    page = profile(client, north, getattr(north.users, role))
    assert "For the region's partners" in page
    assert north.minutes.title in page
    assert north.internal_doc.title in page
    assert north.news.title not in page.split("For the region's partners")[1]


def test_the_lead_partner_finds_it_too(client, north, governed):
    assert north.internal_doc.title in profile(client, north, governed.lead)


def test_visitors_and_other_regions_see_nothing_of_it(client, north, governed):
    for person in (None, governed.south.users.stakeholder):
        page = profile(client, north, person)
        assert "For the region's partners" not in page
        assert north.minutes.title not in page
        assert north.internal_doc.title not in page
        client.logout()


def test_the_links_open_for_the_stakeholder_and_not_for_others(client, north, governed):
    client.force_login(north.users.stakeholder)
    assert client.get(north.minutes.url).status_code == 200
    assert client.get(north.internal_doc.url).status_code == 200
    client.force_login(governed.south.users.stakeholder)
    assert client.get(north.minutes.url).status_code in (302, 403)
    assert client.get(north.internal_doc.url).status_code in (302, 403)
