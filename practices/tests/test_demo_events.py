"""The demo's activities, library feeds and collections, in every language.

These tests are about the demo content itself; calendars, feeds and collections
are tested on pages built by factories in ``test_events.py``.
"""

import feedparser
import icalendar
import pytest

from cms.testing import LANGUAGES
from practices.models import (
    EventIndexPage,
    EventPage,
    PracticeCollectionPage,
    PracticeIndexPage,
    PracticePage,
)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_calendar_and_feeds_in_every_language(client, language):
    index = EventIndexPage.objects.get(locale__language_code=language)
    calendar = icalendar.Calendar.from_ical(client.get(index.url + "calendar/").content)
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    expected = set(
        EventPage.objects.live().child_of(index).values_list("title", flat=True)
    )
    assert summaries == expected and len(expected) >= 6
    for kind in ("rss", "atom"):
        feed = feedparser.parse(client.get(f"{index.url}feed/{kind}/").content)
        assert not feed.bozo, feed.bozo_exception
        assert feed.feed.language == language if kind == "rss" else True
        assert {entry.title for entry in feed.entries} == expected

    library = PracticeIndexPage.objects.get(locale__language_code=language)
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
        assert all(
            entry.link.startswith("http://testserver/" + language + "/")
            for entry in feed.entries
        )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_collections_in_every_language(client, language):
    collection = PracticeCollectionPage.objects.get(
        slug__in=[
            "validated-practices-emilia-romagna",
            "pratiche-validate-emilia-romagna",
            "practicas-validadas-emilia-romana",
            "validerade-exempel-emilia-romagna",
            "zatwierdzone-praktyki-emilia-romania",
        ],
        locale__language_code=language,
    )
    response = client.get(collection.url)
    practices = response.context["practices"]
    assert 1 <= len(practices) <= 6
    for practice in practices:
        assert practice.locale.language_code == language
        assert practice.validation_status in ("validated", "expert_validated")
        assert practice.origin_region.slug in {"reggio-emilia", "emilia-romagna"}
    assert "badge--validated" in response.content.decode()
