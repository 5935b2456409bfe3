"""The demo's transfer cases: what the demo content itself must show (moved from
test_transfer_cases.py, unchanged; the transfer-case workflow is tested there on
cases built by factories)."""

import pytest

from practices.models import TransferCase


@pytest.mark.django_db
def test_demo_transfer_cases_cover_the_stages():
    stages = set(TransferCase.objects.values_list("status", flat=True))
    assert {"identified", "contacted", "study_visit", "abandoned"} <= stages
    for case in TransferCase.objects.filter(
        status__in=["in_action_plan", "implemented", "closed"]
    ):
        assert case.action is not None
        assert case.action.page.get_parent().slug == case.region.slug
    assert all(
        c.assignee.username == f"{c.region.slug}-coordinator"
        for c in TransferCase.objects.select_related("region", "assignee")
    )
