"""Real-browser flows, with a screenshot of every step under artifacts/screenshots/.

A visitor on every page in each language (read from the shared ``page_checks``
visit) and through the language switcher on every page type; a keyboard user and
the skip link; the admin under production security. The editorial story of a
practice and the investor's inquiry are in test_editorial_flow.py.
"""

import pytest

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "it", "es", "sv", "pl"]


def switcher_link(visitor, language):
    return visitor.page.locator(f'nav.language-switcher a[hreflang="{language}"]')


def test_internal_links_all_work(crawled):
    _tree, reached, _forms = crawled
    broken = {url: status for url, (status, *_rest) in reached.items() if status >= 400}
    assert broken == {}


def test_every_page_opens_in_its_language(page_checks):
    """Every page of every language (visited once by ``page_checks``): 200, the
    right ``lang``, one h1, and the switcher marking the current language."""
    assert {c.language for c in page_checks} == set(LANGUAGES)
    problems = []
    for check in page_checks:
        if check.status != 200:
            problems.append(f"{check.label}: status {check.status}")
        if check.lang != check.language:
            problems.append(f"{check.label}: lang={check.lang!r}")
        if check.h1_count != 1:
            problems.append(f"{check.label}: {check.h1_count} h1")
        if check.current_language != check.language:
            problems.append(f"{check.label}: switcher marks {check.current_language!r}")
    assert problems == []


def test_visitor_switches_language_on_every_page_type(visitor, public_pages):
    """From one English page of each type, through the switcher into every
    language in turn and back to English, landing on the translation each time."""
    known = set(public_pages)
    first_of_kind = {}
    for language, kind, url in public_pages:
        # "linked" pages (a filtered or paginated listing) are not a page type:
        # their switcher leads to the translated page itself, without the query.
        if language == "en" and kind != "linked":
            first_of_kind.setdefault(kind, url)
    for kind, url in first_of_kind.items():
        visitor.goto(url)
        for language in [*LANGUAGES[1:], "en"]:
            switcher_link(visitor, language).click()
            visitor.page.wait_for_load_state("load")
            assert visitor.page.get_attribute("html", "lang") == language
            translated = visitor.page.url.removeprefix(visitor.server.base_url)
            assert translated.startswith(f"/{language}/")
            assert (language, kind, translated) in known, translated
        assert visitor.page.url == visitor.server.base_url + url
        visitor.screenshot(f"switched-{kind}-back-to-en")
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

    # Find the page with the dashboard's search box, as an editor would.
    page.get_by_placeholder("Search all pages").fill("About COMPETE IN")
    page.get_by_placeholder("Search all pages").press("Enter")
    page.locator("main").get_by_role("link", name="About COMPETE IN").first.click()
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


# Pages only a signed-in visitor sees: not reached by the anonymous crawl, so
# checked here (axe, strict CSP, the Nu checker's rules through the same audit).
SIGNED_IN_PAGES = [
    "/{language}/search/saved/",
    "/{language}/search/?q=export",
]


def test_saved_searches_pages_pass_axe_signed_in(visitor, axe_source):
    """A coordinator saves a search from the search page, then opens "My saved
    searches" in every language: axe finds nothing, the CSP refuses nothing."""
    from tests.quality.browser.conftest import audit

    page = visitor.page
    visitor.goto("/admin/login/")
    page.fill("input[name=username]", "valencia-coordinator")
    page.fill("input[name=password]", visitor.server.password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/**")
    visitor.goto("/en/search/?q=export")
    page.fill("input[name=name]", "Export support")
    page.get_by_role("button", name="Save this search").click()
    page.wait_for_url("**/en/search/saved/**")
    visitor.screenshot("saved-searches")
    for language in LANGUAGES:
        for template in SIGNED_IN_PAGES:
            url = template.format(language=language)
            response = visitor.goto(url)
            assert response.status == 200, url
            assert audit(page, axe_source) == [], url
    assert visitor.csp_violations() == []
    assert visitor.failed_responses == []
    assert visitor.console_errors == []
