"""Brands, showcases, the investor contact form and the "Invest" overview.

The tests run on a tree of their own (``tree``: three regions with a brand and a
showcase each, an overview, every other showcase hidden), built once for the
module with factories."""

import re
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, Locale, Page
from wagtail.test.utils import WagtailPageTestCase

from branding.colours import (
    best_text_colour,
    contrast_ratio,
    contrast_report,
    validate_hex_colour,
)
from branding.factories import (
    InvestIndexPageFactory,
    InvestmentSiteFactory,
    ShowcasePageFactory,
    ShowcaseSectorFactory,
    hide_other_showcases,
    isolated_invest_index,
    make_brand,
    make_showcase_with_offer,
)
from branding.models import (
    BrandColour,
    BrandPage,
    InvestIndexPage,
    InvestmentSite,
    InvestorInquiry,
    ShowcasePage,
)
from cms.factories import english_home, make_document, pdf_bytes
from cms.testing import LANGUAGES
from home.factories import HomePageFactory
from home.models import HomePage
from regions.factories import (
    RegionPageFactory,
    isolated_region_index,
    make_profiled_region,
    make_sector,
)
from regions.models import (
    ActionPlanPage,
    RegionIndexPage,
    RegionPage,
    ValueChainPage,
)

SHOWCASE_REGIONS = ["emilia-romagna", "valencia", "wielkopolska"]

SECTORS = {
    "t-ceramics": {"en": "Ceramics", "es": "Cerámica"},
    "t-logistics": {"en": "Logistics", "pl": "Logistyka"},
    "t-automotive": {"en": "Automotive", "it": "Automotive", "pl": "Motoryzacja"},
    "t-health": {"en": "Health"},
}
REGIONS = {
    "emilia-romagna": ("Emilia-Romagna", "IT", "invest@art-er.example"),
    "valencia": ("Valencian Community", "ES", "invest@ivace.example"),
    "wielkopolska": ("Wielkopolska", "PL", "invest@umww.example"),
    "silesia": ("Silesia", "PL", "invest@silesia.example"),
}
VALENCIA_COLOURS = [
    {"en": "Mediterranean blue", "sv": "Medelhavsblå"},
    {"en": "Orange blossom", "sv": "Apelsinblom"},
    {"en": "Whitewash", "sv": "Kalkvit"},
]
WIELKOPOLSKA_TITLE = {
    "en": "Invest in Wielkopolska",
    "it": "Investire in Grande Polonia",
    "es": "Invertir en Gran Polonia",
    "sv": "Investera i Storpolen",
    "pl": "Inwestuj w Wielkopolsce",
}
USES = {"en": "Production, logistics", "pl": "Produkcja, logistyka"}
ELIGIBILITY = {
    "en": "Projects with R&D of at least 2 million euros",
    "it": "Progetti con almeno 2 milioni di euro di R&S",
}


