"""The demo's Local Action Plans: one per partner, in every language (their
follow-up actions: ``test_demo_follow_up.py``).

This test is about the demo content itself; plan pages are tested on plans made
by factories in ``test_action_plans.py``.
"""

import pytest

from regions.models import ActionPlanPage, PlanAction, RegionPage


@pytest.mark.django_db
def test_demo_has_a_plan_in_every_language_for_every_partner():
    slugs = [
        "reggio-emilia",
        "emilia-romagna",
        "west-yorkshire",
        "valencia",
        "gavleborg",
        "silesia",
        "wielkopolska",
    ]
    for slug in slugs:
        region = RegionPage.objects.get(slug=slug, locale__language_code="en")
        plan = (
            ActionPlanPage.objects.child_of(region).live().get(slug="local-action-plan")
        )
        assert 2 <= plan.actions.count() <= 4
        assert plan.monitoring_reports.filter(submitted_on__isnull=False).count() == 2
        languages = set(
            ActionPlanPage.objects.filter(
                translation_key=plan.translation_key
            ).values_list("locale__language_code", flat=True)
        )
        assert languages == {"en", "it", "es", "sv", "pl"}
    italian = ActionPlanPage.objects.get(
        locale__language_code="it",
        translation_key=ActionPlanPage.objects.get(
            locale__language_code="en",
            slug="local-action-plan",
            title__contains="Emilia-Romagna",
        ).translation_key,
    )
    assert italian.title == "Piano d'azione locale dell'Emilia-Romagna"
    assert PlanAction.objects.filter(page=italian).first().title.startswith("Servizio")
