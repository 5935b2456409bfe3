"""manage.py generate_content: volume content in five languages, deterministic."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from practices.models import PracticePage
from regions.models import RegionPage

LANGUAGES = ["en", "it", "es", "sv", "pl"]


def generate(*extra, **options):
    out = io.StringIO()
    call_command(
        "generate_content",
        "--regions", "2", "--practices", "6", "--events", "3", *extra,
        stdout=out, **options,
    )  # fmt: skip
    return out.getvalue()


def generated_titles():
    return list(
        Page.objects.filter(slug__startswith="gen-")
        .order_by("locale__language_code", "slug")
        .values_list("locale__language_code", "slug", "title")
    )


@pytest.mark.django_db
def test_generates_every_page_in_five_languages_with_progress(client):
    output = generate()
    assert "practices: 100%" in output
    assert "Generated 10 territories, 30 practices, 15 activities" in output
    for language in LANGUAGES:
        practices = PracticePage.objects.live().filter(
            locale__language_code=language, slug__startswith="gen-"
        )
        assert practices.count() == 6
        page = practices.order_by("slug").first()
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()
    english = PracticePage.objects.get(
        slug="gen-practice-00001", locale__language_code="en"
    )
    assert english.get_translations().count() == 4
    italian = english.get_translation(
        english.get_translations().get(locale__language_code="it").locale
    )
    assert "PMI" in italian.title
    assert italian.origin_region.locale.language_code == "it"


@pytest.mark.django_db
def test_generated_pages_are_in_the_tree_and_the_listing(client):
    index = PracticePage.objects.filter(locale__language_code="en").first().get_parent()
    before = PracticePage.objects.live().child_of(index).count()
    generate()
    index.refresh_from_db()
    assert index.numchild == index.get_children().count()
    assert all(not problems for problems in Page.find_problems())
    html = client.get(index.url).content.decode()
    assert f"{before + 6} practices" in html
    region = RegionPage.objects.get(
        slug="gen-territory-001", locale__language_code="sv"
    )
    assert region.key_figures.count() == 3
    assert client.get(region.url).status_code == 200


@pytest.mark.django_db
def test_generated_practices_are_searchable(client):
    generate()
    page = PracticePage.objects.get(
        slug="gen-practice-00001", locale__language_code="en"
    )
    # Its title as a visitor would type it (its first word alone is in many
    # generated titles, and in every inflected form of it, since search matches
    # "investors" for "investor").
    html = client.get("/en/search/", {"q": page.title}).content.decode()
    _before, _list, results = html.partition('<ol class="search-result-list">')
    assert f'href="{page.url}"' in results


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_content():
    generate("--seed", "7")
    first = generated_titles()
    generate("--seed", "7", "--clear")
    assert generated_titles() == first
    generate("--seed", "8", "--clear")
    assert generated_titles() != first


@pytest.mark.django_db
def test_a_second_run_without_clear_is_refused_and_changes_nothing():
    generate()
    before = generated_titles()
    with pytest.raises(CommandError, match="pass --clear"):
        generate()
    assert generated_titles() == before


@pytest.mark.django_db
def test_negative_counts_get_a_clear_message():
    with pytest.raises(CommandError, match="must be zero or more"):
        call_command("generate_content", "--practices", "-5")
