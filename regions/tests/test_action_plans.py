"""Action plan pages: where they go, what they require, what translations share.

The plans are made on the governed regions (the root ``governed`` fixture); the
demo's plans are tested in ``test_demo_action_plans.py``.
"""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from cms.factories import published_translation
from regions.factories import make_plan
from regions.models import (
    ActionIndicator,
    ActionPlanPage,
    RegionPage,
)


def _italian(page):
    return page.get_translation(Locale.objects.get(language_code="it")).specific


def _translate(page, language="it"):
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = source.create_or_update_translation(
        locale, copy_parent_pages=True, fallback=True
    )
    return source, translation.specific


@pytest.mark.django_db
def test_plans_go_under_regions_only():
    assert "regions.ActionPlanPage" in RegionPage.subpage_types
    assert ActionPlanPage.parent_page_types == ["regions.RegionPage"]
    assert ActionPlanPage.subpage_types == []


@pytest.mark.django_db
def test_an_approved_plan_needs_its_approval_date(governed):
    plan = make_plan(governed.north.region)
    plan.plan_status = ActionPlanPage.Status.APPROVED
    plan.approval_date = None
    with pytest.raises(ValidationError) as error:
        plan.full_clean()
    assert "approval_date" in error.value.message_dict
    assert "approval date" in error.value.message_dict["approval_date"][0]
    plan.plan_status = ActionPlanPage.Status.SUBMITTED
    plan.full_clean()


@pytest.mark.django_db
def test_a_plan_not_in_english_needs_an_english_summary(governed):
    italian_region = published_translation(governed.north.region, "it")
    plan = ActionPlanPage(
        title="Piano scritto in italiano",
        slug="piano-italiano",
        instrument_name="POR FESR",
        managing_authority="Regione Emilia-Romagna",
        plan_status=ActionPlanPage.Status.DRAFT,
        english_summary="",
    )
    with pytest.raises(ValidationError) as error:
        italian_region.add_child(instance=plan)
    message = error.value.message_dict["english_summary"][0]
    assert "summary in English" in message

    plan.english_summary = "A plan written in Italian, summarised in English."
    italian_region.add_child(instance=plan)
    assert ActionPlanPage.objects.filter(slug="piano-italiano").exists()


@pytest.mark.django_db
def test_an_english_plan_and_its_translations_need_no_separate_summary(governed):
    plan = make_plan(governed.north.region, english_summary="")
    plan.full_clean()
    _source, translation = _translate(plan)
    assert translation.locale.language_code == "it"
    translation.full_clean()  # the English version exists


@pytest.mark.django_db
def test_action_dates_and_cost_are_checked(governed):
    plan = make_plan(governed.north.region, actions=1)
    action = plan.actions.get()
    action.start_date = datetime.date(2020, 1, 1)
    action.end_date = datetime.date(2019, 1, 1)
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert error.value.message_dict["end_date"] == [
        "The end date cannot be before the start date."
    ]
    action.end_date = datetime.date(2021, 1, 1)
    action.indicative_cost = Decimal("-1")
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert "indicative_cost" in error.value.message_dict


@pytest.mark.django_db
def test_numbers_and_dates_are_synchronised_not_translated(governed):
    plan = make_plan(governed.north.region, actions=1, indicators=1)
    source, translation = _translate(plan)

    offered = set(
        StringSegment.objects.filter(source=source).values_list(
            "string__data", flat=True
        )
    )
    assert "Action 1" in offered and "Indicator 1.1" in offered
    assert not any(value in offered for value in ("10000.00", "40.00", "2019-04-01"))

    action = translation.actions.get()
    indicator = action.indicators.get()
    assert action.locale.language_code == "it"
    assert indicator.locale.language_code == "it"  # nested, still in its language
    assert action.translation_key == plan.actions.get().translation_key
    assert (action.indicative_cost, action.start_date) == (
        Decimal("10000.00"),
        datetime.date(2019, 4, 1),
    )
    assert (indicator.baseline, indicator.target) == (Decimal("0"), Decimal("40"))

    # The source changes: the translation follows on the next synchronisation.
    source_action = plan.actions.get()
    source_action.indicative_cost = Decimal("25000")
    source_action.end_date = datetime.date(2021, 3, 31)
    source_indicator = source_action.indicators.get()
    source_indicator.target = Decimal("55")
    source_action.save()
    source_indicator.save()
    source.update_from_db()
    source.create_or_update_translation(
        Locale.objects.get(language_code="it"), fallback=True
    )

    action = _italian(plan).actions.get()
    assert action.indicative_cost == Decimal("25000")
    assert action.end_date == datetime.date(2021, 3, 31)
    assert action.indicators.get().target == Decimal("55")
    assert (
        ActionIndicator.objects.filter(
            translation_key=source_indicator.translation_key
        ).count()
        == 2
    )  # one per language, no duplicates
