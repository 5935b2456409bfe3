"""The demo's shared documents and monitoring evidence listed under their title
in the page's language (documents are not translated pages: cms ``titles``)."""

import pytest
from wagtail.models import Locale

from practices.models import PracticePage
from regions.models import ActionPlanPage, RegionPage


@pytest.mark.django_db
def test_practice_page_lists_documents_in_its_language(client):
    english = PracticePage.objects.get(slug="er-go-global", locale__language_code="en")
    italian = english.get_translation(Locale.objects.get(language_code="it"))
    html = client.get(italian.url).content.decode()
    assert "Modello Interreg Europe per le buone pratiche (COMPETE IN)" in html
    assert "Interreg Europe good practice template" not in html
    english_html = client.get(english.url).content.decode()
    assert "Interreg Europe good practice template (COMPETE IN)" in english_html


@pytest.mark.django_db
def test_progress_view_lists_evidence_in_its_language(client):
    region = RegionPage.objects.get(slug="silesia", locale__language_code="en")
    plan = ActionPlanPage.objects.child_of(region).get(slug="local-action-plan")
    polish = ActionPlanPage.objects.get(
        translation_key=plan.translation_key, locale__language_code="pl"
    )
    html = client.get(polish.get_progress_url()).content.decode()
    assert "dokumentacja monitorowania" in html
    assert "monitoring evidence" not in html
