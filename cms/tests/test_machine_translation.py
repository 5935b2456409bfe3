"""Machine translation as a first draft: chosen by the environment, off by
default, reviewed like any translation, and a failing service changes nothing."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringTranslation, Translation

from cms.settings.environment import machine_translator
from cms.testing import italian, start_translation, submit_translation

DOUBLE = {"CLASS": "cms.testing.MachineTranslatorDouble"}


def test_no_service_is_configured_by_default():
    assert machine_translator({}) is None
    assert (
        machine_translator({"DEEPL_AUTH_KEY": "  ", "LIBRETRANSLATE_URL": ""}) is None
    )


def test_deepl_is_chosen_by_its_key():
    config = machine_translator({"DEEPL_AUTH_KEY": "abc:fx", "LIBRETRANSLATE_URL": "x"})
    assert config["CLASS"].endswith("deepl.DeepLTranslator")
    assert config["OPTIONS"]["AUTH_KEY"] == "abc:fx"


def test_a_libretranslate_server_is_chosen_by_its_url():
    config = machine_translator(
        {
            "LIBRETRANSLATE_URL": "https://translate.example.org/",
            "LIBRETRANSLATE_API_KEY": "k",
            "MACHINE_TRANSLATION_TIMEOUT": "5",
        }
    )
    assert config["CLASS"].endswith("libretranslate.LibreTranslator")
    assert config["OPTIONS"] == {
        "LIBRETRANSLATE_URL": "https://translate.example.org",
        "API_KEY": "k",
        "TIMEOUT": 5,
    }


def editor_props(client, page):
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content
    match = re.search(r'data-props="([^"]*)"', html.decode())
    import html as html_module

    return json.loads(html_module.unescape(match.group(1)))


def machine_url(page):
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return f"{url}?next={edit}"


def translated_texts(page):
    return set(
        StringTranslation.objects.filter(locale=page.locale).values_list(
            "data", flat=True
        )
    )


@pytest.mark.django_db
def test_without_a_service_the_editor_offers_none(client, governed):
    it_news = start_translation(
        client, governed.north.users.editor, governed.north.news
    )
    assert editor_props(client, it_news)["machineTranslator"] is None
    assert client.post(machine_url(it_news), follow=True).status_code == 404


@pytest.mark.django_db
def test_the_machine_drafts_and_the_review_decides(client, governed, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DOUBLE
    north = governed.north
    it_news = start_translation(client, north.users.editor, north.news)
    assert editor_props(client, it_news)["machineTranslator"]["name"] == (
        "Test translator"
    )

    response = client.post(machine_url(it_news), follow=True)
    assert response.status_code == 200
    assert "Translated with Test translator" in response.content.decode()
    assert "[it] Test North news" in translated_texts(it_news)
    # Nothing is live: the machine's draft goes to review like any translation.
    it_news.refresh_from_db()
    assert not it_news.live
    submit_translation(client, it_news)
    assert WorkflowState.objects.for_instance(it_news).get().status == "in_progress"


@pytest.mark.django_db
def test_another_region_may_not_machine_translate(client, governed, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DOUBLE
    it_news = start_translation(
        client, governed.north.users.editor, governed.north.news
    )
    client.force_login(governed.south.users.editor)
    response = client.post(machine_url(it_news))
    # Wagtail's answer to PermissionDenied in the admin: back to the dashboard.
    assert (response.status_code, response["Location"]) == (
        302,
        reverse("wagtailadmin_home"),
    )
    assert not translated_texts(it_news) & {"[it] Test North news"}


@pytest.mark.django_db
def test_a_failing_service_changes_nothing(client, governed, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {**DOUBLE, "OPTIONS": {"FAIL": True}}
    it_news = start_translation(
        client, governed.north.users.editor, governed.north.news
    )
    before = translated_texts(it_news)

    response = client.post(machine_url(it_news), follow=True)
    assert response.status_code == 200
    assert "could not translate this page just now" in response.content.decode()
    assert translated_texts(it_news) == before
    assert italian().language_code == "it"
