"""Exchange activities, iCalendar, feeds and collections.

Every test builds its activities, practices and regions with factories; the demo's
calendars, feeds and collections are tested in ``test_demo_events.py``.
"""

import datetime

import feedparser
import icalendar
import pytest
from django.utils import timezone

from cms.factories import published_translation, translate_everywhere
from cms.testing import LANGUAGES
from practices.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PracticeCollectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    build_own_sample_library,
    english_home,
    sample_regions,
)
from practices.ical import escape_text, fold
from practices.models import EventPage, PracticePage
from regions.factories import isolated_region_index, make_profiled_region


@pytest.fixture
def regions():
    """Regions of the tests' own, under an isolated territories index."""
    return sample_regions("ev-") | {
        "wielkopolska": make_profiled_region(
            isolated_region_index("ev-territories-pl", translated=False),
            "Wielkopolska",
            "ev-wielkopolska",
            translated=False,
        )
    }


@pytest.fixture
def activities(regions):
    index = EventIndexPageFactory(parent=english_home())
    now = timezone.now()
    past = EventPageFactory(
        parent=index,
        title="Old study visit",
        kind="study_visit",
        start=now - datetime.timedelta(days=40),
        end=now - datetime.timedelta(days=39),
    )
    running = EventPageFactory(
        parent=index,
        title="Running workshop",
        start=now - datetime.timedelta(hours=2),
        end=now + datetime.timedelta(hours=2),
    )
    future = EventPageFactory(
        parent=index,
        title="Peer review; Poznań, Wielkopolska",
        kind="peer_review",
        summary="Line one.\nLine two, with a comma; and a semicolon \\ backslash. "
        + "Zażółć gęślą jaźń " * 8,
        start=now + datetime.timedelta(days=10),
        end=now + datetime.timedelta(days=11),
        host_region=regions["wielkopolska"],
    )
    return index, past, running, future


@pytest.mark.django_db
def test_upcoming_and_past_lists(client, activities):
    index, past, running, future = activities
    response = client.get(index.url)
    assert [e.title for e in response.context["upcoming_events"]] == [
        running.title,
        future.title,
    ]
    assert [e.title for e in response.context["past_events"]] == [past.title]
    html = response.content.decode()
    assert html.index("Upcoming activities") < html.index(future.title)
    assert html.index("Past activities") < html.index(past.title)


