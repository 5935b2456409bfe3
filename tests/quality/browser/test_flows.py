"""Real-browser flows, with a screenshot of every step under artifacts/screenshots/.

The first flow: a visitor opens every page in each language and moves between
languages with the switcher. The editorial flows (create, submit, approve, publish,
translate, search, contact) join this module as their features land, on the same
``visitor`` fixture.
"""

from collections import defaultdict

import pytest

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "it", "es", "sv", "pl"]


def switcher_link(visitor, language):
    return visitor.page.locator(f'nav.language-switcher a[hreflang="{language}"]')


def test_internal_links_all_work(crawled):
    _tree, reached, _forms = crawled
    broken = {url: status for url, (status, *_rest) in reached.items() if status >= 400}
    assert broken == {}


def test_visitor_opens_every_page_and_switches_language(visitor, public_pages):
    by_language = defaultdict(list)
    for language, kind, url in public_pages:
        by_language[language].append((kind, url))
    assert set(by_language) == set(LANGUAGES)

    for language in LANGUAGES:
        for kind, url in by_language[language]:
            response = visitor.goto(url)
            assert response.status == 200, url
            assert visitor.page.get_attribute("html", "lang") == language
            assert visitor.page.locator("h1").count() == 1, url
            current = visitor.page.locator(
                'nav.language-switcher a[aria-current="true"]'
            )
            assert current.get_attribute("hreflang") == language, url
            visitor.screenshot(f"{language}-{kind}-{url}")

    # From one page of each type, through the switcher into every language and back.
    seen_types = set()
    for kind, url in by_language["en"]:
        if kind in seen_types:
            continue
        seen_types.add(kind)
        for language in LANGUAGES[1:]:
            visitor.goto(url)
            switcher_link(visitor, language).click()
            visitor.page.wait_for_load_state("load")
            assert visitor.page.get_attribute("html", "lang") == language
            translated = visitor.page.url.removeprefix(visitor.server.base_url)
            assert translated.startswith(f"/{language}/")
            assert (language, kind, translated) in public_pages, translated
            visitor.screenshot(f"switch-{kind}-to-{language}")
            switcher_link(visitor, "en").click()
            visitor.page.wait_for_load_state("load")
            assert visitor.page.url == visitor.server.base_url + url
    assert visitor.csp_violations() == []
    assert visitor.failed_responses == []
    assert visitor.console_errors == []


def test_keyboard_user_reaches_main_content_with_the_skip_link(visitor):
    visitor.goto("/en/")
    visitor.page.keyboard.press("Tab")
    focused = visitor.page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    assert visitor.page.locator(".skip-link").is_visible()
    visitor.screenshot("skip-link-focused")
    visitor.page.keyboard.press("Enter")
    assert visitor.page.evaluate("document.activeElement.id") == "main"


def test_admin_works_under_production_security(visitor):
    """Sign in and open the editor with production's CSP, cookies and headers."""
    page = visitor.page
    response = visitor.goto("/admin/login/")
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    visitor.screenshot("admin-login")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", visitor.server.password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    # The sidebar is built by JavaScript: it only appears if the scripts ran.
    page.locator(".sidebar-main-menu").wait_for()
    visitor.screenshot("admin-dashboard")

    cookies = {c["name"]: c for c in visitor.context.cookies()}
    assert cookies["sessionid"]["secure"] and cookies["sessionid"]["httpOnly"]
    assert cookies["csrftoken"]["secure"] and cookies["csrftoken"]["httpOnly"]

    page.get_by_role("link", name="About COMPETE IN").first.click()
    page.wait_for_url("**/edit/")
    # Title field and the StreamField editor (rendered by JavaScript).
    page.locator("#id_title").wait_for()
    visitor.screenshot("admin-page-editor")
    # The live preview shows the public page in a same-origin frame.
    page.locator('button[data-side-panel-toggle="preview"]').first.click()
    frame = page.frame_locator("iframe#w-preview-iframe")
    frame.locator("h1", has_text="About COMPETE IN").wait_for(timeout=15000)
    visitor.screenshot("admin-preview")
    # Signed in, the public site shows Wagtail's user bar under the strict policy.
    visitor.goto("/en/about/")
    page.locator("wagtail-userbar").wait_for(state="attached")
    page.locator("wagtail-userbar button").first.click()
    page.locator("wagtail-userbar [role=menu]").first.wait_for()
    visitor.screenshot("public-page-with-user-bar")
    assert visitor.csp_violations() == []
    assert visitor.failed_responses == []
