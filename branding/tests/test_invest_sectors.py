"""A sector filter on "Invest" never dead-ends: when a partner region's profile
lists the sector, the overview points to it, showcase or not."""

import pytest

from branding.factories import (
    InvestIndexPageFactory,
    ShowcasePageFactory,
    ShowcaseSectorFactory,
)
from cms.factories import english_home
from regions.factories import RegionSectorFactory, SectorFactory, make_region


@pytest.fixture
def overview(db):
    forestry = SectorFactory(name="Test forestry", code="test-forestry")
    ceramics = SectorFactory(name="Test ceramics", code="test-ceramics")
    forest = make_region("Test Forest", "test-forest", desk_name="Forest desk")
    RegionSectorFactory(page=forest, sector=forestry)
    coast = make_region("Test Coast", "test-coast")
    RegionSectorFactory(page=coast, sector=forestry)
    RegionSectorFactory(page=coast, sector=ceramics)
    showcase = ShowcasePageFactory(parent=coast, title="Invest in Test Coast")
    ShowcaseSectorFactory(page=showcase, sector=ceramics)
    showcase.save_revision().publish()
    index = InvestIndexPageFactory(parent=english_home(), slug="invest-sectors")
    index.save_revision().publish()
    return index


def section(html):
    start = html.index('<section class="sector-regions"')
    return html[start : html.index("</section>", start)]


def test_a_sector_without_showcases_points_to_the_regions_that_list_it(
    client, overview
):
    response = client.get(overview.url, {"sector": "test-forestry"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "0 showcases" in html
    regions = section(html)
    assert "Partner regions whose profile lists this sector" in regions
    assert 'href="/en/territories/test-forest/">Test Forest</a>' in regions
    assert "Investment desk: Forest desk" in regions
    # Test Coast lists forestry too, and its showcase is not in the results.
    assert "Test Coast</a>" in regions


def test_regions_already_listed_by_their_showcase_are_not_repeated(client, overview):
    html = client.get(overview.url, {"sector": "test-ceramics"}).content.decode()
    assert "Invest in Test Coast" in html
    assert 'class="sector-regions"' not in html


def test_no_sector_chosen_no_pointers(client, overview):
    html = client.get(overview.url).content.decode()
    assert 'class="sector-regions"' not in html
