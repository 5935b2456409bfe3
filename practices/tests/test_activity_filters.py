"""The exchange activities listing filters by kind, host region, year and practice
presented (cms.listing), and ignores what it does not understand.

Every test builds its activities and host regions with factories."""

import datetime

import pytest
from django.utils import timezone

from cms.factories import published_translation
from cms.testing import text as body
from practices.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PracticePageFactory,
    english_home,
)
from practices.models import EventPagePractice
from regions.factories import isolated_region_index, make_profiled_region

pytestmark = pytest.mark.django_db


def moment(year, month=5):
    return timezone.make_aware(datetime.datetime(year, month, 10, 9))


@pytest.fixture
def regions():
    """Host regions of the tests' own, under an isolated territories index."""
    territories = isolated_region_index("af-territories", translated=False)
    return {
        key: make_profiled_region(territories, title, f"af-{key}", translated=False)
        for key, title in [
            ("valencia", "Valencian Community"),
            ("gavleborg", "Gävleborg"),
        ]
    }


@pytest.fixture
def activities(regions):
    index = EventIndexPageFactory(parent=english_home(), slug="activities-t")
    practice = PracticePageFactory(parent=english_home(), title="Export vouchers T")
    workshop = EventPageFactory(
        parent=index,
        title="Workshop in Valencia T",
        kind="workshop",
        host_region=regions["valencia"],
        start=moment(2018),
        end=moment(2018) + datetime.timedelta(hours=6),
    )
    EventPagePractice.objects.create(page=workshop, practice=practice)
    visit = EventPageFactory(
        parent=index,
        title="Study visit to Gävle T",
        kind="study_visit",
        host_region=regions["gavleborg"],
        start=moment(2019),
        end=moment(2019) + datetime.timedelta(days=1),
    )
    upcoming = EventPageFactory(
        parent=index,
        title="Training next year T",
        kind="training",
        host_region=regions["valencia"],
    )
    return index, practice, workshop, visit, upcoming


def test_the_listing_offers_each_filter_with_counts(client, activities):
    index, *_ = activities
    html = body(client.get(index.url))
    assert "Kind of activity" in html and "Host region" in html
    assert "Year" in html and "Practice presented" in html
    assert 'Workshop <span class="facet__count">(1)</span>' in html
    assert 'Valencian Community <span class="facet__count">(2)</span>' in html
    assert 'Export vouchers T <span class="facet__count">(1)</span>' in html


def test_filters_narrow_past_and_upcoming_activities(client, activities):
    index, practice, workshop, visit, upcoming = activities
    html = body(client.get(index.url + "?region=af-valencia"))
    assert workshop.title in html and upcoming.title in html
    assert visit.title not in html
    assert "Filtered by:" in html
    html = body(client.get(index.url + "?region=af-valencia&year=2018"))
    assert workshop.title in html
    assert upcoming.title not in html
    assert "No upcoming activity matches these filters." in html
    html = body(client.get(index.url + f"?practice={practice.slug}"))
    assert workshop.title in html and visit.title not in html


def test_values_of_one_filter_are_alternatives(client, activities):
    index, _practice, workshop, visit, upcoming = activities
    html = body(client.get(index.url + "?kind=workshop&kind=study_visit"))
    assert workshop.title in html and visit.title in html
    assert upcoming.title not in html


@pytest.mark.parametrize(
    "query",
    ["?kind=party", "?year=20x6", "?region=atlantis", "?practice=nothing-here"],
)
def test_unknown_values_are_ignored_and_reported(client, activities, query):
    index, _practice, workshop, visit, _upcoming = activities
    response = client.get(index.url + query)
    assert response.status_code == 200
    html = body(response)
    assert "have been ignored" in html
    assert workshop.title in html and visit.title in html


def test_filters_are_translated(client):
    english = EventIndexPageFactory(parent=english_home(), slug="activities-t")
    italian = published_translation(english, "it")
    html = body(client.get(italian.url + "?kind=festa"))
    assert "Tipo di attività" in html and "Regione ospitante" in html
    assert "Anno" in html and "Pratica presentata" in html
