"""The showcases' generated factsheets: every demo showcase's PDF carries its
region's key figures, its incentives, sites and success story in the page's
language; an editor's own upload is linked instead, and the generated one stays
reachable."""

from decimal import Decimal
from io import BytesIO

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from pypdf import PdfReader
from wagtail.models import Collection

from branding.models import InvestmentSite, ShowcasePage
from cms.caching import invalidate
from cms.factories import make_document, pdf_bytes
from cms.testing import assert_says, pdf_text
from regions.models import RegionPage

SHOWCASE_REGIONS = [
    "reggio-emilia",
    "emilia-romagna",
    "west-yorkshire",
    "valencia",
    "gavleborg",
    "silesia",
    "wielkopolska",
]


def showcase(region_slug, language="en"):
    return ShowcasePage.objects.live().get(
        locale__language_code=language,
        path__startswith=region_path(region_slug, language),
    )


def region_path(region_slug, language):
    return RegionPage.objects.get(slug=region_slug, locale__language_code=language).path


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "it"])
def test_every_showcase_factsheet_has_its_offer(client, language):
    for slug in SHOWCASE_REGIONS:
        page = showcase(slug, language)
        response = client.get(page.get_factsheet_url())
        assert response.status_code == 200, slug
        text = pdf_text(response)
        assert_says(text, page.headline)
        with translation.override(language):
            for figure in page.region.key_figures.all():
                assert_says(text, figure.display_value)
                assert_says(text, figure.label)
            for site in page.investment_sites.all():
                assert_says(text, site.name)
                assert_says(text, site.display_area)
            for incentive in page.incentives.all():
                assert_says(text, incentive.name)
            for story in page.success_stories.all():
                assert_says(text, story.investor)


@pytest.mark.django_db
def test_the_factsheet_is_named_after_the_region_and_language(client):
    page = showcase("wielkopolska", "pl")
    response = client.get(page.get_factsheet_url())
    assert page.get_factsheet_url().endswith("/karta/")
    assert response["Content-Disposition"] == (
        'inline; filename="wielkopolska-inwestuj-pl.pdf"'
    )
    text = pdf_text(response)
    assert "Zachęty" in text  # the heading "Incentives", in Polish
    assert_says(text, "Powierzchnia (m²)")


@pytest.mark.django_db
def test_the_showcase_links_its_generated_factsheet(client):
    page = showcase("valencia", "es")
    html = client.get(page.url).content.decode()
    assert f'href="{page.get_factsheet_url()}"' in html


@pytest.mark.django_db
def test_an_uploaded_factsheet_is_linked_instead(client):
    page = showcase("valencia")
    document = make_document(
        "Valencia investor pack",
        "valencia-pack.pdf",
        pdf_bytes("Valencia investor pack"),
        Collection.get_first_root_node(),
    )
    page.factsheet = document
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert f'href="{document.url}"' in html
    assert f'href="{page.get_factsheet_url()}"' not in html
    # The generated one is still there for whoever has its link.
    assert client.get(page.get_factsheet_url()).status_code == 200


@pytest.mark.django_db
def test_no_factsheet_for_an_unpublished_showcase(client):
    page = showcase("silesia")
    url = page.get_factsheet_url()
    page.unpublish()
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_a_published_edit_shows_in_the_next_factsheet(client):
    page = showcase("gavleborg")
    url = page.get_factsheet_url()
    assert "Gävle Harbour North" not in pdf_text(client.get(url))
    site = page.investment_sites.first()
    site.name = "Gävle Harbour North"
    site.area_m2 = 123456
    site.save()
    page.save_revision().publish()
    text = pdf_text(client.get(url))
    assert "Gävle Harbour North" in text
    assert "123,456" in text


def cold_queries(client, url):
    """The queries of a download that has to build the PDF."""
    invalidate()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


@pytest.mark.django_db
def test_showcase_factsheet_queries_are_pinned(client, django_assert_max_num_queries):
    url = showcase("emilia-romagna").get_factsheet_url()
    assert cold_queries(client, url) <= 24
    # Built once: the next download reads the bytes from the cache.
    with django_assert_max_num_queries(14):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_showcase_factsheet_queries_do_not_grow_with_its_sites(client):
    page = showcase("valencia")
    url = page.get_factsheet_url()
    before = cold_queries(client, url)
    for number in range(10):
        page.investment_sites.add(
            InvestmentSite(
                locale=page.locale,
                name=f"Extra site {number}",
                kind=InvestmentSite.Kind.GREENFIELD,
                area_m2=20000 + number,
                municipality="Paterna",
                latitude=Decimal("39.50"),
                longitude=Decimal("-0.44"),
            )
        )
    page.save_revision().publish()
    assert cold_queries(client, url) == before
    assert "Extra site 9" in pdf_text(client.get(url))


@pytest.mark.django_db
def test_the_sites_are_on_the_same_map_as_the_web_page(client):
    """The sites' map: the Natural Earth outlines of the web map, clipped to a
    box fitted to the sites, with one numbered dot per site."""
    page = showcase("silesia", "it")
    response = client.get(page.get_factsheet_url())
    assert response.status_code == 200
    text = pdf_text(response)
    assert_says(text, "Dove si trovano le aree")
    reader = PdfReader(BytesIO(response.content))
    pages = [page.get_contents().get_data() for page in reader.pages]
    # The outlines are drawn as paths, clipped to the map's frame ("re W n").
    mapped = [data for data in pages if b" re W n" in data]
    assert len(mapped) == 1
    assert mapped[0].count(b" l ") > 100  # the outlines: lines between points
