"""axe-core in Chromium on every public page in every language: WCAG 2.1 A and AA."""

import json

import pytest

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """
async (tags) => {
    const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
    return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
}
"""


def audit(visitor, axe_source):
    # Evaluated through the DevTools protocol, so the page's own strict CSP (which
    # would refuse an injected <script>) stays in force while axe runs.
    visitor.page.evaluate(axe_source)
    return visitor.page.evaluate(RUN_AXE, WCAG_TAGS)


def test_every_public_page_passes_axe(visitor, public_pages, axe_source):
    failures = {}
    for language, kind, url in public_pages:
        response = visitor.goto(url)
        assert response.status == 200, url
        assert visitor.page.get_attribute("html", "lang") == language, url
        violations = audit(visitor, axe_source)
        if violations:
            visitor.screenshot(f"axe-{url}")
            failures[f"{url} ({kind})"] = violations
    assert failures == {}, json.dumps(failures, indent=2, ensure_ascii=False)
    assert visitor.csp_violations() == []


def test_not_found_page_passes_axe(visitor, axe_source):
    for language in ["en", "pl"]:
        response = visitor.goto(f"/{language}/no-such-page/")
        assert response.status == 404
        assert audit(visitor, axe_source) == [], language


def test_pages_reflow_on_a_phone(visitor, public_pages, axe_source):
    """WCAG 1.4.10: at 320 CSS pixels nothing needs horizontal scrolling."""
    visitor.page.set_viewport_size({"width": 320, "height": 640})
    wide = []
    for _language, _kind, url in public_pages:
        visitor.goto(url)
        overflow = visitor.page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth"
        )
        if overflow > 1:
            visitor.screenshot(f"reflow-{url}")
            wide.append((url, overflow))
        assert audit(visitor, axe_source) == [], url
    assert wide == []
