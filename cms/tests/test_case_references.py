import pytest

from cms.models import CaseReferenceCounter


@pytest.mark.django_db
def test_references_count_up_per_prefix_and_year():
    assert CaseReferenceCounter.next_reference("TC", 2026) == "TC-2026-0001"
    assert CaseReferenceCounter.next_reference("TC", 2026) == "TC-2026-0002"
    assert CaseReferenceCounter.next_reference("IQ", 2026) == "IQ-2026-0001"
    assert CaseReferenceCounter.next_reference("TC", 2027) == "TC-2027-0001"
    assert CaseReferenceCounter.objects.get(prefix="TC", year=2026).last_number == 2
