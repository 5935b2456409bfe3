"""The home page leads somewhere (issue 17, item 1): ways into the site, the
partnership's figures, the map of the partner regions, featured regions,
practices and activities, chosen by editors or automatically, in every language.

Cross-app: the sections come from regions, practices and branding through the
``home.sections`` registry.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale

from branding.models import InvestIndexPage, InvestmentSite, ShowcasePage
from home.models import HomePage
from home.section_blocks import FeaturedPagesBlock
from practices.models import EventIndexPage, EventPage, PracticeIndexPage, PracticePage
from regions.models import RegionIndexPage, RegionPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "it", "pl"]


def home(language):
    return HomePage.objects.get(locale__language_code=language)


def section(html, css_class):
    match = re.search(
        rf'<section class="home-section {css_class}".*?</section>', html, re.S
    )
    assert match, f"no {css_class} section"
    return match.group(0)


def render(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_ways_in_lead_to_territories_investing_practices_and_activities(
    client, language
):
    ways_in = section(render(client, language), "entry-points")
    locale = Locale.objects.get(language_code=language)
    for model in (RegionIndexPage, InvestIndexPage, PracticeIndexPage, EventIndexPage):
        index = model.objects.get(locale=locale)
        assert f'href="{index.url}"' in ways_in, model.__name__
        assert index.title in ways_in


@pytest.mark.parametrize("language", LANGUAGES)
def test_key_figures_are_counted_live_with_year_and_source(client, language):
    figures = section(render(client, language), "key-figures")
    locale = Locale.objects.get(language_code=language)
    regions = RegionPage.objects.live().filter(locale=locale)
    practices = PracticePage.objects.live().public().filter(locale=locale).count()
    sites = InvestmentSite.objects.filter(
        page__in=ShowcasePage.objects.live().filter(locale=locale)
    ).count()
    values = re.findall(r'figure-card__value">([^<]+)<', figures)
    assert values[:2] == [str(regions.count()), "5"]
    assert str(practices) in values
    assert str(sites) in values
    # The editor's own figure follows, with its year and source.
    assert "Interreg Europe" in figures
    assert "2016" in figures
    assert str(timezone.localdate().year) in figures


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_map_names_every_partner_region_as_a_link(client, language):
    map_section = section(render(client, language), "partner-map")
    assert "<svg" in map_section
    for region in RegionPage.objects.live().filter(locale__language_code=language):
        assert f'href="{region.url}"' in map_section
        assert region.title in map_section


@pytest.mark.parametrize("language", LANGUAGES)
def test_latest_practices_and_coming_or_latest_events_are_featured(client, language):
    html = render(client, language)
    cards = re.findall(r'page-card__title"><a href="([^"]+)"', html)
    locale = Locale.objects.get(language_code=language)
    latest = (
        PracticePage.objects.live()
        .filter(locale=locale)
        .order_by("-first_published_at", "-pk")[:3]
    )
    for practice in latest:
        assert practice.url in cards
    now = timezone.now()
    events = EventPage.objects.live().filter(locale=locale)
    coming = list(events.filter(end__gte=now).order_by("start")[:3])
    expected = coming + list(
        events.filter(end__lt=now).order_by("-start")[: 3 - len(coming)]
    )
    for event in expected:
        assert event.url in cards


def choose(page, kind, pages):
    """Set the featured section of ``kind`` on ``page`` to ``pages``."""
    block = page.sections.stream_block
    raw = []
    for child in page.sections:
        value = block.child_blocks[child.block_type].get_prep_value(child.value)
        if child.block_type == "featured" and value["kind"] == kind:
            value["pages"] = [chosen.pk for chosen in pages]
        raw.append({"type": child.block_type, "value": value})
    page.sections = raw
    page.save_revision().publish()


def test_an_editors_choice_shows_in_each_language_in_its_order(client):
    """The editor picks pages in any language; each home page shows their
    version in its own language, in the editor's order."""
    english = home("en")
    oldest = list(
        PracticePage.objects.live()
        .filter(locale=english.locale)
        .order_by("first_published_at")[:2]
    )
    assert oldest[0].url not in render(client, "en")
    chosen = list(reversed(oldest))
    for language in LANGUAGES:
        choose(home(language), "practices", chosen)
        html = render(client, language)
        locale = Locale.objects.get(language_code=language)
        featured = [practice.get_translation(locale) for practice in chosen]
        positions = [html.index(f'href="{page.url}"') for page in featured]
        assert positions == sorted(positions), language


def test_a_featured_section_refuses_pages_of_another_kind():
    block = FeaturedPagesBlock()
    region = RegionPage.objects.live().filter(locale__language_code="en").first()
    value = block.to_python(
        {"heading": "", "kind": "practices", "pages": [region.pk], "count": 3}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    message = str(error.value.block_errors["pages"])
    assert "Choose only pages of the kind" in message
    assert region.title in message


def test_unpublished_pages_leave_the_home_page(client):
    latest = (
        PracticePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-first_published_at", "-pk")
        .first()
    )
    assert latest.url in render(client, "en")
    latest.unpublish()
    assert f'href="{latest.url}"' not in render(client, "en")


def test_pictures_are_responsive_and_cards_lazy(client):
    html = render(client, "en")
    card = re.search(r'<article class="page-card">.*?</article>', html, re.S).group(0)
    assert "<picture>" in card
    assert 'type="image/webp"' in card
    assert 'loading="lazy"' in card
    assert 'alt=""' in card  # the title beside it names it
    assert re.search(r'srcset="[^"]+ 400w, [^"]+ 800w"', card)


def test_the_home_page_costs_a_fixed_number_of_queries(client):
    client.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/").status_code == 200
    assert len(queries) <= HOME_BUDGET, [q["sql"][:120] for q in queries]


# What the home page costs once its caches are warm: one query per section at
# most, plus the figures (one count each); pinned so that a change is seen.
HOME_BUDGET = 28
