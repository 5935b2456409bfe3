"""The foundation: tree rules, every page in every language, redirects, health."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.factories import english_home, translate_everywhere
from home.factories import StandardPageFactory, make_child_page, make_footer_text
from home.models import FooterText, HomePage, StandardPage
from tests.helpers import LANGUAGES

BASE_DIR = Path(__file__).resolve().parent.parent

# The footer's funding acknowledgement of the tests' own, in every language.
FUNDING = {
    "en": "COMPETE IN is co-funded by the European Union (tests).",
    "it": "COMPETE IN è cofinanziato dall'Unione europea (test).",
    "es": "COMPETE IN está cofinanciado por la Unión Europea (pruebas).",
    "sv": "COMPETE IN medfinansieras av Europeiska unionen (tester).",
    "pl": "COMPETE IN jest współfinansowany przez Unię Europejską (testy).",
}


class TestPageTree(WagtailPageTestCase):
    def test_home_page_children(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_page_place(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_editor_can_create_standard_page(self):
        self.login()
        self.assertCanCreate(
            english_home(),
            StandardPage,
            nested_form_data(
                {
                    "title": "Privacy notice",
                    "slug": "privacy",
                    "intro": "How we handle personal data.",
                    "body": streamfield([]),
                }
            ),
        )

    def test_standard_page_is_previewable(self):
        # StreamField widgets are built in the browser, so the form data that
        # Wagtail's helper would scrape from the edit view is given here.
        self.login()
        page = StandardPageFactory(
            parent=english_home(), title="Previewed page", slug="previewed-page"
        )
        self.assertPageIsPreviewable(
            page,
            post_data=nested_form_data(
                {
                    "title": page.title,
                    "slug": page.slug,
                    "intro": page.intro,
                    "body": streamfield([]),
                }
            ),
        )


@pytest.mark.django_db
def test_switcher_links_lead_to_pages_in_that_language(client):
    page = translate_everywhere(
        make_child_page(english_home(), "Switched page", "switched-page")
    )
    response = client.get(page.url)
    for language in LANGUAGES:
        url = Page.objects.get(
            translation_key=page.translation_key,
            locale__language_code=language,
        ).url
        followed = client.get(url)
        assert followed.status_code == 200
        assert f'<html lang="{language}"' in followed.content.decode()
    assert response.status_code == 200


@pytest.mark.django_db
def test_switcher_falls_back_to_language_home_without_translation(client):
    home = HomePage.objects.get(locale__language_code="en")
    page = StandardPageFactory(parent=home, title="English only", slug="english-only")
    html = client.get(page.url).content.decode()
    for language in ["it", "es", "sv", "pl"]:
        locale_home = HomePage.objects.get(locale__language_code=language)
        assert f'<a href="{locale_home.url}" hreflang="{language}"' in html
        assert f'<link rel="alternate" hreflang="{language}"' not in html
    assert '<link rel="alternate" hreflang="en"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("it-IT,it;q=0.9", "/it/"),
        ("pl", "/pl/"),
        ("sv-SE", "/sv/"),
        ("es,en;q=0.5", "/es/"),
        ("ja", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, target):
    response = client.get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.django_db
def test_admin_and_documents_stay_outside_the_language_prefix(client):
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/it/admin/").status_code == 404


@pytest.mark.django_db
def test_healthz_answers_with_at_most_one_query(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")


@pytest.mark.django_db
def test_ui_strings_are_translated(client):
    make_footer_text(FUNDING)
    html = client.get("/it/").content.decode()
    assert "Vai al contenuto principale" in html
    assert "Territori competitivi" in html
    assert "Skip to main content" not in html
    assert "cofinanziato dall&#x27;Unione europea" in html


@pytest.mark.django_db
def test_footer_carries_funding_acknowledgement_and_emblem_in_every_language(client):
    make_footer_text(FUNDING)
    italian = FooterText.objects.get(locale__language_code="it")
    assert italian.funding_acknowledgement == FUNDING["it"]
    for language in LANGUAGES:
        text = FooterText.objects.get(locale__language_code=language)
        html = client.get(f"/{language}/").content.decode()
        assert 'class="site-footer__emblem"' in html
        assert text.funding_acknowledgement.replace("'", "&#x27;") in html


@pytest.mark.django_db
def test_home_page_query_count_is_fixed(client, django_assert_max_num_queries):
    client.get("/en/")  # warm caches (site root paths)
    # The home page's sections (ways in, figures, map, featured pages) are pinned
    # in tests/test_home_page.py.
    with django_assert_max_num_queries(28):
        assert client.get("/en/").status_code == 200


def _run_with_production_settings(extra_env, *args):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    env.update({"DJANGO_SETTINGS_MODULE": "cms.settings.production", **extra_env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _run_with_production_settings({"ALLOWED_HOSTS": "example.org"}, "check")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _run_with_production_settings({"SECRET_KEY": "x" * 64}, "check")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_check_deploy_is_clean():
    result = _run_with_production_settings(
        {
            "SECRET_KEY": "k3y-" + "q8Zr2pLx7vN4mT1s" * 4,
            "ALLOWED_HOSTS": "example.org",
            "WAGTAILADMIN_BASE_URL": "https://example.org",
            "REDIS_URL": "redis://127.0.0.1:6379/0",
        },
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
