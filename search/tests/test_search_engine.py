"""Behaviour that only an engine with per-language analysers has."""

import re

import pytest

from home.factories import StandardPageFactory
from home.models import HomePage
from search.tests.conftest import refresh_index

RESULT_LIST = re.compile(r'<ol class="search-result-list">.*?</ol>', re.S)


def search(client, language, **params):
    """The list of results the search page shows ("" when it shows none)."""
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    found = RESULT_LIST.search(response.content.decode())
    return found.group() if found else ""


@pytest.mark.django_db
def test_italian_search_is_stemmed_on_an_engine(client, engine_backend):
    """On an engine each language has its analyser: "impresa" finds "imprese"."""
    italian_home = HomePage.objects.get(locale__language_code="it")
    StandardPageFactory(
        parent=italian_home,
        title="Sostegno alle imprese",
        slug="sostegno",
        intro="Servizi per le imprese esportatrici",
    )
    refresh_index()
    assert "/it/sostegno/" in search(client, "it", q="impresa")


@pytest.mark.django_db
def test_swedish_search_finds_inflected_forms_on_an_engine(client, engine_backend):
    """With the Swedish analyser (a full engine), or, where the engine has none
    (osmem-server runs with sv=standard), with the pure-Python normalisation
    applied before indexing and to the query."""
    swedish_home = HomePage.objects.get(locale__language_code="sv")
    StandardPageFactory(
        parent=swedish_home,
        title="Stöd till företagen",
        slug="stod",
        intro="Tjänster för exporterande företagen",
    )
    refresh_index()
    assert "/sv/stod/" in search(client, "sv", q="företag")


@pytest.mark.django_db
def test_polish_search_finds_inflected_forms_on_an_engine(client, engine_backend):
    """Lucene has no Polish stemmer without the Stempel plugin: the lemmas come
    from the pure-Python normaliser, in the document and in the query."""
    polish_home = HomePage.objects.get(locale__language_code="pl")
    StandardPageFactory(
        parent=polish_home,
        title="Wsparcie eksportu",
        slug="wsparcie",
        intro="Usługi dla firm zajmujących się eksportem",
    )
    refresh_index()
    assert "/pl/wsparcie/" in search(client, "pl", q="eksport firma")
    assert "/pl/wsparcie/" in search(client, "pl", q="eksportem")
    # The words still have to be there: another word finds nothing.
    assert "/pl/wsparcie/" not in search(client, "pl", q="import")


def test_only_analysers_that_do_not_stem_are_normalised_in_python(settings):
    from search.backends import normalised_languages

    settings.SEARCH_ANALYZERS = {"sv": "standard"}
    assert normalised_languages() == {"sv", "pl"}
    settings.SEARCH_ANALYZERS = {"pl": "polish"}  # the Stempel plugin's
    assert normalised_languages() == set()
