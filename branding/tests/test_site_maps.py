"""Investment sites on the maps of regions and of "Invest" (regions.maps)."""

from branding.models import InvestmentSite
from branding.tests.test_site_finder import add_sites
from regions.tests.test_basemap import assert_readable


def test_a_region_page_maps_its_showcase_sites(client, db):
    response = client.get("/en/territories/wielkopolska/")
    html = response.content.decode()
    figure = html[html.index('<figure class="svg-map">') :]
    figure = figure[: figure.index("</ul>")]  # the map and the list under it
    sites = InvestmentSite.objects.filter(
        page__live=True,
        locale__language_code="en",
        municipality__in=["Poznań", "Września"],
    ).select_related("page")
    assert sites
    for site in sites:
        assert f'href="{site.page.url}#site-{site.pk}"' in figure
    # The places are listed as text under the map too.
    assert '<ul class="map-key__list map-key__list--all" aria-label="Map of' in figure
    assert_readable(response.context["region_map"])


def test_the_invest_map_links_each_site_to_its_showcase_anchor(client, db):
    response = client.get("/en/invest/")
    svg_map = response.context["sites_map"]
    sites = InvestmentSite.objects.filter(
        page__live=True, locale__language_code="en"
    ).select_related("page")
    assert {point.url for point in svg_map.points} == {
        f"{site.page.url}#site-{site.pk}" for site in sites
    }
    assert_readable(svg_map)


def test_past_forty_sites_invest_maps_one_point_per_region(client, own_showcase):
    add_sites(own_showcase, 300)
    response = client.get("/en/invest/")
    svg_map = response.context["sites_map"]
    assert [(p.label, p.url) for p in svg_map.points] == [
        ("Test Plain: 300 sites", "/en/invest/sites/?region=test-plain")
    ]
    html = response.content.decode()
    assert "300 investment sites: Greenfield, Brownfield, Real estate" in html
    kinds = client.get("/en/invest/", {"site_kind": "brownfield"})
    point = kinds.context["sites_map"].points[0]
    assert point.label == "Test Plain: 75 sites"
    assert point.url == "/en/invest/sites/?region=test-plain&kind=brownfield"
