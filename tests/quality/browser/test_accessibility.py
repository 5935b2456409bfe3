"""axe-core in Chromium on every public page in every language: WCAG 2.1 A and AA.

The pages are visited once by the ``page_checks`` fixture (conftest.py); the tests
here read what it found.
"""

import json

import pytest

from tests.quality.browser.conftest import audit

pytestmark = pytest.mark.browser


def test_every_public_page_passes_axe(page_checks):
    failures = {c.label: c.violations for c in page_checks if c.violations}
    assert failures == {}, json.dumps(failures, indent=2, ensure_ascii=False)
    assert [c.label for c in page_checks if c.status != 200] == []
    assert [c.label for c in page_checks if c.lang != c.language] == []


def test_no_page_breaks_the_content_security_policy(page_checks):
    failures = {
        c.label: c.console_errors + c.failed_responses
        for c in page_checks
        if c.console_errors or c.failed_responses
    }
    assert failures == {}, json.dumps(failures, indent=2, ensure_ascii=False)


def test_not_found_page_passes_axe(visitor, axe_source):
    for language in ["en", "pl"]:
        response = visitor.goto(f"/{language}/no-such-page/")
        assert response.status == 404
        assert audit(visitor.page, axe_source) == [], language


def test_pages_reflow_on_a_phone(page_checks):
    """WCAG 1.4.10: at 320 CSS pixels nothing needs horizontal scrolling.

    Every page is measured at that width; axe runs there too on one page per type.
    """
    wide = {
        c.label: {"overflow": c.overflow, "starts at": c.culprits}
        for c in page_checks
        if c.overflow > 1
    }
    assert wide == {}, json.dumps(wide, indent=2, ensure_ascii=False)
    phone = {c.label: c.phone_violations for c in page_checks if c.phone_violations}
    assert phone == {}, json.dumps(phone, indent=2, ensure_ascii=False)
    assert any(c.phone_violations is not None for c in page_checks)
