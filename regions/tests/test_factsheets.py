"""The region profiles' generated factsheets: every demo region's PDF carries its
key figures and value chains in the page's language, is served only for a live
page, and shows the new data after an edit is published."""

from decimal import Decimal

import pytest
from django.utils import translation

from cms.factsheets import cache_key
from cms.testing import assert_says, pdf_text
from regions.models import RegionPage, ValueChainPage

PARTNERS = [
    "reggio-emilia",
    "emilia-romagna",
    "west-yorkshire",
    "valencia",
    "gavleborg",
    "silesia",
    "wielkopolska",
]


def region(slug, language="en"):
    return RegionPage.objects.live().get(slug=slug, locale__language_code=language)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_region_factsheet_has_its_key_figures_and_chains(client, language):
    for slug in PARTNERS:
        page = region(slug, language)
        response = client.get(page.get_factsheet_url())
        assert response.status_code == 200, slug
        text = pdf_text(response)
        figures = list(page.key_figures.all())
        assert figures, f"{slug} ({language}) has no key figures"
        with translation.override(language):
            for figure in figures:
                assert_says(text, figure.label)
                assert_says(text, figure.display_value)
        for chain in ValueChainPage.objects.child_of(page).live():
            assert_says(text, chain.title)
        if page.desk_email:
            assert page.desk_email in text


@pytest.mark.django_db
def test_the_factsheet_is_named_after_the_page_and_its_language(client):
    page = region("silesia", "it")
    response = client.get(page.get_factsheet_url())
    assert page.get_factsheet_url().endswith("/scheda/")
    assert response["Content-Disposition"] == 'inline; filename="silesia-it.pdf"'
    assert "max-age=3600" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    # The labels are in Italian too, not only the data.
    text = pdf_text(response)
    assert "scheda informativa" in text
    assert "Dati chiave" in text
    assert "Maggiori informazioni online" in text


@pytest.mark.django_db
def test_an_english_segment_on_an_italian_page_redirects(client):
    page = region("silesia", "it")
    response = client.get(page.url + "factsheet/")
    assert response.status_code == 301
    assert response["Location"].endswith("/scheda/")


@pytest.mark.django_db
def test_no_factsheet_for_an_unpublished_region(client):
    page = region("gavleborg")
    url = page.get_factsheet_url()
    page.unpublish()
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_a_restricted_region_factsheet_asks_for_a_login(client):
    from wagtail.models import PageViewRestriction

    page = region("valencia")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(page.get_factsheet_url())
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.django_db
def test_a_published_edit_shows_in_the_next_factsheet(client):
    page = region("wielkopolska")
    url = page.get_factsheet_url()
    assert "Bursztyn" not in pdf_text(client.get(url))
    old_key = cache_key(page)
    figure = page.key_figures.first()
    figure.label = "Bursztyn exports"
    figure.value = Decimal("4321987")
    figure.save()
    page.save_revision().publish()
    page.refresh_from_db()
    assert cache_key(page) != old_key
    text = pdf_text(client.get(url))
    assert "Bursztyn exports" in text
    assert "4,321,987" in text


@pytest.mark.django_db
def test_factsheet_queries_are_pinned(client, django_assert_max_num_queries):
    page = region("emilia-romagna")
    url = page.get_factsheet_url()
    with django_assert_max_num_queries(19):
        assert client.get(url).status_code == 200
    # Built once: the second download reads the bytes from the cache.
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_the_profile_links_its_factsheet(client):
    page = region("west-yorkshire", "sv")
    html = client.get(page.url).content.decode()
    assert f'href="{page.get_factsheet_url()}"' in html
