"""The demo's plans and stakeholder groups in the language of each page: a Polish
institution is named in Polish on Polish pages, a plan's policy instrument and
managing authority are translated, and a translated plan does not repeat its
English summary (its English page has it)."""

import pytest

from regions.models import ActionPlanPage, RegionPage


def version(model, slug, language, parent_slug=None):
    english = model.objects.filter(slug=slug, locale__language_code="en")
    if parent_slug:
        english = english.filter(
            path__startswith=RegionPage.objects.get(
                slug=parent_slug, locale__language_code="en"
            ).path
        )
    return model.objects.get(
        translation_key=english.get().translation_key,
        locale__language_code=language,
    )


@pytest.mark.django_db
def test_polish_institutions_are_named_in_polish_on_polish_pages(client):
    polish = client.get(version(RegionPage, "silesia", "pl").url).content.decode()
    assert "Politechnika Śląska" in polish
    assert "Silesian University of Technology" not in polish
    italian = client.get(version(RegionPage, "silesia", "it").url).content.decode()
    assert "Politecnico della Slesia" in italian
    english = client.get(version(RegionPage, "silesia", "en").url).content.decode()
    assert "Silesian University of Technology" in english


@pytest.mark.django_db
def test_plan_instrument_and_authority_are_translated(client):
    plan = version(ActionPlanPage, "local-action-plan", "pl", "silesia")
    assert plan.managing_authority == "Zarząd Województwa Śląskiego"
    html = client.get(plan.url).content.decode()
    assert "Regionalny Program Operacyjny Województwa Śląskiego" in html
    assert "Board of the Śląskie Voivodeship" not in html
    swedish = version(ActionPlanPage, "local-action-plan", "sv", "gavleborg")
    assert swedish.managing_authority == "Tillväxtverket"


@pytest.mark.django_db
def test_translated_plan_leaves_out_its_english_summary(client):
    english = version(ActionPlanPage, "local-action-plan", "en", "valencia")
    spanish = version(ActionPlanPage, "local-action-plan", "es", "valencia")
    assert english.english_summary
    assert english.english_summary in client.get(english.url).content.decode()
    assert english.english_summary not in client.get(spanish.url).content.decode()
