import pytest

from cms.models import CaseReferenceCounter


@pytest.mark.django_db
def test_references_count_up_per_prefix_and_year():
    # Prefixes no demo case type uses (the demo already numbers TC and INQ cases).
    assert CaseReferenceCounter.next_reference("XA", 2026) == "XA-2026-0001"
    assert CaseReferenceCounter.next_reference("XA", 2026) == "XA-2026-0002"
    assert CaseReferenceCounter.next_reference("XB", 2026) == "XB-2026-0001"
    assert CaseReferenceCounter.next_reference("XA", 2027) == "XA-2027-0001"
    assert CaseReferenceCounter.objects.get(prefix="XA", year=2026).last_number == 2
