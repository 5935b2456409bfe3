"""The demo's investor inquiries: what the demo content itself must show (moved
from test_inquiry_cases.py, unchanged; the case framework is tested there on
inquiries built by factories)."""

import pytest

from branding.models import InvestorInquiry


@pytest.mark.django_db
def test_demo_inquiries_cover_every_state():
    states = set(InvestorInquiry.objects.values_list("status", flat=True))
    assert states >= {"new", "assigned", "answered", "closed", "spam"}
    assigned = InvestorInquiry.objects.exclude(status__in=["new", "spam"])
    assert all(
        i.assignee and i.assignee.username.endswith("-coordinator") for i in assigned
    )
