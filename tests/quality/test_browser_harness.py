"""The browser suite's own rules, checked without a browser."""

import pytest

from tests.quality.browser import conftest as browser_conftest


def test_missing_browser_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true and Chromium"):
        browser_conftest.missing("Chromium is not installed")


def test_missing_browser_skips_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="make test-browser"):
        browser_conftest.missing("Chromium is not installed")
