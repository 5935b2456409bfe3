"""The progress view of a plan lives under a segment in the plan's language
(``home.translated_routes``); the English segment under a translated plan, as in
links made before, answers with a permanent redirect to the plan's own."""

import pytest
from django.utils import translation

from cms.factories import translate_everywhere
from regions.models import ActionPlanPage

SEGMENTS = {
    "en": "progress/",
    "it": "avanzamento/",
    "es": "progreso/",
    "sv": "framsteg/",
    "pl": "postepy/",
}


@pytest.fixture
def translated_plans(plans):
    translate_everywhere(plans.governed.north.region)
    translate_everywhere(plans.north)
    return {
        page.locale.language_code: page
        for page in ActionPlanPage.objects.filter(
            translation_key=plans.north.translation_key
        ).select_related("locale")
    }


@pytest.mark.django_db
def test_each_language_has_its_own_progress_segment(client, translated_plans):
    assert set(translated_plans) == set(SEGMENTS)
    for code, page in translated_plans.items():
        url = page.get_progress_url()
        assert url == page.get_url() + SEGMENTS[code], code
        response = client.get(url)
        assert response.status_code == 200, code
        html = response.content.decode()
        assert f'lang="{code}"' in html
        # The plan page links its progress view under the same segment.
        assert f'href="{url}"' in client.get(page.get_url()).content.decode(), code


@pytest.mark.django_db
def test_old_english_segment_redirects_permanently(client, translated_plans):
    for code, page in translated_plans.items():
        if code == "en":
            continue
        response = client.get(page.get_url() + "progress/?period=2019-04")
        assert response.status_code == 301, code
        assert response["Location"] == page.get_url() + SEGMENTS[code] + (
            "?period=2019-04"
        )
    english = translated_plans["en"]
    assert client.get(english.get_url() + "progress/").status_code == 200
    # Another language's segment under the English plan goes to the English one.
    response = client.get(english.get_url() + "avanzamento/")
    assert response.status_code == 301
    assert response["Location"] == english.get_url() + "progress/"


@pytest.mark.django_db
def test_bad_progress_paths_are_not_found(client, translated_plans):
    italian = translated_plans["it"].get_url()
    english = translated_plans["en"].get_url()
    for url in (
        italian + "avanzamento/extra/",
        italian + "progresso/",
        italian + "progress/x/",
        english + "progress/%00/",
        english + "Progress/",
    ):
        assert client.get(url).status_code == 404, url


@pytest.mark.django_db
def test_progress_view_links_each_translation_of_itself(client, translated_plans):
    italian = translated_plans["it"]
    with translation.override("it"):
        html = client.get(italian.get_progress_url()).content.decode()
    for code, page in translated_plans.items():
        absolute = "http://testserver" + page.get_url() + SEGMENTS[code]
        assert f'hreflang="{code}" href="{absolute}"' in html, code


@pytest.mark.django_db
def test_progress_view_is_its_own_canonical_address(client, translated_plans):
    """Not the plan's: a search engine would otherwise fold the two together."""
    italian = translated_plans["it"]
    own = "http://testserver" + italian.get_progress_url()
    html = client.get(italian.get_progress_url() + "?utm_source=x").content.decode()
    assert f'<link rel="canonical" href="{own}">' in html
    assert f'<meta property="og:url" content="{own}">' in html
    plan_html = client.get(italian.get_url()).content.decode()
    assert (
        f'<link rel="canonical" href="http://testserver{italian.get_url()}">'
        in plan_html
    )