def build_invest_tree():
    """Three regions with a brand and a showcase each (and one with neither), an
    overview of their own, every other showcase hidden; in every language."""
    sectors = {code: make_sector(code, names) for code, names in SECTORS.items()}
    index = isolated_region_index("territories-b")
    regions = {
        key: make_profiled_region(
            index, title, f"t-{key}", country=country, desk_email=desk
        )
        for key, (title, country, desk) in REGIONS.items()
    }
    brands = {
        "emilia-romagna": make_brand(
            regions["emilia-romagna"],
            title="The Emilia-Romagna brand",
            brand_name="Emilia-Romagna",
            claim="Where passion meets precision",
            typography="Titillium Web for headings, Source Sans 3 for text.",
            colours=[
                {"name": "Motor red", "hex": "#B5121B", "usage": "Headlines"},
                {"name": "Sand", "hex": "#F2E3C6", "usage": "Backgrounds"},
            ],
        ),
        "valencia": make_brand(
            regions["valencia"],
            title="The Comunitat Valenciana brand",
            brand_name="Comunitat Valenciana",
            colours=[
                {"name": "Mediterranean blue", "hex": "#0B4F8A", "usage": "Headlines"},
                {"name": "Orange blossom", "hex": "#F39200", "usage": "Accents"},
                {"name": "Whitewash", "hex": "#F7F4EE", "usage": "Backgrounds"},
            ],
            texts=VALENCIA_COLOURS,
        ),
        "wielkopolska": make_brand(
            regions["wielkopolska"],
            title="The Wielkopolska brand",
            brand_name="Wielkopolska",
            colours=[{"name": "Green", "hex": "#1D5E2E", "usage": "Headlines"}],
        ),
    }
    collection = Collection.get_first_root_node()
    factsheet = make_document(
        "Valencia factsheet",
        "valencia-factsheet.pdf",
        pdf_bytes("Valencia"),
        collection,
    )
    showcases = {
        "emilia-romagna": make_showcase_with_offer(
            regions["emilia-romagna"],
            title="Invest in Emilia-Romagna",
            sectors=[sectors["t-ceramics"], sectors["t-automotive"]],
            sites=[
                {
                    "name": "Tecnopolo Bologna Manifattura",
                    "kind": "research_centre",
                    "area_m2": 100000,
                    "latitude": Decimal("44.51"),
                    "longitude": Decimal("11.37"),
                }
            ],
            incentives=[
                {
                    "name": "Research and innovation grants",
                    "kind": "grant",
                    "max_amount_eur": Decimal("5000000"),
                    "eligibility": ELIGIBILITY["en"],
                }
            ],
            texts=[ELIGIBILITY],
        ),
        "valencia": make_showcase_with_offer(
            regions["valencia"],
            title="Invest in the Valencian Community",
            factsheet=factsheet,
            sectors=[sectors["t-ceramics"], sectors["t-logistics"]],
            sites=[
                {
                    "name": "Parc Sagunt II",
                    "kind": "greenfield",
                    "area_m2": 150000,
                    "latitude": Decimal("39.65"),
                    "longitude": Decimal("-0.24"),
                }
            ],
            incentives=[
                {
                    "name": "IVF loans for strategic projects",
                    "kind": "loan",
                    "max_amount_eur": Decimal("10000000"),
                    "eligibility": "Strategic projects.",
                }
            ],
            stories=[
                {
                    "investor": "PowerCo",
                    "country_of_origin": "Germany",
                    "amount_invested_eur": Decimal("3000000000"),
                    "jobs_created": 3000,
                    "year": 2023,
                    "quote": "We chose Sagunto for its port.",
                    "quote_by": "PowerCo project team",
                }
            ],
        ),
        "wielkopolska": make_showcase_with_offer(
            regions["wielkopolska"],
            title=WIELKOPOLSKA_TITLE["en"],
            sectors=[sectors["t-logistics"], sectors["t-automotive"]],
            sites=[
                {
                    "name": "Poznań logistics park",
                    "kind": "greenfield",
                    "area_m2": 300000,
                    "admissible_uses": USES["en"],
                    "latitude": Decimal("52.40"),
                    "longitude": Decimal("16.93"),
                },
                {
                    "name": "Former rail works",
                    "kind": "brownfield",
                    "area_m2": 80000,
                    "admissible_uses": USES["en"],
                    "latitude": Decimal("52.30"),
                    "longitude": Decimal("17.10"),
                },
            ],
            texts=[WIELKOPOLSKA_TITLE, USES],
        ),
    }
    overview = isolated_invest_index("invest-b")
    hide_other_showcases(list(showcases.values()))
    return SimpleNamespace(
        sectors=sectors,
        index=index,
        regions=regions,
        brands=brands,
        showcases=showcases,
        overview=overview,
    )


@pytest.fixture(scope="module")
def _invest_tree(django_db_setup, django_db_blocker):
    """The tree, built once for the module inside a transaction rolled back when
    the module is done (the pattern of the root ``_governed_tree``)."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_invest_tree()
            transaction.set_rollback(True)


@pytest.fixture
def tree(_invest_tree, db):
    return _invest_tree


@pytest.fixture
def fresh_rate_limit():
    """The rate limit lives in the cache, which outlives each test's transaction."""
    cache.clear()
    yield
    cache.clear()


def in_language(page, language):
    if language == "en":
        return page
    return page.get_translation(Locale.objects.get(language_code=language))


