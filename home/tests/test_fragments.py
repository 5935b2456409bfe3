"""Menus and footers are cached per language and dropped on every publish."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import FooterText


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_menu_and_footer_are_served_from_the_cache_once_built(client):
    cold = _queries(client, "/en/")
    warm = _queries(client, "/en/")
    assert warm <= cold - 3  # menu children, footer links, footer text, emblem


@pytest.mark.django_db
def test_menu_follows_a_published_title_change(client):
    assert "Territories" in client.get("/en/").content.decode()
    page = (
        Page.objects.filter(locale__language_code="en", show_in_menus=True, depth=3)
        .live()
        .first()
        .specific
    )
    page.title = "Partner territories renamed"
    page.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert "Partner territories renamed" in html


@pytest.mark.django_db
def test_footer_follows_a_changed_acknowledgement_in_its_language_only(client):
    client.get("/en/"), client.get("/it/")  # build both fragments
    text = FooterText.objects.get(locale__language_code="it")
    text.funding_acknowledgement = "Progetto cofinanziato: testo aggiornato"
    text.save()
    assert "testo aggiornato" in client.get("/it/").content.decode()
    assert "testo aggiornato" not in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_menu_is_cached_per_language(client):
    def menu(language):
        html = client.get(f"/{language}/").content.decode()
        return html.split('class="main-nav"')[1].split("</nav>")[0]

    english, italian = menu("en"), menu("it")
    assert 'href="/en/' in english and 'href="/it/' not in english
    assert 'href="/it/' in italian and 'href="/en/' not in italian
