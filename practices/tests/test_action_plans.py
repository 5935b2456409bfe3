"""Action plans and the practices that inspired their actions (the link is owned
by practices: ``ActionPractice``)."""

import pytest
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail_localize.models import TranslationSource

from practices.models import ActionPractice, PracticePage
from regions.factories import make_plan
from regions.models import ActionPlanPage


def _translate(page, language="it"):
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = source.create_or_update_translation(
        locale, copy_parent_pages=True, fallback=True
    )
    return source, translation.specific


@pytest.mark.django_db
def test_inspiring_practices_are_copied_into_translations(governed):
    practice = PracticePage.objects.filter(locale__language_code="en").first()
    plan = make_plan(governed.north.region, actions=1)
    action = plan.actions.get()
    ActionPractice.objects.create(action=action, practice=practice)
    plan.save_revision().publish()
    _source, translation = _translate(plan)
    links = ActionPractice.objects.filter(action__page=translation)
    assert [link.practice_id for link in links] == [practice.pk]


@pytest.mark.django_db
def test_a_plan_with_nested_actions_is_created_in_the_admin(client, governed):
    """Nested InlinePanels (actions → indicators, practices) post and save."""
    practice = PracticePage.objects.filter(locale__language_code="en").first()
    client.force_login(governed.lead)
    region = governed.north.region
    data = nested_form_data(
        {
            "title": "Admin-made plan",
            "slug": "admin-made-plan",
            "instrument_name": "ERDF programme",
            "instrument_kind": "erdf_programme",
            "managing_authority": "The region",
            "plan_status": "approved",
            "approval_date": "",
            "monitoring_start": "2019-04-01",
            "monitoring_periods": "4",
            "context": rich_text("Context."),
            "english_summary": "",
            "actions": inline_formset(
                [
                    {
                        "title": "First action",
                        "background": rich_text("Learned."),
                        "activities": rich_text("Do."),
                        "players": "Us",
                        "start_date": "2019-04-01",
                        "end_date": "2020-04-01",
                        "indicative_cost": "1000",
                        "funding_sources": "ERDF",
                        "inspiring_practices": inline_formset(
                            [{"practice": practice.pk}]
                        ),
                        "indicators": inline_formset(
                            [
                                {
                                    "name": "Firms",
                                    "unit": "companies",
                                    "baseline": "0",
                                    "target": "10",
                                }
                            ]
                        ),
                    }
                ]
            ),
        }
    )
    url = f"/admin/pages/add/regions/actionplanpage/{region.pk}/"
    response = client.post(url, data)
    assert response.status_code == 200  # refused: approved without a date
    assert "An approved plan needs its approval date" in response.content.decode()
    assert not ActionPlanPage.objects.filter(slug="admin-made-plan").exists()

    data["approval_date"] = "2019-05-01"
    response = client.post(url, data)
    assert response.status_code == 302
    plan = ActionPlanPage.objects.get(slug="admin-made-plan")
    action = plan.actions.get()
    assert action.title == "First action"
    assert [i.name for i in action.indicators.all()] == ["Firms"]
    assert [p.practice_id for p in action.inspiring_practices.all()] == [practice.pk]

    edit = client.get(f"/admin/pages/{plan.pk}/edit/").content.decode()
    assert 'name="actions-0-indicators-0-name"' in edit
    assert 'name="actions-0-inspiring_practices-0-practice"' in edit
