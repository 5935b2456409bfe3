"""Taxonomy in the search index: a page's pillar, level, topics, sector, kind of
event, region and country are found by their names in the page's language.

Each page holds a made-up word ("qwxtax"...) so that the search page lists it
among the demo's pages only when the taxonomy word matched; what is asserted is
the list of results the visitor sees.
"""

import re

import pytest
from wagtail.models import Locale

from cms.factories import published_translation
from practices.factories import (
    EventPageFactory,
    PracticePageFactory,
    library_in,
    make_practice,
    make_topic,
)
from practices.models import EventIndexPage
from regions.factories import ValueChainPageFactory, make_sector
from regions.models import RegionPage

RESULT_LIST = re.compile(r'<ol class="search-result-list">.*?</ol>', re.S)

pytestmark = pytest.mark.django_db


def results(client, language, query):
    """The list of results the search page shows ("" when it shows none)."""
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    found = RESULT_LIST.search(response.content.decode())
    return found.group() if found else ""


def test_a_pillar_finds_its_practices_in_the_page_language(client):
    """ "branding" finds the practices of "Local identity and branding" in
    English; the Italian translation is found by its Italian pillar name."""
    practice = make_practice(
        title="Qwxtax programme",
        slug="qwxtax",
        summary="Support for local firms.",
        pillar="identity",
    )
    italian = published_translation(practice, "it")
    assert practice.url_path.rstrip("/").endswith("qwxtax")
    english_results = results(client, "en", "branding qwxtax")
    assert "/en/" in english_results and "qwxtax/" in english_results
    assert results(client, "it", "branding qwxtax") == ""
    assert italian.url in results(client, "it", "marketing territoriale qwxtax")


def test_a_sector_finds_its_value_chains_in_italian(client):
    sector = make_sector(
        "qwx-ceramics", {"en": "Ceramics", "it": "Ceramica", "pl": "Ceramika"}
    )
    region = RegionPage.objects.filter(locale__language_code="it").first()
    italian_sector = sector.get_translation(Locale.objects.get(language_code="it"))
    chain = ValueChainPageFactory(
        parent=region,
        title="Filiera qwxvc",
        slug="qwxvc",
        summary="Dalla materia prima al prodotto finito.",
        sector=italian_sector,
    )
    found = results(client, "it", "ceramiche qwxvc")
    assert chain.url in found
    assert results(client, "en", "ceramica qwxvc") == ""


def test_a_topic_finds_its_practices_in_polish_only_under_its_polish_name(client):
    make_topic(
        "qwx-logistics",
        {"en": "Logistics", "it": "Logistica", "pl": "Logistyka"},
    )
    polish_library = library_in("pl", "qwxpl-")
    polish = PracticePageFactory(
        parent=polish_library,
        title="Praktyka qwxtopic",
        slug="qwxtopic",
        summary="Wsparcie dla firm.",
        topic_names=["qwx-logistics"],
        locale=polish_library.locale,
    )
    english = make_practice(
        title="Practice qwxtopic",
        slug="qwxtopic",
        summary="Support for firms.",
        topic_names=["qwx-logistics"],
    )
    for page in (polish, english):  # as an editor publishes them
        page.save_revision().publish()
    assert polish.url in results(client, "pl", "logistyki qwxtopic")
    assert results(client, "en", "logistyka qwxtopic") == ""
    assert english.url in results(client, "en", "logistics qwxtopic")


def test_a_topic_added_later_is_found_once_the_practice_is_published(client):
    """The index follows what an editor publishes: a topic added in a new
    revision is searchable once that revision is published."""
    make_topic("qwx-ports", {"en": "Ports", "it": "Porti", "pl": "Porty"})
    practice = make_practice(
        title="Practice qwxlater", slug="qwxlater", summary="Support for firms."
    )
    assert results(client, "en", "port qwxlater") == ""
    practice.topics.add("qwx-ports")
    practice.save_revision().publish()
    assert practice.url in results(client, "en", "port qwxlater")


def test_an_event_kind_and_its_host_country_find_the_event_in_spanish(client):
    index = EventIndexPage.objects.filter(locale__language_code="es").first()
    host = RegionPage.objects.filter(locale__language_code="es", country="ES").first()
    event = EventPageFactory(
        parent=index,
        title="Encuentro qwxev",
        slug="qwxev",
        summary="Un encuentro de socios.",
        kind="workshop",
        host_region=host,
        locale=index.locale,
    )
    assert event.url in results(client, "es", "talleres qwxev")
    assert event.url in results(client, "es", "España qwxev")
    assert event.url in results(client, "es", f"{host.title} qwxev")


def test_a_region_page_is_found_by_its_country_and_sectors_in_swedish(client):
    region = RegionPage.objects.filter(locale__language_code="sv", country="SE").first()
    labels = region.get_taxonomy_labels()
    assert "Sverige" in region.search_taxonomy()
    found = results(client, "sv", f"Sverige {region.title}")
    assert region.url in found
    assert labels  # the sectors and kind of partner are read too
