"""A search that finds nothing is answered as a librarian would (issue 19,
items 3 and 4): the word meant, from the vocabulary of the language's index and
only when it finds something; the same words' results in the other languages;
the site's main sections; and no filter that would find nothing.

On the database backend (the default), over the demo content.
"""

import re

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from search.vocabulary import closest_word, corrected_query, vocabulary

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_vocabulary():
    for code in ("en", "it", "pl"):
        cache.delete(f"search-vocabulary:{code}")


def search(client, language, q):
    response = client.get(f"/{language}/search/", {"q": q})
    assert response.status_code == 200
    return response.content.decode()


def spelling(html):
    match = re.search(r'empty-state__spelling">.*?href="\?q=([^"]+)"', html, re.S)
    return match.group(1) if match else None


@pytest.mark.parametrize(
    ("language", "typed", "meant"),
    [
        ("en", "incentiv", "incentive"),
        ("en", "exprot", "export"),
        ("it", "internazionalizazione", "internazionalizzazione"),
        ("pl", "logistka", "logistyka"),
    ],
)
def test_a_misspelt_word_is_corrected_from_the_languages_index(
    client, language, typed, meant
):
    html = search(client, language, typed)
    assert "empty-state" in html
    offered = spelling(html)
    assert offered is not None, html[html.index("empty-state") :][:600]
    # The word offered is a word of that language's pages, close to the typed one.
    assert offered.startswith(meant[:6])
    # ... and following it finds something.
    assert "empty-state" not in search(client, language, offered)


def test_nothing_is_offered_when_no_correction_finds_anything(client):
    html = search(client, "en", "zzqqxxv")
    assert "empty-state" in html
    assert spelling(html) is None


def test_the_vocabulary_is_the_languages_own():
    english = vocabulary(Locale.objects.get(language_code="en"))
    italian = vocabulary(Locale.objects.get(language_code="it"))
    assert "export" in english
    assert "imprese" in italian and "imprese" not in english
    # The index's normalised forms ("x0…") are never words to suggest.
    assert not any(word.startswith("x0") for word in english)
    assert closest_word("qqqqqqqq", english) is None
    assert corrected_query("export", Locale.objects.get(language_code="en")) is None


def test_results_in_other_languages_are_counted_and_linked(client):
    html = search(client, "en", "logistyka")
    assert "empty-state" in html
    found = re.findall(
        r'href="/pl/search/\?q=logistyka" hreflang="pl">Polish: (\d+) results?<',
        html,
    )
    assert found, html[html.index("empty-state") :][:800]
    polish = search(client, "pl", "logistyka")
    assert "empty-state" not in polish


def test_a_page_of_no_results_offers_no_empty_filters_but_the_main_sections(client):
    html = search(client, "en", "zzqqxxv")
    assert "(0)" not in html
    assert 'data-facet="' not in html
    browse = html[html.index("empty-state__browse") :]
    for title in ("Territories", "Good practices", "Invest"):
        assert f">{title}</a>" in browse


def test_zero_count_filters_are_left_out_when_there_are_results(client):
    html = search(client, "en", "export")
    assert "empty-state" not in html
    assert "(0)" not in html
    assert "facet-empty" not in html
