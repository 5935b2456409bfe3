"""Territories: tree rules, directory filters, comparison, profiles, maps, queries.

The directory tests run on a directory of their own (``directory``), built once
for the module with factories beside the demo's; the demo's partners are tested
in ``test_demo_regions.py``.
"""

import re
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.factories import english_home
from cms.testing import LANGUAGES
from home.factories import HomePageFactory
from home.models import HomePage
from regions.factories import (
    RegionIndexPageFactory,
    RegionKeyFigureFactory,
    RegionPageFactory,
    RegionSectorFactory,
    SectorFactory,
    isolated_region_index,
    make_profiled_region,
    make_sector,
    make_value_chain,
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

SECTORS = {
    "t-ceramics": {"en": "Ceramics", "it": "Ceramica", "es": "Cerámica"},
    "t-logistics": {"en": "Logistics", "it": "Logistica"},
    "t-agri": {"en": "Agri-food", "it": "Agroalimentare"},
}

POPULATION = {
    "en": "Population",
    "it": "Popolazione",
    "es": "Población",
    "sv": "Befolkning",
    "pl": "Ludność",
}
RESEARCH = {"en": "R&D spending, share of GDP", "it": "Spesa in R&S, quota del PIL"}

# key, title, country, sectors, population
PARTNERS = [
    ("reggio-emilia", "Reggio Emilia", "IT", ["t-agri"], "532000"),
    ("emilia-romagna", "Emilia-Romagna", "IT", ["t-ceramics", "t-agri"], "4455000"),
    ("west-yorkshire", "West Yorkshire", "GB", ["t-agri"], "2350000"),
    ("valencia", "Valencian Community", "ES", ["t-ceramics", "t-logistics"], "5216000"),
    ("gavleborg", "Gävleborg", "SE", ["t-logistics"], "287000"),
    ("silesia", "Silesia", "PL", ["t-agri"], "4350000"),
    ("wielkopolska", "Wielkopolska", "PL", ["t-logistics"], "3490000"),
]
TITLES = [{"en": "Silesia", "it": "Slesia"}]
EXTRA = {
    "emilia-romagna": {
        "nuts_code": "ITH5",
        "figures": [
            {
                "label": "Exports",
                "value": Decimal("66.5"),
                "unit": "bn EUR",
                "year": 2023,
                "source": "ISTAT",
            }
        ],
    },
    "silesia": {
        "figures": [
            {
                "label": RESEARCH["en"],
                "value": Decimal("0.9"),
                "unit": "%",
                "year": 2022,
                "source": "Eurostat",
            }
        ],
    },
    "wielkopolska": {
        "desk_email": "invest@umww.example",
        "stakeholders": [
            {
                "organisation": "Poznań University of Technology",
                "category": "university",
                "website": "https://www.put.poznan.pl/",
                "role": "Research",
            }
        ],
    },
}
MOTOR_VALLEY = [
    {"en": "Automotive and the Motor Valley", "pl": "Motoryzacja i Motor Valley"},
    {"en": "Research and design", "pl": "Badania i projektowanie"},
    {
        "en": "Engine and gearbox specialists",
        "pl": "Specjaliści od silników i skrzyń biegów",
    },
]


def slug_of(key):
    return f"t-{key}"


def build_directory():
    """An isolated directory with seven regions in every language, their figures,
    a stakeholder, a desk and two value chains."""
    sectors = {code: make_sector(code, names) for code, names in SECTORS.items()}
    index = isolated_region_index("territories-t")
    regions = {}
    for key, title, country, codes, population in PARTNERS:
        extra = EXTRA.get(key, {})
        figures = [
            {
                "label": "Population",
                "value": Decimal(population),
                "unit": "",
                "year": 2023,
                "source": "Eurostat",
            },
            *extra.get("figures", []),
        ]
        regions[key] = make_profiled_region(
            index,
            title,
            slug_of(key),
            country=country,
            sectors=[sectors[code] for code in codes],
            figures=figures,
            stakeholders=extra.get("stakeholders", []),
            texts=[POPULATION, RESEARCH, TITLES],
            nuts_code=extra.get("nuts_code", ""),
            desk_email=extra.get("desk_email", f"desk@{key}.example"),
        )
    motor_valley = make_value_chain(
        regions["emilia-romagna"],
        "Automotive and the Motor Valley",
        "t-motor-valley",
        sector=sectors["t-ceramics"],
        stages=[
            ("Research and design", ["MUNER"]),
            ("Suppliers and components", ["Engine and gearbox specialists"]),
            ("Production", ["Ferrari"]),
        ],
        key_companies=["Ferrari"],
        texts=MOTOR_VALLEY,
        companies=16500,
        employees=90000,
        export_share=Decimal("60.0"),
        figures_year=2022,
    )
    corridor = make_value_chain(
        regions["wielkopolska"],
        "Logistics on the Berlin–Warsaw corridor",
        "t-corridor",
        sector=sectors["t-logistics"],
        stages=[("Warehousing", ["Logistics parks"])],
    )
    return SimpleNamespace(
        index=index,
        sectors=sectors,
        regions=regions,
        chains=[motor_valley, corridor],
    )


@pytest.fixture(scope="module")
def _directory(django_db_setup, django_db_blocker):
    """The directory, built once for the module inside a transaction rolled back
    when the module is done (the pattern of the root ``_governed_tree``)."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_directory()
            transaction.set_rollback(True)


@pytest.fixture
def directory(_directory, db):
    return _directory


def index_in(directory, language):
    return directory.index.get_translation(Locale.objects.get(language_code=language))


def region(directory, key, language="en"):
    page = directory.regions[key]
    if language == "en":
        return page
    return page.get_translation(Locale.objects.get(language_code=language))


def titles_in(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


class TestTree(WagtailPageTestCase):
    def test_index_lives_under_home_once(self):
        self.assertAllowedParentPageTypes(RegionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(RegionIndexPage, {RegionPage})
        home = HomePageFactory(parent=Page.get_first_root_node())
        assert RegionIndexPage.can_create_at(home)
        RegionIndexPageFactory(parent=home)
        # Once there is one under the home page, a second is refused.
        self.assertFalse(RegionIndexPage.can_create_at(home))

    def test_value_chain_is_a_leaf_under_a_region(self):
        self.assertAllowedParentPageTypes(ValueChainPage, {RegionPage})
        self.assertAllowedSubpageTypes(ValueChainPage, set())
        self.assertCanCreateAt(RegionPage, ValueChainPage)
        self.assertCanNotCreateAt(RegionIndexPage, ValueChainPage)

    def test_editor_creates_a_region_with_inline_figures_and_members(self):
        self.login()
        index = isolated_region_index("territories-editor", translated=False)
        sector = SectorFactory(code="t-ceramics-editor", name="Ceramics")
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

    def test_region_pages_open_in_the_editor(self):
        self.login()
        index = isolated_region_index("territories-editor", translated=False)
        for slug in ["t-emilia-romagna", "t-west-yorkshire"]:
            page = RegionPageFactory(parent=index, slug=slug)
            RegionKeyFigureFactory(page=page)
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200
            assert "Key figures" in response.content.decode()


def test_key_figures_are_synchronised_and_labels_translated(directory):
    english = region(directory, "emilia-romagna")
    italian = region(directory, "emilia-romagna", "it")
    polish = region(directory, "emilia-romagna", "pl")
    pairs = list(zip(english.key_figures.all(), italian.key_figures.all(), strict=True))
    assert len(pairs) == 2
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


def test_translated_region_points_at_translated_sectors(directory):
    italian = region(directory, "valencia", "it")
    names = {sector.name for sector in italian.sectors}
    assert "Ceramica" in names
    assert all(sector.locale.language_code == "it" for sector in italian.sectors)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sector_filter_works_in_every_language(client, directory, language):
    response = client.get(index_in(directory, language).url, {"sector": "t-ceramics"})
    assert response.status_code == 200
    shown = set(titles_in(response.content.decode()))
    expected = {
        region(directory, "emilia-romagna", language).title,
        region(directory, "valencia", language).title,
    }
    assert shown == expected


ALL_PARTNERS = {key for key, *_rest in PARTNERS}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"country": "PL"}, {"silesia", "wielkopolska"}),
        ({"country": "IT"}, {"reggio-emilia", "emilia-romagna"}),
        ({"sector": "t-logistics"}, {"valencia", "gavleborg", "wielkopolska"}),
        ({"country": "PL", "sector": "t-logistics"}, {"wielkopolska"}),
        ({"country": "ES", "sector": "t-ceramics"}, {"valencia"}),
        ({"country": "", "sector": ""}, ALL_PARTNERS),
    ],
)
def test_filters_and_their_combinations(client, directory, query, expected):
    response = client.get(index_in(directory, "en").url, query)
    assert response.status_code == 200
    shown = set(titles_in(response.content.decode()))
    assert shown == {region(directory, key).title for key in expected}


def test_filters_that_match_nothing_say_so(client, directory):
    response = client.get(
        index_in(directory, "en").url, {"country": "GB", "sector": "t-ceramics"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "No territory matches these filters." in html
    assert "0 territories" in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"country": "FR"}, "Country: “FR”"),
        ({"sector": "space-tourism"}, "Sector: “space-tourism”"),
    ],
)
def test_bad_filter_values_are_ignored_and_reported(client, directory, query, message):
    # The same rule as every listing (cms.listing): never a 400 or a 500.
    response = client.get(index_in(directory, "en").url, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "were not understood and have been ignored" in html
    assert message in html
    # The directory is still there, unfiltered.
    assert len(titles_in(html)) == 7


def test_comparison_of_three_regions(client, directory):
    response = client.get(
        index_in(directory, "en").url,
        {"compare": "t-emilia-romagna,t-valencia,t-wielkopolska"},
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
    assert 'value="t-valencia" id="compare-t-valencia" checked' in html
    # A small chart per figure: one bar per region, the longest for the largest.
    charts = html[html.index('class="comparison-charts"') :]
    chart = charts[: charts.index("</figure>")]
    assert "Population" in chart
    lengths = [
        float(width) for width in re.findall(r'<rect [^>]*width="([\d.]+)"', chart)
    ]
    assert len(lengths) == 3
    assert max(lengths) == lengths[1]  # Valencia: 5,216,000


def test_comparison_from_checkboxes_and_in_italian(client, directory):
    response = client.get(
        index_in(directory, "it").url, {"compare": ["t-silesia", "t-gavleborg"]}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert '<th scope="row">Popolazione</th>' in html
    assert "4.350.000" in html  # Italian number format
    assert "Slesia" in html


@pytest.mark.parametrize(
    ("compare", "message"),
    [
        (
            "t-emilia-romagna,atlantis",
            "There is no region with the address “atlantis”.",
        ),
        ("t-valencia", "Choose at least two regions to compare (you chose 1)."),
        (
            "t-valencia,t-valencia",
            "Choose at least two regions to compare (you chose 1).",
        ),
        (
            "t-reggio-emilia,t-emilia-romagna,t-valencia,t-silesia,t-wielkopolska",
            "You can compare at most four regions at a time; you chose 5.",
        ),
        (",,,", None),
    ],
)
def test_bad_comparisons_get_a_clear_message(client, directory, compare, message):
    response = client.get(index_in(directory, "en").url, {"compare": compare})
    html = response.content.decode()
    if message is None:  # nothing usable asked: just the directory
        assert response.status_code == 200
        assert "comparison__table" not in html
        return
    assert response.status_code == 200
    assert message in html
    assert "comparison__table" not in html
    assert len(titles_in(html)) == 7


def test_region_profile_shows_figures_stakeholders_chains_and_desk(client, directory):
    # Its links to the region's showcase and brand pages (branding's page types)
    # are tested in branding/tests/test_branding.py.
    page = region(directory, "wielkopolska")
    html = client.get(page.url).content.decode()
    assert "<h1>Wielkopolska</h1>" in html
    assert 'class="figure-cards" aria-label="Key figures of Wielkopolska"' in html
    assert "Poznań University of Technology" in html
    assert "<h3>University</h3>" in html
    assert "Logistics on the Berlin–Warsaw corridor" in html
    assert "mailto:invest@umww.example" in html


def test_value_chain_page_in_polish(client, directory):
    page = ValueChainPage.objects.get(slug="t-motor-valley", locale__language_code="pl")
    html = client.get(page.url).content.decode()
    assert "Motoryzacja i Motor Valley" in html
    assert "Badania i projektowanie" in html  # a translated stage
    assert "Specjaliści od silników i skrzyń biegów" in html  # a translated actor
    assert "Ferrari" in html
    assert "16 500" in html or "16\xa0500" in html  # Polish grouping


@pytest.mark.parametrize("language", LANGUAGES)
def test_territory_pages_render_in_every_language(client, directory, language):
    pages = [index_in(directory, language)] + [
        region(directory, key, language) for key in ALL_PARTNERS
    ]
    pages += list(
        ValueChainPage.objects.live()
        .filter(locale__language_code=language)
        .descendant_of(index_in(directory, language))
    )
    assert len(pages) == 1 + 7 + 2
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
    # Neighbours do not overprint: the second label goes elsewhere.
    first, second = (point.box for point in svg_map.points)
    assert first and second
    assert (
        first[1] <= second[0]
        or second[1] <= first[0]
        or first[3] <= second[2]
        or second[3] <= first[2]
    )


def test_directory_map_is_inline_svg_with_a_link_per_region(client, directory):
    html = client.get(index_in(directory, "sv").url).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    for key in ALL_PARTNERS:
        assert f'href="{region(directory, key, "sv").url}"' in svg
    assert "<title" in svg
    assert "<script" not in svg  # nothing to load, no tiles, no outside service
    # Only the site's own scripts (the phone folds), none from elsewhere.
    scripts = re.findall(r"<script[^>]*>", html)
    assert all('src="/static/' in tag for tag in scripts), scripts
    assert "tile" not in html.lower()


def test_numbers_in_the_map_are_not_localised(client, directory):
    # With Italian decimal commas, SVG coordinates would break.
    html = client.get(index_in(directory, "it").url).content.decode()
    coordinates = re.findall(
        r'<polygon class="map-point__marker" points="([^"]+)"', html
    )
    coordinates += re.findall(
        r'<text class="map-point__label" x="([^"]+)" y="([^"]+)"', html
    )
    assert coordinates
    # Diamonds' points are "x,y" pairs separated by spaces: four pairs each.
    for found in coordinates:
        text = found if isinstance(found, str) else " ".join(found)
        assert all(len(pair.split(",")) <= 2 for pair in text.split(" "))
        assert re.fullmatch(r"[-0-9., ]+", text)
    assert not re.search(r'(?:x|y|cx|cy)="-?\d+,\d', html)


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
@pytest.mark.parametrize(
    "query", [None, {"sector": "t-ceramics-load", "country": "IT"}]
)
def test_directory_runs_the_same_queries_for_7_and_50_regions(client, query):
    index = RegionIndexPageFactory(parent=english_home(), slug="territories-load")
    sectors = [SectorFactory(code="t-ceramics-load", name="Ceramics"), SectorFactory()]
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


def test_comparison_query_count_does_not_grow(client, directory):
    index = index_in(directory, "en")
    two, _ = directory_queries(client, index, {"compare": "t-valencia,t-silesia"})
    four, _ = directory_queries(
        client,
        index,
        {"compare": "t-valencia,t-silesia,t-gavleborg,t-wielkopolska"},
    )
    assert two == four


@pytest.mark.django_db
def test_sector_snippet_is_translatable_and_in_the_admin(admin_client):
    english = make_sector(
        "t-agri-food",
        {
            "en": "Agri-food and fisheries",
            "it": "Agroalimentare e pesca",
            "es": "Agroalimentario y pesca",
            "sv": "Livsmedel, jordbruk och fiske",
            "pl": "Rolno-spożywczy i rybołówstwo",
        },
    )
    by_language = {
        s.locale.language_code: s.name
        for s in Sector.objects.filter(translation_key=english.translation_key)
    }
    assert by_language == {
        "en": "Agri-food and fisheries",
        "it": "Agroalimentare e pesca",
        "es": "Agroalimentario y pesca",
        "sv": "Livsmedel, jordbruk och fiske",
        "pl": "Rolno-spożywczy i rybołówstwo",
    }
    response = admin_client.get("/admin/snippets/regions/sector/")
    assert response.status_code == 200
    assert "Agri-food and fisheries" in response.content.decode()


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


def test_strings_with_ampersands_are_translated_too(directory):
    labels = [f.label for f in region(directory, "silesia", "it").key_figures.all()]
    assert "Spesa in R&S, quota del PIL" in labels


def test_fitted_map_zooms_on_its_points_but_not_too_close():
    svg_map = build_map(
        "Sites",
        [("A", "#a", 44.83, 11.29), ("B", "#b", 44.51, 11.37)],
        fit=True,
    )
    west, east, south, north = svg_map.bounds
    assert east - west >= 2.0 and north - south >= 2.0
    assert svg_map.height < svg_map.width  # landscape, with room for context
    assert west < 11.29 < east and south < 44.51 < north
    assert all(
        MARGIN <= p.x <= MARGIN + WIDTH and MARGIN <= p.y <= svg_map.height - MARGIN
        for p in svg_map.points
    )
    assert 'map-land--IT"' in svg_map.base