@pytest.mark.django_db
def test_event_list_query_count_is_fixed(
    client, activities, regions, django_assert_max_num_queries
):
    index = activities[0]
    client.get(index.url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get(index.url)
    now = timezone.now()
    for number in range(15):
        EventPageFactory(
            parent=index,
            start=now + datetime.timedelta(days=number - 7),
            end=now + datetime.timedelta(days=number - 7, hours=3),
            host_region=regions["gavleborg"],
        )
    with CaptureQueriesContext(connection) as large:
        client.get(index.url)
    assert len(small) == len(large)


@pytest.mark.django_db
def test_event_ical_parses_with_a_real_icalendar_library(client, activities):
    future = activities[3]
    response = client.get(future.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    raw = response.content
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["SUMMARY"]) == future.title
    assert str(event["DESCRIPTION"]) == future.summary
    assert event.decoded("DTSTART") == future.start.replace(microsecond=0)
    assert event.decoded("DTEND") == future.end.replace(microsecond=0)
    assert "Wielkopolska" in str(event["LOCATION"])
    assert str(event["URL"]).endswith(future.url)


@pytest.mark.django_db
def test_calendar_feed_holds_every_event(client, activities):
    index = activities[0]
    response = client.get(index.url + "calendar/")
    calendar = icalendar.Calendar.from_ical(response.content)
    titles = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert titles == {e.title for e in activities[1:]}
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert len(set(uids)) == len(uids)


def test_ical_escaping_and_folding():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "DESCRIPTION:" + "ż" * 80
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(part[1:] if i else part for i, part in enumerate(parts)) == line


@pytest.fixture
def translated_feeds():
    """An activities index with two events and a library with two practices of
    their own, each translated into every language (wagtail-localize)."""
    events = EventIndexPageFactory(parent=english_home(), slug="activities-feeds")
    library = PracticeIndexPageFactory(parent=english_home(), slug="library-feeds")
    translate_everywhere(events)
    translate_everywhere(library)
    for n in range(2):
        event = EventPageFactory(parent=events, title=f"Feed workshop {n}")
        practice = PracticePageFactory(parent=library, title=f"Feed practice {n}")
        for page, italian in ((event, "Laboratorio"), (practice, "Pratica")):
            page.save_revision().publish()
            translate_everywhere(page, {"en": page.title, "it": f"{italian} {n}"})
    return events, library


def in_language(page, language):
    return type(page).objects.get(
        translation_key=page.translation_key, locale__language_code=language
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_calendar_and_feeds_in_every_language(client, translated_feeds, language):
    index = in_language(translated_feeds[0], language)
    calendar = icalendar.Calendar.from_ical(client.get(index.url + "calendar/").content)
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    expected = set(
        EventPage.objects.live().child_of(index).values_list("title", flat=True)
    )
    assert summaries == expected and len(expected) == 2
    for kind in ("rss", "atom"):
        feed = feedparser.parse(client.get(f"{index.url}feed/{kind}/").content)
        assert not feed.bozo, feed.bozo_exception
        assert feed.feed.language == language if kind == "rss" else True
        assert {entry.title for entry in feed.entries} == expected

    library = in_language(translated_feeds[1], language)
    for kind in ("rss", "atom"):
        response = client.get(f"{library.url}feed/{kind}/")
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        titles = {entry.title for entry in feed.entries}
        assert titles == set(
            PracticePage.objects.live()
            .child_of(library)
            .values_list("title", flat=True)
        )
        assert len(titles) == 2
        assert all(
            entry.link.startswith("http://testserver/" + language + "/")
            for entry in feed.entries
        )
    if language == "it":
        assert titles == {"Pratica 0", "Pratica 1"}


@pytest.mark.django_db
def test_practice_feed_lists_newest_first_with_summary(client):
    index, pages, _regions = build_own_sample_library()
    feed = feedparser.parse(client.get(index.url + "feed/atom/").content)
    assert [entry.title for entry in feed.entries][:2] == ["Practice F", "Practice E"]
    assert feed.entries[0].summary == pages["f"].summary
    assert feed.feed.title.endswith("new practices")


@pytest.mark.django_db
def test_event_page_links_its_ical_file(client):
    activities = EventIndexPageFactory(parent=english_home())
    english = EventPageFactory(parent=activities, slug="peer-review-poznan")
    event = published_translation(english, "sv")
    assert event.locale.language_code == "sv"
    html = client.get(event.url).content.decode()
    assert f'href="{event.url}ical/"' in html


# Collections ---------------------------------------------------------------------


@pytest.mark.django_db
def test_collection_lists_what_matches_its_criteria_now(client):
    index, pages, regions = build_own_sample_library()
    collection = PracticeCollectionPageFactory(
        parent=english_home(), pillars=["value_chain", "identity"], limit=50
    )
    collection.regions = [regions["gavleborg"]]
    collection.save()
    collection.save_revision().publish()
    response = client.get(collection.url)
    practices = response.context["practices"]
    # Every match is value chain or identity, from the chosen region.
    assert {p.pillar for p in practices} <= {"value_chain", "identity"}
    assert {p.origin_region.slug for p in practices} == {regions["gavleborg"].slug}
    slugs = {p.slug for p in practices if p.path.startswith(index.path)}
    assert slugs == {"practice-c", "practice-e"}
    assert "Practice C" in response.content.decode()
    # "as they are now": a practice that changes pillar leaves the collection.
    pages["c"].pillar = "governance"
    pages["c"].save_revision().publish()
    practices = client.get(collection.url).context["practices"]
    slugs = {p.slug for p in practices if p.path.startswith(index.path)}
    assert slugs == {"practice-e"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({"validated_only": True}, {"a", "c", "e"}),
        ({"implementation_level": "regional"}, {"a", "c", "e"}),
        (
            {"implementation_level": "regional", "validated_only": True, "limit": 2},
            {"e", "c"},
        ),
        ({"pillars": ["governance"]}, {"a", "b"}),
    ],
)
def test_collection_criteria(client, criteria, expected):
    index, _pages, _regions = build_own_sample_library()
    collection = PracticeCollectionPageFactory(parent=english_home(), **criteria)
    practices = [
        p
        for p in collection.get_practices(client.get("/en/").wsgi_request)
        if p.get_parent().pk == index.pk
    ]
    assert {p.slug for p in practices} == {f"practice-{s}" for s in expected}


@pytest.mark.django_db
def test_collection_topics_criterion(client):
    from taggit.models import Tag

    index, _pages, _regions = build_own_sample_library()
    collection = PracticeCollectionPageFactory(parent=english_home())
    collection.topics = [Tag.objects.get(slug="food")]
    collection.save()
    request = client.get("/en/").wsgi_request
    slugs = {
        p.slug
        for p in collection.get_practices(request)
        if p.get_parent().pk == index.pk
    }
    assert slugs == {"practice-d", "practice-e"}


@pytest.mark.django_db
def test_collection_query_count_does_not_grow(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from practices.factories import PracticePageFactory

    index, _pages, regions = build_own_sample_library()
    collection = PracticeCollectionPageFactory(
        parent=english_home(), pillars=["identity"], limit=100
    )
    client.get(collection.url)
    with CaptureQueriesContext(connection) as small:
        client.get(collection.url)
    for number in range(15):
        PracticePageFactory(
            parent=index,
            pillar="identity",
            origin_region=regions["silesia"],
            topic_names=["export", f"extra-{number}"],
        )
    with CaptureQueriesContext(connection) as large:
        response = client.get(collection.url)
    assert len(response.context["practices"]) >= 17
    assert len(small) == len(large)
