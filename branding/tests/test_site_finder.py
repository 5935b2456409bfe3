"""The investment site finder (/<lang>/invest/sites/): every site of every live,
public showcase in the page's language, filtered, counted, paginated and mapped."""

import time
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from branding.finder import MAX_SITE_POINTS
from branding.models import InvestIndexPage, InvestmentSite, ShowcasePage

FINDER = "/en/invest/sites/"


def invest_index(language="en"):
    return InvestIndexPage.objects.get(locale__language_code=language)


def finder_url(language="en"):
    index = invest_index(language)
    return index.url + index.reverse_subpage("site_finder")


def cards(html):
    start = html.index('<ul class="card-list"')
    return html[start : html.index("</ul>", start)]


def every_card(client, query=None):
    """The cards of every page of results."""
    listed, number = "", 1
    while True:
        html = client.get(FINDER, {**(query or {}), "page": number}).content.decode()
        listed += cards(html)
        if 'rel="next"' not in html:
            return listed
        number += 1


def demo_sites(region=None, country=None):
    """The live English sites, of one region or one country."""
    sites = InvestmentSite.objects.filter(page__live=True, locale__language_code="en")
    if region:
        sites = sites.filter(page__url_path__contains=f"/{region}/")
    if country:
        from regions.models import RegionPage

        paths = RegionPage.objects.filter(
            country=country, locale__language_code="en"
        ).values_list("url_path", flat=True)
        sites = sites.filter(page__url_path__regex=r"^(" + "|".join(paths) + ")")
    return sites


def found(count):
    return f"{count} investment site{'' if count == 1 else 's'} found"


def test_the_finder_lists_every_demo_site_with_links_to_its_showcase(client, db):
    response = client.get(FINDER)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Investment site finder</h1>" in html
    sites = InvestmentSite.objects.filter(
        page__live=True, locale__language_code="en"
    ).select_related("page")
    assert sites.count() >= 6
    assert f"{sites.count()} investment sites found" in html
    listed = every_card(client)
    for site in sites:
        showcase = site.page
        assert f'href="{showcase.url}#site-{site.pk}"' in listed
        assert f'href="{showcase.url}#contact"' in listed
    # The showcase page has those anchors and the contact form.
    showcase_html = client.get(sites[0].page.url).content.decode()
    assert f'id="site-{sites[0].pk}"' in showcase_html
    assert 'id="contact"' in showcase_html


def test_the_finder_is_linked_from_invest_and_each_showcase(client, db):
    html = client.get(invest_index().url).content.decode()
    assert f'href="{FINDER}"' in html
    showcase = ShowcasePage.objects.live().filter(locale__language_code="en").first()
    html = client.get(showcase.url).content.decode()
    region = showcase.get_parent()
    assert f'href="{FINDER}?region={region.slug}"' in html


@pytest.mark.parametrize(
    ("language", "segment"),
    [("it", "aree"), ("es", "emplazamientos"), ("sv", "tomter"), ("pl", "tereny")],
)
def test_the_finder_path_is_translated(client, db, language, segment):
    url = finder_url(language)
    assert url.endswith(f"/{segment}/")
    response = client.get(url)
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()
    # An English segment on a translated index goes to the language's own.
    english = invest_index(language).url + "sites/?kind=greenfield"
    redirect = client.get(english)
    assert redirect.status_code == 301
    assert redirect["Location"] == url + "?kind=greenfield"


def test_filters_narrow_the_sites_and_keep_each_other(client, db):
    html = client.get(FINDER, {"region": "wielkopolska"}).content.decode()
    listed = cards(html)
    assert "Września industrial park" in listed
    assert "Former Cegielski works, Poznań" in listed
    assert found(demo_sites("wielkopolska").count()) in html
    html = client.get(
        FINDER, {"region": "wielkopolska", "kind": "brownfield"}
    ).content.decode()
    assert found(demo_sites("wielkopolska").filter(kind="brownfield").count()) in html
    assert "Września industrial park" not in cards(html)
    html = client.get(FINDER, {"country": "PL"}).content.decode()
    assert found(demo_sites(country="PL").count()) in html
    html = client.get(FINDER, {"area": "gt100000"}).content.decode()
    assert "Września industrial park" in cards(html)
    assert "Former Cegielski works" not in cards(html)
    html = client.get(FINDER, {"use": "retail"}).content.decode()
    assert "Former Cegielski works, Poznań" in cards(html)
    assert "Września industrial park" not in cards(html)
    html = client.get(FINDER, {"availability": "negotiation"}).content.decode()
    assert "Former Cegielski works, Poznań" in cards(html)


def test_facet_counts_add_up_and_offer_no_empty_choice(client, db):
    response = client.get(FINDER, {"country": "PL"})
    finder = response.context["finder"]
    facets = {facet.name: facet for facet in finder["facets"]}
    assert set(facets) == {"region", "country", "kind", "area", "availability"}
    for facet in facets.values():
        assert all(option.count > 0 for option in facet.options), facet.name
    # Kinds are counted within Poland; countries count every country (the
    # country filter does not narrow its own facet).
    polish = demo_sites(country="PL").count()
    kinds = {o.value: o.count for o in facets["kind"].options}
    assert sum(kinds.values()) == finder["total"] == polish
    countries = {o.value: o.count for o in facets["country"].options}
    assert countries["PL"] == polish and len(countries) >= 3
    html = response.content.decode()
    assert f'<option value="PL" selected>Poland ({polish})</option>' in html