def brand(tree, key="emilia-romagna", language="en"):
    return in_language(tree.brands[key], language)


def showcase(tree, key="emilia-romagna", language="en"):
    return in_language(tree.showcases[key], language)


def invest_index(tree, language="en"):
    return in_language(tree.overview, language)


def sector_in(tree, code, language="en"):
    return in_language(tree.sectors[code], language)


def valid_data(**changes):
    data = {
        "name": "Aiko Tanaka",
        "company": "Tanaka Robotics",
        "email": "aiko@tanaka.example",
        "country": "Japan",
        "sector": "",
        "message": "We look for a 20,000 m² site for an assembly plant.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def sent_inquiries():
    """Inquiries sent by the tests' visitor (the demo content has its own)."""
    return InvestorInquiry.objects.filter(email="aiko@tanaka.example")


def contact_url(page):
    return page.url + page.reverse_subpage("contact")


class TestTree(WagtailPageTestCase):
    def regions(self, *keys):
        index = isolated_region_index("territories-tree", translated=False)
        return [
            make_profiled_region(index, key.title(), f"t-{key}", translated=False)
            for key in keys
        ]

    def test_brand_page_at_most_one_per_region(self):
        self.assertAllowedParentPageTypes(BrandPage, {RegionPage})
        self.assertAllowedSubpageTypes(BrandPage, set())
        with_brand, without = self.regions("valencia", "silesia")
        make_brand(with_brand, translated=False)
        self.assertFalse(BrandPage.can_create_at(with_brand))
        self.assertTrue(BrandPage.can_create_at(without))

    def test_showcase_under_a_region_once(self):
        self.assertAllowedParentPageTypes(ShowcasePage, {RegionPage})
        self.assertAllowedSubpageTypes(ShowcasePage, set())
        self.assertCanNotCreateAt(HomePage, ShowcasePage)
        (with_showcase,) = self.regions("valencia")
        make_showcase_with_offer(with_showcase, translated=False)
        self.assertFalse(ShowcasePage.can_create_at(with_showcase))

    def test_invest_index_under_home_once(self):
        self.assertAllowedParentPageTypes(InvestIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(InvestIndexPage, set())
        self.assertCanNotCreateAt(RegionIndexPage, InvestIndexPage)
        home = HomePageFactory(parent=Page.get_first_root_node())
        self.assertTrue(InvestIndexPage.can_create_at(home))
        InvestIndexPageFactory(parent=home)
        self.assertFalse(InvestIndexPage.can_create_at(home))

    def test_region_page_place_and_children(self):
        # Every type of page a region holds, the branding ones among them.
        self.assertAllowedParentPageTypes(RegionPage, {RegionIndexPage})
        self.assertAllowedSubpageTypes(
            RegionPage, {ValueChainPage, BrandPage, ShowcasePage, ActionPlanPage}
        )
        self.assertCanNotCreateAt(HomePage, RegionPage)

    def test_home_offers_the_index_pages(self):
        self.assertCanCreateAt(HomePage, RegionIndexPage)
        self.assertCanCreateAt(HomePage, InvestIndexPage)

    def test_brand_editor_shows_the_contrast_of_each_colour(self):
        self.login()
        (region,) = self.regions("emilia-romagna")
        page = make_brand(
            region,
            colours=[
                {"name": "Motor red", "hex": "#B5121B", "usage": "Headlines"},
                {"name": "Sand", "hex": "#F2E3C6", "usage": "Backgrounds"},
            ],
            translated=False,
        )
        response = self.client.get(f"/admin/pages/{page.pk}/edit/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Contrast of #B5121B" in html
        assert "with white text: <strong>6.84:1</strong>" in html
        assert "passes WCAG AA for all text" in html
        # Sand is a background colour: white text on it fails.
        assert "Contrast of #F2E3C6" in html
        assert "fails WCAG AA" in html

    def test_showcase_and_brand_pages_open_in_the_editor(self):
        self.login()
        valencia, wielkopolska = self.regions("valencia", "wielkopolska")
        pages = [
            make_showcase_with_offer(
                valencia,
                sites=[{"name": "Parc", "kind": "greenfield", "area_m2": 1000}],
                translated=False,
            ),
            make_brand(
                wielkopolska,
                colours=[{"name": "Green", "hex": "#1D5E2E", "usage": "All"}],
                translated=False,
            ),
            isolated_invest_index("invest-editor", translated=False),
        ]
        for page in pages:
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200, page


@pytest.mark.parametrize("value", ["#B5121B", "#ffffff", "#000000", "#0b4F8a"])
def test_valid_hex_colours_pass(value):
    validate_hex_colour(value)


@pytest.mark.parametrize(
    "value", ["B5121B", "#B5121", "#B5121BA", "#GGGGGG", "", "red", "#12 456"]
)
def test_invalid_hex_colours_get_a_clear_message(value):
    with pytest.raises(ValidationError) as error:
        validate_hex_colour(value)
    message = error.value.messages[0]
    assert f"“{value}” is not a colour code" in message
    assert "#003399" in message  # an example of the right form


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("#FFFFFF", "#000000", 21.0),
        ("#000000", "#FFFFFF", 21.0),
        ("#777777", "#777777", 1.0),
        ("#767676", "#FFFFFF", 4.54),  # the lightest grey that passes AA on white
        ("#777777", "#FFFFFF", 4.48),  # one step lighter fails
        ("#003399", "#FFFFFF", 10.86),
    ],
)
def test_contrast_ratio_follows_wcag(first, second, expected):
    assert contrast_ratio(first, second) == pytest.approx(expected, abs=0.01)


def test_contrast_report_against_white_and_black():
    white, black = contrast_report("#777777")
    assert (white.against, black.against) == ("#FFFFFF", "#000000")
    assert not white.passes_aa and white.passes_aa_large
    assert black.passes_aa
    assert white.rounded == 4.47  # rounded down, never up to a pass
    assert contrast_report("nonsense") is None
    assert best_text_colour("#F39200") == "#000000"
    assert best_text_colour("#1D3557") == "#FFFFFF"


@pytest.mark.django_db
def test_palette_colour_refuses_a_bad_hex_on_save(tree):
    page = brand(tree, "valencia")
    colour = BrandColour(page=page, name="Bad", hex="#12345Z", locale=page.locale)
    with pytest.raises(ValidationError) as error:
        colour.full_clean()
    assert "hex" in error.value.message_dict


@pytest.mark.django_db
def test_palette_codes_are_synchronised_and_names_translated(tree):
    english = list(brand(tree, "valencia").colours.all())
    swedish = list(brand(tree, "valencia", "sv").colours.all())
    assert [c.hex for c in swedish] == [c.hex for c in english]
    assert [c.name for c in swedish] == ["Medelhavsblå", "Apelsinblom", "Kalkvit"]


@pytest.mark.django_db
def test_brand_page_shows_palette_with_contrast(client, tree):
    html = client.get(brand(tree, "emilia-romagna").url).content.decode()
    assert "<h2>Visual identity</h2>" in html
    assert '<rect width="96" height="64" fill="#B5121B"/>' in html
    assert "White text: 6.84:1 (AA)" in html
    assert "Where passion meets precision" in html
    assert "Titillium Web for headings" in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_brands_showcases_and_overview_render_in_every_language(client, language, tree):
    pages = [invest_index(tree, language)]
    for slug in SHOWCASE_REGIONS:
        pages += [brand(tree, slug, language), showcase(tree, slug, language)]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        assert html.count("<h1") == 1


@pytest.mark.django_db
def test_showcase_translations_are_real(tree):
    titles = {
        language: showcase(tree, "wielkopolska", language).title
        for language in LANGUAGES
    }
    assert titles == {
        "en": "Invest in Wielkopolska",
        "it": "Investire in Grande Polonia",
        "es": "Invertir en Gran Polonia",
        "sv": "Investera i Storpolen",
        "pl": "Inwestuj w Wielkopolsce",
    }
    polish = showcase(tree, "wielkopolska", "pl")
    english = showcase(tree, "wielkopolska")
    assert [s.area_m2 for s in polish.investment_sites.all()] == [
        s.area_m2 for s in english.investment_sites.all()
    ]
    assert polish.investment_sites.first().admissible_uses == "Produkcja, logistyka"
    assert {s.name for s in polish.target_sectors} >= {"Logistyka", "Motoryzacja"}


@pytest.mark.django_db
def test_showcase_page_shows_offer_map_and_form(client, tree):
    page = showcase(tree, "valencia")
    html = client.get(page.url).content.decode()
    assert "<caption>Incentives for investors</caption>" in html
    assert "10,000,000 €" in html
    assert "Parc Sagunt II" in html and "150,000 m²" in html
    assert "PowerCo" in html and "3,000,000,000 €" in html
    assert '<svg class="svg-map__svg"' in html
    site = page.investment_sites.first()
    assert f'href="#site-{site.pk}"' in html and f'id="site-{site.pk}"' in html
    assert f'action="{contact_url(page)}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'href="/documents/' in html  # the factsheet
    # The honeypot is labelled and hidden by a class, not an inline style.
    assert '<div class="hp-field">' in html
    assert "Leave this field empty" in html
    assert "style=" not in html


@pytest.mark.django_db
def test_valid_inquiry_is_stored_once_mailed_and_confirmed(
    client, fresh_rate_limit, tree
):
    page = showcase(tree, "emilia-romagna", "it")
    sector = sector_in(tree, "t-automotive", "it")
    response = client.post(contact_url(page), valid_data(sector=sector.pk))
    thanks = page.url + page.reverse_subpage("contact_thanks")
    assert response.status_code == 302
    assert response["Location"].startswith(thanks + "?ref=")
    inquiry = sent_inquiries().get()
    assert (inquiry.name, inquiry.company, inquiry.email, inquiry.country) == (
        "Aiko Tanaka",
        "Tanaka Robotics",
        "aiko@tanaka.example",
        "Japan",
    )
    assert inquiry.sector == sector
    assert inquiry.consent is True
    assert inquiry.status == InvestorInquiry.Status.NEW
    assert inquiry.locale.language_code == "it"
    assert inquiry.showcase.specific == page
    assert inquiry.region.slug == "t-emilia-romagna"
    assert inquiry.notified_at is not None
    # The desk's notification, then the investor's acknowledgement.
    assert len(mail.outbox) == 2
    assert mail.outbox[0].to == ["invest@art-er.example"]
    assert "Tanaka Robotics" in mail.outbox[0].subject
    assert "20,000 m² site" in mail.outbox[0].body
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert "Grazie: il tuo messaggio è stato inviato" in confirmation.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Enter your name."),
        ({"company": ""}, "company", "Enter the name of your company."),
        ({"email": ""}, "email", "Enter your e-mail address so the desk can answer."),
        (
            {"email": "aiko@"},
            "email",
            "Enter an e-mail address in the form name@example.com.",
        ),
        ({"country": ""}, "country", "Enter the country your company is based in."),
        ({"message": "   "}, "message", "Write a message: what are you looking for?"),
        (
            {"message": "x" * 5001},
            "message",
            "Ensure this value has at most 5000 characters",
        ),
        ({"consent": None}, "consent", "Tick the box to agree to the privacy notice"),
        ({"sector": "999999"}, "sector", "Choose a sector from the list."),
        ({"name": "x" * 151}, "name", "Ensure this value has at most 150 characters"),
    ],
)
def test_each_invalid_field_gets_its_message_and_nothing_is_stored(
    client, fresh_rate_limit, changes, field, message, tree
):
    page = showcase(tree, "valencia")
    response = client.post(contact_url(page), valid_data(**changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'<p class="field-error" id="id_{field}-error">' in html
    assert f'aria-describedby="id_{field}-error"' in html
    assert sent_inquiries().count() == 0
    assert mail.outbox == []
    # What the visitor typed is kept.
    if field != "company":
        assert 'value="Tanaka Robotics"' in html


@pytest.mark.django_db
def test_sector_from_another_language_is_refused(client, fresh_rate_limit, tree):
    page = showcase(tree, "valencia", "es")
    english_sector = sector_in(tree, "t-ceramics")
    response = client.post(contact_url(page), valid_data(sector=english_sector.pk))
    assert response.status_code == 400
    assert sent_inquiries().count() == 0


@pytest.mark.django_db
def test_honeypot_refuses_robots(client, fresh_rate_limit, tree):
    page = showcase(tree, "wielkopolska")
    response = client.post(contact_url(page), valid_data(website="http://spam.example"))
    assert response.status_code == 400
    assert "Your message was not sent because it looked automated." in (
        response.content.decode()
    )
    assert sent_inquiries().count() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_rate_limit_refuses_the_sixth_message_in_an_hour(
    client, fresh_rate_limit, tree
):
    page = showcase(tree, "wielkopolska")
    for n in range(5):
        response = client.post(contact_url(page), valid_data(name=f"Visitor {n}"))
        assert response.status_code == 302
    response = client.post(contact_url(page), valid_data(name="Visitor 6"))
    assert response.status_code == 429
    assert "please wait an hour before sending another" in response.content.decode()
    assert sent_inquiries().count() == 5
    assert len(mail.outbox) == 10  # each: the desk's and the acknowledgement
    # Another address is not affected.
    other = client.post(contact_url(page), valid_data(), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


@pytest.mark.django_db
def test_rotating_forwarded_for_does_not_dodge_the_rate_limit(
    client, fresh_rate_limit, tree
):
    # No trusted proxy is configured (the default), so the header is ignored.
    page = showcase(tree, "wielkopolska")
    statuses = [
        client.post(
            contact_url(page),
            valid_data(name=f"Visitor {n}"),
            headers={"x-forwarded-for": f"10.1.2.{n}"},
        ).status_code
        for n in range(7)
    ]
    assert statuses == [302] * 5 + [429, 429]
    assert sent_inquiries().count() == 5


@pytest.mark.django_db
def test_form_needs_the_csrf_token(fresh_rate_limit, tree):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(contact_url(showcase(tree)), valid_data())
    assert response.status_code == 403
    assert sent_inquiries().count() == 0


@pytest.mark.django_db
def test_get_on_the_form_address_goes_back_to_the_page(client, tree):
    page = showcase(tree)
    response = client.get(contact_url(page))
    assert response.status_code == 302
    assert response["Location"] == page.url + "#contact"


@pytest.mark.django_db
def test_desk_mail_failure_keeps_the_inquiry(client, fresh_rate_limit, settings, tree):
    settings.EMAIL_BACKEND = "branding.tests.test_branding.FailingBackend"
    response = client.post(contact_url(showcase(tree)), valid_data())
    assert response.status_code == 302
    inquiry = sent_inquiries().get()
    assert inquiry.notified_at is None


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")


@pytest.mark.django_db
def test_inquiries_are_listed_in_the_admin_but_not_added_by_hand(
    admin_client, client, fresh_rate_limit, tree
):
    client.post(contact_url(showcase(tree, "valencia")), valid_data())
    inquiry = sent_inquiries().get()
    listing = admin_client.get("/admin/snippets/branding/investorinquiry/")
    assert listing.status_code == 200
    assert "Tanaka Robotics" in listing.content.decode()
    inspect = admin_client.get(
        f"/admin/snippets/branding/investorinquiry/inspect/{inquiry.pk}/"
    )
    assert inspect.status_code == 200
    assert "We look for a 20,000 m² site" in inspect.content.decode()
    add = admin_client.get("/admin/snippets/branding/investorinquiry/add/")
    assert add.status_code in (302, 403)


def showcase_titles(html):
    return set(re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html))


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, {"emilia-romagna", "valencia", "wielkopolska"}),
        ({"sector": "t-ceramics"}, {"emilia-romagna", "valencia"}),
        ({"site_kind": "research_centre"}, {"emilia-romagna"}),
        ({"site_kind": "greenfield"}, {"valencia", "wielkopolska"}),
        ({"sector": "t-logistics", "site_kind": "brownfield"}, {"wielkopolska"}),
        ({"sector": "t-health", "site_kind": "greenfield"}, set()),
    ],
)
def test_invest_overview_filters_in_every_language(
    client, language, query, expected, tree
):
    response = client.get(invest_index(tree, language).url, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert showcase_titles(html) == {
        showcase(tree, s, language).title for s in expected
    }
    if not expected and language == "en":
        assert "No showcase matches these filters." in html


@pytest.mark.django_db
def test_invest_overview_ignores_and_reports_unknown_filter_values(client, tree):
    response = client.get(invest_index(tree).url, {"site_kind": "moon-base"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "were not understood and have been ignored" in html
    assert "Kind of site: “moon-base”" in html
    assert showcase_titles(html) == {showcase(tree, s).title for s in SHOWCASE_REGIONS}


@pytest.mark.django_db
def test_invest_overview_map_links_each_site(client, tree):
    html = client.get(invest_index(tree).url).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    own = InvestmentSite.objects.filter(
        page__in=list(tree.showcases.values()), locale__language_code="en"
    )
    assert own.count() == 4
    for site in own:
        assert f"#site-{site.pk}" in svg
    filtered = client.get(invest_index(tree).url, {"site_kind": "research_centre"})
    svg = filtered.content.decode()
    assert "Tecnopolo Bologna Manifattura" in svg
    assert "Parc Sagunt II</text>" not in svg


def make_showcases(tree, count, start=0):
    index = tree.index
    ceramics = sector_in(tree, "t-ceramics")
    for n in range(start, start + count):
        region = RegionPageFactory(parent=index, slug=f"load-{n}", title=f"Load {n}")
        page = ShowcasePageFactory(parent=region, title=f"Invest in load {n}")
        ShowcaseSectorFactory(page=page, sector=ceramics)
        InvestmentSiteFactory(page=page)
        InvestmentSiteFactory(page=page, kind=InvestmentSite.Kind.BROWNFIELD)


def overview_queries(client, page, query):
    client.get(page.url, query)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url, query)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", [{}, {"sector": "t-ceramics", "site_kind": "greenfield"}]
)
def test_invest_overview_runs_the_same_queries_for_7_and_50_showcases(
    client, query, tree
):
    # The tree has 3 showcases (every other one hidden); 4 more make 7, then 43
    # more make 50.
    page = invest_index(tree)
    make_showcases(tree, 4)
    small, html = overview_queries(client, page, query)
    assert "Invest in load 3" in html
    make_showcases(tree, 43, start=4)
    large, html = overview_queries(client, page, query)
    assert len(showcase_titles(html)) == 12  # the first page of the list
    assert small == large
    assert small <= 25  # 6 of them are the overview's own


@pytest.mark.django_db
def test_a_second_invest_index_lists_the_same_showcases(client, tree):
    # The overview lists showcases of the whole language tree, not its children.
    other = InvestIndexPageFactory(parent=english_home(), slug="invest-again")
    html = client.get(other.url).content.decode()
    assert showcase_titles(html) == {showcase(tree, s).title for s in SHOWCASE_REGIONS}


@pytest.mark.django_db
def test_incentive_eligibility_is_translated(client, tree):
    html = client.get(showcase(tree, "emilia-romagna", "it").url).content.decode()
    assert "Progetti con almeno 2 milioni di euro di R&amp;S" in html
    assert "Projects with R&amp;D" not in html


@pytest.mark.django_db
def test_desk_mail_links_to_the_inquiry_in_the_admin(client, fresh_rate_limit, tree):
    client.post(contact_url(showcase(tree, "wielkopolska")), valid_data())
    inquiry = sent_inquiries().get()
    assert mail.outbox[0].to == ["invest@umww.example"]
    assert (
        f"http://testserver/admin/snippets/branding/investorinquiry/inspect/{inquiry.pk}/"
        in mail.outbox[0].body
    )


@pytest.mark.django_db
def test_region_profile_links_to_its_showcase_and_brand(client, tree):
    # Moved from regions/tests/test_regions.py: the page types are branding's.
    html = client.get(tree.regions["wielkopolska"].url).content.decode()
    assert 'href="/en/territories-b/t-wielkopolska/invest/"' in html
    assert 'href="/en/territories-b/t-wielkopolska/brand/"' in html
