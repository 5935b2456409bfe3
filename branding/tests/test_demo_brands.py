"""Every partner region of the demo has a complete brand page and showcase, in
every language: a logo, downloadable assets, incentives, sites and a story."""

from io import BytesIO

import pytest
from django.utils import translation
from pypdf import PdfReader

from branding.models import BrandPage, ShowcasePage
from cms.testing import LANGUAGES
from regions.models import RegionPage


def child(model, region):
    return model.objects.child_of(region).live().first()


@pytest.mark.django_db
def test_every_region_has_a_brand_and_a_showcase_in_every_language():
    regions = RegionPage.objects.live().select_related("locale")
    assert regions.count() == 7 * len(LANGUAGES)
    for region in regions:
        brand, showcase = child(BrandPage, region), child(ShowcasePage, region)
        where = f"{region.slug} ({region.locale.language_code})"
        assert brand is not None and showcase is not None, where
        assert brand.logo is not None, where
        assert len(brand.assets) == 3, where
        assert brand.colours.count() >= 3, where
        assert brand.campaigns and brand.typography, where
        assert 2 <= showcase.incentives.count() <= 4, where
        assert 3 <= showcase.investment_sites.count() <= 5, where
        assert showcase.success_stories.exists(), where
        assert showcase.showcase_sectors.exists(), where


@pytest.mark.django_db
def test_the_sites_are_varied_and_inside_their_region():
    for region in RegionPage.objects.live().filter(locale__language_code="en"):
        sites = list(child(ShowcasePage, region).investment_sites.all())
        assert len({site.kind for site in sites}) >= 2, region.slug
        for site in sites:
            # Within two degrees of the region's centre: not in the sea or
            # another country by a typo.
            assert abs(site.latitude - region.latitude) < 2, site.name
            assert abs(site.longitude - region.longitude) < 2, site.name


@pytest.mark.django_db
def test_the_brand_assets_download(client):
    brand = BrandPage.objects.live().get(
        locale__language_code="pl", brand_name="Śląskie. Pozytywna energia"
    )
    html = client.get(brand.url).content.decode()
    assert 'alt="Śląskie. Pozytywna energia"' in html  # the wordmark says its name
    files = {}
    for block in brand.assets:
        document = block.value["document"]
        assert f'href="{document.url}"' in html
        with translation.override("pl"):
            assert document.display_title.startswith(("Logo ", "Wytyczne marki "))
            assert document.display_title in html
        response = client.get(document.url)
        assert response.status_code == 200
        files[document.file_extension] = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
    assert files["png"].startswith(b"\x89PNG")
    guidelines = " ".join(
        page.extract_text() for page in PdfReader(BytesIO(files["pdf"])).pages
    )
    for colour in brand.colours.all():
        assert colour.hex in guidelines
