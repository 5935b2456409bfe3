"""Language-aware matching on the database backend (SQLite FTS5 and PostgreSQL).

Each language's page holds inflected words next to a made-up word of its own
("qwxit"...), so the search page lists it among the demo's pages only when the
inflected forms were matched. What is asserted is what the visitor sees: the
page listed (its address) or not, and the word as written marked in the snippet.
"""

import re

import pytest

from home.factories import StandardPageFactory
from home.models import HomePage
from search.normalise import NORMALISERS, index_terms, lookup_terms

# language: (made-up word, page text, [(query, word marked in the snippet)])
INFLECTED = {
    "en": (
        "qwxen",
        "Export incentives for small companies.",
        [("incentive company", "companies"), ("incentives companies", "incentives")],
    ),
    "it": (
        "qwxit",
        "Servizi per le imprese ceramiche.",
        [("impresa ceramica", "imprese"), ("ceramica", "ceramiche")],
    ),
    "es": (
        "qwxes",
        "Ayudas a las exportaciones de empresas.",
        [("exportación empresa", "exportaciones"), ("empresa", "empresas")],
    ),
    "sv": (
        "qwxsv",
        "Stöd till företagen och exporten.",
        [("företag export", "företagen"), ("exporten", "exporten")],
    ),
    "pl": (
        "qwxpl",
        "Wsparcie eksportu dla firm.",
        [("eksport", "eksportu"), ("eksportem", "eksportu")],
    ),
}

# language: (page text, phrase as written, the same phrase inflected otherwise)
PHRASES = {
    "en": ("Export incentives for companies.", "export incentives", "export incentive"),
    "it": (
        "Servizi per le imprese ceramiche.",
        "imprese ceramiche",
        "impresa ceramica",
    ),
    "es": (
        "Ayudas a las exportaciones de empresas.",
        "exportaciones de empresas",
        "exportación de empresas",
    ),
    "sv": (
        "Stöd till företagen i regionen.",
        "stöd till företagen",
        "stöd till företag",
    ),
    "pl": ("Wsparcie eksportu dla firm.", "wsparcie eksportu", "wsparcie eksportem"),
}

# language: (page text, query finding it without accents, query that must not)
ACCENTS = {
    "en": ("A café for exporters.", "cafe", None),
    "it": ("Le attività delle imprese.", "attivita", None),
    "es": ("Un año de exportación.", "exportacion", "ano"),
    "sv": ("En idé för företag.", "ide", "foretag"),
    "pl": ("Źródło finansowania eksportu.", "zrodlo", None),
}


RESULT_LIST = re.compile(r'<ol class="search-result-list">.*?</ol>', re.S)


def search(client, language, query):
    """The list of results the search page shows ("" when it shows none)."""
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    found = RESULT_LIST.search(response.content.decode())
    return found.group() if found else ""


def own_page(language, slug, intro):
    """A live StandardPage under the home of ``language``, indexed on save."""
    home = HomePage.objects.get(locale__language_code=language)
    return StandardPageFactory(
        parent=home, title=f"Page {slug}", slug=slug, intro=intro
    )


@pytest.mark.parametrize("language", list(NORMALISERS))
def test_normaliser_reduces_inflected_forms_to_one(language):
    _word, text, queries = INFLECTED[language]
    stored = set(index_terms(text, language))
    for query, _marked in queries:
        for lemma, *_as_typed in lookup_terms(query, language):
            assert lemma in stored, query


@pytest.mark.django_db
@pytest.mark.parametrize("language", list(INFLECTED))
def test_inflected_forms_find_each_other_on_the_search_page(client, language):
    word, text, queries = INFLECTED[language]
    own_page(language, f"{word}-page", f"{text} {word.capitalize()}.")
    for query, marked in queries:
        html = search(client, language, f"{word} {query}")
        assert f"/{language}/{word}-page/" in html, query
        assert f"<mark>{marked}</mark>" in html, query


@pytest.mark.django_db
@pytest.mark.parametrize("language", list(INFLECTED))
def test_a_page_in_another_language_is_not_found(client, language):
    word, text, queries = INFLECTED[language]
    own_page(language, f"{word}-page", f"{text} {word}.")
    other = "it" if language == "en" else "en"
    query, _marked = queries[0]
    assert f"{word}-page/" not in search(client, other, f"{word} {query}")


@pytest.mark.django_db
@pytest.mark.parametrize("language", list(PHRASES))
def test_a_quoted_phrase_matches_the_words_as_written(client, language):
    text, as_written, inflected = PHRASES[language]
    own_page(language, "qwxphrase", f"{text} Qwxphrase.")
    address = f"/{language}/qwxphrase/"
    assert address in search(client, language, f'"{as_written}" qwxphrase')
    assert address not in search(client, language, f'"{inflected}" qwxphrase')
    # Unquoted, the inflected words find it.
    assert address in search(client, language, f"{inflected} qwxphrase")


@pytest.mark.django_db
@pytest.mark.parametrize("language", list(ACCENTS))
def test_accents_fold_where_the_language_allows_it(client, language):
    text, folded, kept = ACCENTS[language]
    own_page(language, "qwxaccent", f"{text} Qwxaccent.")
    address = f"/{language}/qwxaccent/"
    assert address in search(client, language, f"{folded} qwxaccent")
    if kept:
        # "año" is not "ano" in Spanish, "företag" not "foretag" in Swedish.
        assert address not in search(client, language, f"{kept} qwxaccent")


@pytest.mark.django_db
def test_the_search_page_language_decides_the_normalisation(client):
    """An Italian plural is reduced by Italian rules on the Italian page only:
    the English page takes "imprese" for an unknown English word."""
    own_page("it", "qwxlang", "Le imprese di Qwxlang.")
    own_page("en", "qwxlang", "Impresa of Qwxlang.")
    assert "/it/qwxlang/" in search(client, "it", "impresa qwxlang")
    assert "/en/qwxlang/" not in search(client, "en", "imprese qwxlang")


@pytest.mark.django_db
def test_a_page_published_later_is_indexed_normalised(client):
    """Wagtail's signal handlers index a revision published later the same way."""
    page = own_page("pl", "qwxlater", "Strona Qwxlater.")
    page.intro = "Wsparcie eksportu. Qwxlater."
    page.save_revision().publish()
    assert "/pl/qwxlater/" in search(client, "pl", "eksportem qwxlater")


@pytest.mark.django_db
def test_update_index_rebuilds_the_normalised_index(client):
    from django.core.management import call_command

    own_page("sv", "qwxrebuild", "Stöd till företagen. Qwxrebuild.")
    call_command("update_index", verbosity=0)
    assert "/sv/qwxrebuild/" in search(client, "sv", "företag qwxrebuild")


@pytest.mark.django_db
def test_the_api_finds_a_page_of_another_language_by_the_word_as_typed(client):
    """The open-data API searches every language's pages in the site's language
    (its addresses carry none): an Italian plural that English lemmas do not
    know is still found as typed."""
    page = own_page("it", "qwxapi", "Le imprese ceramiche di Qwxapi.")
    response = client.get("/api/v2/pages/", {"search": "imprese qwxapi"})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [page.pk]