@pytest.mark.parametrize(
    "query",
    [
        {"area": "abc"},
        {"kind": "castle"},
        {"region": "atlantis"},
        {"country": "XX"},
        {"availability": "<script>"},
        {"sort": "random"},
        {"page": "-1"},
        {"page": "abc"},
        {"page": "99999"},
        {"use": "x" * 500},
    ],
)
def test_bad_input_is_ignored_never_an_error(client, db, query):
    response = client.get(FINDER, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "investment sites found" in html
    name = next(iter(query))
    if name not in ("page", "use"):
        assert "were not understood and have been ignored" in html
    assert "<script>" not in html


def test_the_map_shows_the_sites_found_with_links_to_their_anchors(client, db):
    response = client.get(FINDER, {"region": "wielkopolska"})
    html = response.content.decode()
    svg = html[html.index('<svg class="svg-map__svg"') : html.index("</svg>")]
    for site in InvestmentSite.objects.filter(
        page__live=True,
        locale__language_code="en",
        municipality__in=["Poznań", "Września"],
    ).select_related("page"):
        assert f'href="{site.page.url}#site-{site.pk}"' in svg
    assert 'map-land--PL"' in svg


def add_sites(showcase, count, start=0):
    InvestmentSite.objects.bulk_create(
        InvestmentSite(
            page=showcase,
            locale_id=showcase.locale_id,
            name=f"Plot {n:05d}",
            kind=["greenfield", "brownfield", "real_estate", "research_centre"][n % 4],
            area_m2=1000 + 97 * n,
            municipality="Plainville",
            latitude=Decimal("45.0") + Decimal(n % 50) / 100,
            longitude=Decimal("10.0") + Decimal(n // 50) / 100,
            availability=["available", "soon", "negotiation"][n % 3],
            admissible_uses="Production, logistics" if n % 2 else "Offices",
            sort_order=n,
        )
        for n in range(start, start + count)
    )


def count_queries(client, url, params=None):
    client.get(url, params)  # warm the site root paths and menus
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response


# The page, menus and footer included: the showcases and their regions (2), the
# region and country facets (2, per showcase, added up), kind, area and
# availability (3), the count and the page of sites (2), the map (1).
FINDER_QUERIES = 22


def test_query_count_does_not_grow_with_the_sites(client, own_showcase):
    add_sites(own_showcase, 3)
    few, response = count_queries(client, FINDER, {"kind": "greenfield"})
    assert response.context["finder"]["total"] == 1
    add_sites(own_showcase, 27, start=3)
    many, response = count_queries(client, FINDER, {"kind": "greenfield"})
    assert response.context["finder"]["total"] == 8
    assert few == many == FINDER_QUERIES


def test_query_count_on_the_demo(client, db):
    queries, _response = count_queries(client, FINDER, {"kind": "greenfield"})
    assert queries == FINDER_QUERIES


def test_many_sites_are_mapped_by_region_and_paginated(client, own_showcase):
    add_sites(own_showcase, 2000)
    client.get(FINDER)
    started = time.perf_counter()
    response = client.get(FINDER, {"use": "logistics"})
    elapsed = time.perf_counter() - started
    finder = response.context["finder"]
    assert finder["total"] == 1000
    assert len(finder["sites"]) == 20
    svg_map = finder["sites_map"]
    assert len(svg_map.points) == 1
    assert svg_map.points[0].label == "Test Plain: 1000 sites"
    assert svg_map.points[0].url == "?region=test-plain&use=logistics"
    html = response.content.decode()
    assert 'rel="next"' in html and "use=logistics" in html
    assert elapsed < 2.0  # measured at well under 0.2 s; generous for slow CI


def test_a_few_sites_are_mapped_one_by_one(client, own_showcase):
    add_sites(own_showcase, MAX_SITE_POINTS)
    finder = client.get(FINDER).context["finder"]
    assert len(finder["sites_map"].points) == MAX_SITE_POINTS
    assert all("#site-" in point.url for point in finder["sites_map"].points)


def test_offline_and_private_showcases_are_left_out(client, own_showcase):
    add_sites(own_showcase, 2)
    ShowcasePage.objects.filter(pk=own_showcase.pk).update(live=False)
    html = client.get(FINDER).content.decode()
    assert "0 investment sites found" in html
    assert "Plot 00000" not in html


def test_generate_content_adds_sites_in_every_language_of_their_showcase(client, db):
    import io

    from django.core.management import call_command

    before = client.get(FINDER).context["finder"]["total"]
    call_command(
        "generate_content",
        "--sites",
        "50",
        "--languages",
        "en,it",
        "--seed",
        "3",
        stdout=io.StringIO(),
    )
    assert client.get(FINDER).context["finder"]["total"] == before + 50
    italian = client.get(finder_url("it"), {"use": "Production"})
    assert italian.status_code == 200
    generated = InvestmentSite.objects.filter(name__startswith="Plot G-")
    assert generated.filter(locale__language_code="it").count() == 50
    assert generated.filter(locale__language_code="sv").count() == 0


def test_sites_of_a_restricted_showcase_are_left_out(client, own_showcase):
    from wagtail.models import PageViewRestriction

    add_sites(own_showcase, 2)
    assert "Plot 00000" in client.get(FINDER).content.decode()
    PageViewRestriction.objects.create(
        page=own_showcase, restriction_type="password", password="secret"
    )
    html = client.get(FINDER).content.decode()
    assert "0 investment sites found" in html
    assert "Plot 00000" not in html
