"""Territories: tree rules, directory filters, comparison, profiles, maps, queries."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.testing import LANGUAGES
from home.models import HomePage
from regions.factories import (
    RegionIndexPageFactory,
    RegionKeyFigureFactory,
    RegionPageFactory,
    RegionSectorFactory,
    SectorFactory,
    region,
)
from regions.maps import HEIGHT, MARGIN, WIDTH, build_map, project
from regions.models import (
    RegionIndexPage,
    RegionKeyFigure,
    RegionPage,
    Sector,
    StakeholderMember,
    ValueChainPage,
)

PARTNERS = [
    "reggio-emilia",
    "emilia-romagna",
    "west-yorkshire",
    "valencia",
    "gavleborg",
    "silesia",
    "wielkopolska",
]


def index_in(language):
    return RegionIndexPage.objects.get(locale__language_code=language)


def titles_in(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


class TestTree(WagtailPageTestCase):
    def test_index_lives_under_home_once(self):
        self.assertAllowedParentPageTypes(RegionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(RegionIndexPage, {RegionPage})
        home = HomePage.objects.get(locale__language_code="en")
        # The demo already has one under the home page: a second is refused.
        self.assertFalse(RegionIndexPage.can_create_at(home))

    def test_value_chain_is_a_leaf_under_a_region(self):
        self.assertAllowedParentPageTypes(ValueChainPage, {RegionPage})
        self.assertAllowedSubpageTypes(ValueChainPage, set())
        self.assertCanCreateAt(RegionPage, ValueChainPage)
        self.assertCanNotCreateAt(RegionIndexPage, ValueChainPage)

    def test_editor_creates_a_region_with_inline_figures_and_members(self):
        self.login()
        index = index_in("en")
        sector = Sector.objects.get(code="ceramics", locale__language_code="en")
        self.assertCanCreate(
            index,
            RegionPage,
            nested_form_data(
                {
                    "title": "Castilla y León",
                    "slug": "castilla-y-leon",
                    "partner_name": "Junta de Castilla y León",
                    "partner_kind": "regional_authority",
                    "country": "ES",
                    "nuts_code": "ES41",
                    "latitude": "41.65",
                    "longitude": "-4.72",
                    "intro": "A large inland region.",
                    "body": streamfield([]),
                    "region_sectors": inline_formset([{"sector": sector.pk}]),
                    "key_figures": inline_formset(
                        [
                            {
                                "label": "Population",
                                "value": "2370000",
                                "unit": "",
                                "year": "2023",
                                "source": "INE",
                            }
                        ]
                    ),
                    "stakeholders": inline_formset(
                        [
                            {
                                "organisation": "University of Salamanca",
                                "category": "university",
                                "website": "https://www.usal.es/",
                                "role": "Research",
                            }
                        ]
                    ),
                    "desk_name": "",
                    "desk_email": "",
                    "desk_phone": "",
                    "desk_url": "",
                }
            ),
        )
        created = RegionPage.objects.get(slug="castilla-y-leon")
        assert created.key_figures.get().year == 2023
        assert created.stakeholders.get().category == "university"
        assert created.sectors == [sector]

    def test_demo_region_pages_open_in_the_editor(self):
        self.login()
        for slug in ["emilia-romagna", "west-yorkshire"]:
            page = region(slug)
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200
            assert "Key figures" in response.content.decode()


@pytest.mark.django_db
def test_all_seven_partners_are_profiled_with_chains_in_every_language():
    for language in LANGUAGES:
        slugs = set(
            RegionPage.objects.live()
            .filter(locale__language_code=language)
            .values_list("slug", flat=True)
        )
        assert slugs == set(PARTNERS), language
    for slug in PARTNERS:
        page = region(slug)
        assert page.key_figures.count() >= 3
        assert page.stakeholders.count() >= 3
        assert page.region_sectors.count() >= 2
        assert ValueChainPage.objects.child_of(page).live().count() >= 2
        assert all(f.source and f.year for f in page.key_figures.all())


@pytest.mark.django_db
def test_key_figures_are_synchronised_and_labels_translated():
    english = region("emilia-romagna")
    italian = region("emilia-romagna", "it")
    polish = region("emilia-romagna", "pl")
    pairs = list(zip(english.key_figures.all(), italian.key_figures.all(), strict=True))
    for en_figure, it_figure in pairs:
        assert (it_figure.value, it_figure.unit, it_figure.year) == (
            en_figure.value,
            en_figure.unit,
            en_figure.year,
        )
        assert it_figure.translation_key == en_figure.translation_key
    assert [f.label for f in italian.key_figures.all()][0] == "Popolazione"
    assert [f.label for f in polish.key_figures.all()][0] == "Ludność"
    assert italian.latitude == english.latitude
    assert italian.nuts_code == english.nuts_code == "ITH5"


@pytest.mark.django_db
def test_translated_region_points_at_translated_sectors():
    italian = region("valencia", "it")
    names = {sector.name for sector in italian.sectors}
    assert "Ceramica" in names
    assert all(sector.locale.language_code == "it" for sector in italian.sectors)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_sector_filter_works_in_every_language(client, language):
    response = client.get(index_in(language).url, {"sector": "ceramics"})
    assert response.status_code == 200
    shown = set(titles_in(response.content.decode()))
    expected = {
        region("emilia-romagna", language).title,
        region("valencia", language).title,
    }
    assert shown == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"country": "PL"}, {"silesia", "wielkopolska"}),
        ({"country": "IT"}, {"reggio-emilia", "emilia-romagna"}),
        ({"sector": "logistics"}, {"valencia", "gavleborg", "wielkopolska"}),
        ({"country": "PL", "sector": "logistics"}, {"wielkopolska"}),
        ({"country": "ES", "sector": "ceramics"}, {"valencia"}),
        ({"country": "", "sector": ""}, set(PARTNERS)),
    ],
)
def test_filters_and_their_combinations(client, query, expected):
    response = client.get(index_in("en").url, query)
    assert response.status_code == 200
    shown = set(titles_in(response.content.decode()))
    assert shown == {region(slug).title for slug in expected}


@pytest.mark.django_db
def test_filters_that_match_nothing_say_so(client):
    response = client.get(index_in("en").url, {"country": "GB", "sector": "ceramics"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "No territory matches these filters." in html
    assert "0 territories" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"country": "FR"}, "Country: “FR”"),
        ({"sector": "space-tourism"}, "Sector: “space-tourism”"),
    ],
)
def test_bad_filter_values_are_ignored_and_reported(client, query, message):
    # The same rule as every listing (cms.listing): never a 400 or a 500.
    response = client.get(index_in("en").url, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "were not understood and have been ignored" in html
    assert message in html
    # The directory is still there, unfiltered.
    assert len(titles_in(html)) == 7


@pytest.mark.django_db
def test_comparison_of_three_regions(client):
    response = client.get(
        index_in("en").url, {"compare": "emilia-romagna,valencia,wielkopolska"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    table = html[
        html.index('<table class="comparison__table">') : html.index("</table>")
    ]
    assert (
        "<caption>Key figures side by side: Emilia-Romagna, Valencian Community, "
        "Wielkopolska</caption>" in table
    )
    assert table.count('<th scope="col">') == 4
    assert '<th scope="row">Population</th>' in table
    assert "4,455,000" in table and "5,216,000" in table and "3,490,000" in table
    # The ticked boxes remember the comparison.
    assert 'value="valencia" id="compare-valencia" checked' in html


@pytest.mark.django_db
def test_comparison_from_checkboxes_and_in_italian(client):
    response = client.get(index_in("it").url, {"compare": ["silesia", "gavleborg"]})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<th scope="row">Popolazione</th>' in html
    assert "4.350.000" in html  # Italian number format
    assert "Slesia" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("compare", "message"),
    [
        ("emilia-romagna,atlantis", "There is no region with the address “atlantis”."),
        ("valencia", "Choose at least two regions to compare (you chose 1)."),
        ("valencia,valencia", "Choose at least two regions to compare (you chose 1)."),
        (
            "reggio-emilia,emilia-romagna,valencia,silesia,wielkopolska",
            "You can compare at most four regions at a time; you chose 5.",
        ),
        (",,,", None),
    ],
)
def test_bad_comparisons_get_a_clear_message(client, compare, message):
    response = client.get(index_in("en").url, {"compare": compare})
    html = response.content.decode()
    if message is None:  # nothing usable asked: just the directory
        assert response.status_code == 200
        assert "comparison__table" not in html
        return
    assert response.status_code == 200
    assert message in html
    assert "comparison__table" not in html
    assert len(titles_in(html)) == 7


@pytest.mark.django_db
def test_region_profile_shows_figures_stakeholders_chains_and_desk(client):
    page = region("wielkopolska")
    html = client.get(page.url).content.decode()
    assert "<h1>Wielkopolska</h1>" in html
    assert "<caption>Key figures of Wielkopolska</caption>" in html
    assert "Poznań University of Technology" in html
    assert "<h3>University</h3>" in html
    assert "Logistics on the Berlin–Warsaw corridor" in html
    assert "mailto:invest@umww.example" in html
    assert 'href="/en/territories/wielkopolska/invest/"' in html
    assert 'href="/en/territories/wielkopolska/brand/"' in html


@pytest.mark.django_db
def test_value_chain_page_in_polish(client):
    page = ValueChainPage.objects.get(slug="motor-valley", locale__language_code="pl")
    html = client.get(page.url).content.decode()
    assert "Motoryzacja i Motor Valley" in html
    assert "Badania i projektowanie" in html  # a translated stage
    assert "Specjaliści od silników i skrzyń biegów" in html  # a translated actor
    assert "Ferrari" in html
    assert "16 500" in html or "16\xa0500" in html  # Polish grouping


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_territory_pages_render_in_every_language(client, language):
    pages = [index_in(language)] + [region(slug, language) for slug in PARTNERS]
    pages += list(ValueChainPage.objects.live().filter(locale__language_code=language))
    assert len(pages) == 1 + 7 + 14
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        assert html.count("<h1") == 1


def test_projection_places_europe_inside_the_frame():
    west_x, north_y = project(62.0, -11.0)
    east_x, south_y = project(34.0, 32.0)
    assert (west_x, north_y) == (MARGIN, MARGIN)
    assert (east_x, south_y) == (MARGIN + WIDTH, MARGIN + HEIGHT)
    bologna = project(44.49, 11.34)
    leeds = project(53.8, -1.55)
    assert leeds[0] < bologna[0] and leeds[1] < bologna[1]


def test_map_leaves_out_points_without_or_outside_coordinates():
    svg_map = build_map(
        "Map",
        [
            ("Bologna", "/a/", Decimal("44.49"), Decimal("11.34")),
            ("Modena", "/b/", 44.65, 10.92),
            ("Nowhere", "/c/", None, None),
            ("New York", "/d/", 40.7, -74.0),
        ],
    )
    assert [p.label for p in svg_map.points] == ["Bologna", "Modena"]
    # Neighbours do not overprint: the second label goes to the left.
    assert svg_map.points[0].anchor == "start"
    assert svg_map.points[1].anchor == "end"


@pytest.mark.django_db
def test_directory_map_is_inline_svg_with_a_link_per_region(client):
    html = client.get(index_in("sv").url).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    for slug in PARTNERS:
        assert f'href="{region(slug, "sv").url}"' in svg
    assert "<title" in svg
    assert "<script" not in svg  # nothing to load, no tiles, no outside service
    # Only the site's own scripts (the phone folds), none from elsewhere.
    scripts = re.findall(r"<script[^>]*>", html)
    assert all('src="/static/' in tag for tag in scripts), scripts
    assert "tile" not in html.lower()


@pytest.mark.django_db
def test_numbers_in_the_map_are_not_localised(client):
    # With Italian decimal commas, SVG coordinates would break.
    html = client.get(index_in("it").url).content.decode()
    coordinates = re.findall(r'<circle cx="([^"]+)" cy="([^"]+)"', html)
    assert coordinates
    assert all("," not in x + y for x, y in coordinates)


def make_regions(index, count, sectors, start=0):
    for n in range(start, start + count):
        page = RegionPageFactory(parent=index, title=f"Region {n:03d}", slug=f"r-{n}")
        for sector in sectors:
            RegionSectorFactory(page=page, sector=sector)
        RegionKeyFigureFactory(page=page)
        RegionKeyFigureFactory(page=page, label="Exports", value=Decimal("12.5"))


def directory_queries(client, index, query=None):
    client.get(index.url, query or {})  # warm the site-wide caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(index.url, query or {})
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.django_db
@pytest.mark.parametrize("query", [None, {"sector": "ceramics", "country": "IT"}])
def test_directory_runs_the_same_queries_for_7_and_50_regions(client, query):
    home = HomePage.objects.get(locale__language_code="en")
    index = RegionIndexPageFactory(parent=home, slug="territories-load")
    sectors = [
        Sector.objects.get(code="ceramics", locale__language_code="en"),
        SectorFactory(),
    ]
    make_regions(index, 7, sectors)
    small, response = directory_queries(client, index, query)
    assert len(titles_in(response.content.decode())) == 7
    make_regions(index, 43, sectors, start=7)
    large, response = directory_queries(client, index, query)
    html = response.content.decode()
    assert len(titles_in(html)) == 12  # one page of the 50
    assert "50 territories" in html
    assert small == large
    assert small <= 24  # 5 of them are the directory's own


@pytest.mark.django_db
def test_comparison_query_count_does_not_grow(client):
    index = index_in("en")
    two, _ = directory_queries(client, index, {"compare": "valencia,silesia"})
    four, _ = directory_queries(
        client, index, {"compare": "valencia,silesia,gavleborg,wielkopolska"}
    )
    assert two == four


@pytest.mark.django_db
def test_sector_snippet_is_translatable_and_in_the_admin(admin_client):
    english = Sector.objects.get(code="agri-food", locale__language_code="en")
    by_language = {
        s.locale.language_code: s.name
        for s in Sector.objects.filter(translation_key=english.translation_key)
    }
    assert by_language == {
        "en": "Agri-food",
        "it": "Agroalimentare",
        "es": "Agroalimentario",
        "sv": "Livsmedel och jordbruk",
        "pl": "Rolno-spożywczy",
    }
    response = admin_client.get("/admin/snippets/regions/sector/")
    assert response.status_code == 200
    assert "Agri-food" in response.content.decode()


@pytest.mark.django_db
def test_display_value_follows_the_visitor_language():
    figure = RegionKeyFigure(value=Decimal("1234567.50"))
    with translation.override("it"):
        assert figure.display_value == "1.234.567,5"
    with translation.override("en"):
        assert figure.display_value == "1,234,567.5"


@pytest.mark.django_db
def test_stakeholder_categories_cover_the_issue_list():
    assert {value for value, _label in StakeholderMember.Category.choices} == {
        "public_body",
        "university",
        "research",
        "trade_association",
        "chamber",
        "cultural",
        "social",
        "company",
    }


@pytest.mark.django_db
def test_locales_exist_for_the_demo():
    assert set(Locale.objects.values_list("language_code", flat=True)) == set(LANGUAGES)
    assert Page.objects.type(RegionPage).live().count() == 7 * len(LANGUAGES)


@pytest.mark.django_db
def test_strings_with_ampersands_are_translated_too():
    labels = [f.label for f in region("silesia", "it").key_figures.all()]
    assert "Spesa in R&S, quota del PIL" in labels


def test_fitted_map_zooms_on_its_points_but_not_too_close():
    svg_map = build_map(
        "Sites",
        [("A", "#a", 44.83, 11.29), ("B", "#b", 44.51, 11.37)],
        fit=True,
    )
    west, east, south, north = svg_map.bounds
    assert east - west >= 2.0 and north - south >= 2.0
    assert west < 11.29 < east and south < 44.51 < north
    assert all(
        MARGIN <= p.x <= MARGIN + WIDTH and MARGIN <= p.y <= svg_map.height - MARGIN
        for p in svg_map.points
    )
    assert svg_map.meridians and svg_map.parallels
