"""Behaviour that only an engine with per-language analysers has."""

import pytest

from home.factories import StandardPageFactory
from home.models import HomePage
from search.tests.conftest import full_engine_configured, refresh_index


def search(client, language, **params):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response.content.decode()


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
@pytest.mark.language_analysers
def test_swedish_search_is_stemmed_on_a_full_engine(client, engine_backend):
    if not full_engine_configured():
        pytest.skip("needs ELASTICSEARCH_URL or OPENSEARCH_URL with a Swedish analyser")
    swedish_home = HomePage.objects.get(locale__language_code="sv")
    StandardPageFactory(
        parent=swedish_home,
        title="Stöd till företagen",
        slug="stod",
        intro="Tjänster för exporterande företagen",
    )
    refresh_index()
    assert "/sv/stod/" in search(client, "sv", q="företag")
