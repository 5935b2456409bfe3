"""The editorial life of a good practice, and an investor's inquiry, in Chromium.

One story, step by step, as the people of the project would click through it on
the demo server (production settings, demo accounts from cms/governance.py):

1. the Reggio Emilia editor signs in and files a practice of their region in the
   shared practice library (from the library's page, through Wagtail's user bar);
2. submits it to the review workflow;
3. the Reggio Emilia coordinator approves it (RegionalCoordinatorApprovalTask);
4. the lead partner approves it at the final step, which publishes it;
5. the editor translates it into Italian with wagtail-localize ("Translate",
   a machine draft, then their own words in the translation editor) and submits
   the translation for review; the coordinator, then the lead partner, approve
   it, and only then is the Italian practice live;
6. a visitor finds it with the header search box, in English and in Italian;
7. an investor sends a showcase's contact form and sees the confirmation.

Every step leaves a screenshot under artifacts/screenshots/<test name>/. The steps
depend on each other, so they are one test; a failure names its step.
"""

import re
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

REGION = "reggio-emilia"
REGION_TITLE = "Reggio Emilia"
TITLE = "Export mentoring for Parmigiano dairies"
SUMMARY = "Retired export managers coach small dairies through their first fairs."
IT_TITLE = "Tutoraggio all'export per i caseifici del Parmigiano"
IT_SUMMARY = "Ex manager dell'export accompagnano i piccoli caseifici alle prime fiere."


def first_url(pages, kind, language="en"):
    for page_language, page_kind, url in pages:
        if page_language == language and page_kind == kind:
            return url
    raise AssertionError(f"the demo has no {kind} in {language}")


def sign_in(visitor, username):
    page = visitor.page
    visitor.context.clear_cookies()
    visitor.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", visitor.server.password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.locator(".sidebar-main-menu").wait_for()


def footer_action(page, selector):
    """Click an action in the editor's footer, opening its "More actions" menu
    first when the action is not the main button."""
    footer = page.locator("footer").first
    button = footer.locator(selector).first
    if not button.is_visible():
        footer.get_by_role("button", name="More actions").click()
    button.click()
    page.wait_for_load_state("load")


def message(page):
    box = page.locator(".messages").first
    box.wait_for()
    return " ".join(box.inner_text().split())


APPROVE = (
    'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
)


def retranslate_segment(page, label, text):
    """In wagtail-localize's editor: change a field's translated segment."""
    block = page.locator("li:has(> h3)").filter(
        has=page.get_by_role("heading", name=label, exact=True)
    )
    block.get_by_role("button", name="Edit").click()
    block.locator("textarea").fill(text)
    block.get_by_role("button", name="Save").click()
    block.get_by_role("button", name="Edit").wait_for()


def italian_search_finds(visitor):
    """Whether a visitor's Italian search finds the Italian practice."""
    context = visitor.context.browser.new_context()
    try:
        page = context.new_page()
        page.goto(visitor.server.base_url + "/it/search/?q=tutoraggio+caseifici")
        return page.locator("main").get_by_role("link", name=IT_TITLE).count() > 0
    finally:
        context.close()


def test_practice_from_draft_to_italian_search(visitor, page_tree):
    page = visitor.page
    library = first_url(page_tree, "practices.practiceindexpage")

    # 1. The editor files a practice of their region from the library's page.
    sign_in(visitor, f"{REGION}-editor")
    visitor.screenshot("1-editor-signed-in")
    visitor.goto(library)
    page.locator("wagtail-userbar button").first.click()
    page.locator("wagtail-userbar").get_by_role(
        "menuitem", name="Add a child page"
    ).click()
    # The library takes practices only, so Wagtail opens the form at once.
    page.wait_for_url("**/admin/pages/add/practices/practicepage/**")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", SUMMARY)
    page.select_option("#id_pillar", index=1)
    page.select_option("#id_implementation_level", "regional")
    page.fill("#id_start_date", "2024-03-01")
    page.fill("#id_main_institution", "Consorzio del Formaggio Parmigiano Reggiano")
    page.locator(
        '[data-field-input]:has(#id_description) [contenteditable="true"]'
    ).click()
    page.keyboard.type("Each dairy is paired with a mentor for its first two fairs.")
    # The origin region, with Wagtail's page chooser: search, pick the English one.
    page.locator("#id_origin_region-chooser .chooser__choose-button").click()
    chooser = page.locator(".modal-content").first
    chooser.locator("input[name=q]").fill(REGION_TITLE)
    chooser.locator("tr", has_text="Territories").get_by_role(
        "link", name=REGION_TITLE, exact=True
    ).click()
    assert page.locator("#id_origin_region-title").inner_text() == REGION_TITLE
    # Wagtail autosaves a valid form: the new practice becomes a draft and the
    # form turns into its edit form. Submitting before that would post the
    # creation a second time.
    page.wait_for_url("**/admin/pages/*/edit/")
    page.locator(".w-autosave-indicator__state--saved").wait_for()
    edit_path = urlsplit(page.url).path
    visitor.screenshot("1-editor-fills-in-the-practice")

    # 2. ... and submits it to the review workflow (editors may not publish).
    footer = page.locator("footer").first
    assert footer.locator('button[name="action-publish"]').count() == 0
    footer_action(page, 'button[name="action-submit"]')
    assert f"'{TITLE}' has been submitted for moderation" in message(page)
    assert re.fullmatch(r"/admin/pages/\d+/edit/", edit_path), edit_path
    visitor.screenshot("2-editor-submitted-for-review")
    # The region's coordinators are told by e-mail, the other regions' are not.
    told = "\n".join(visitor.server.sent_mail())
    assert f"{REGION}-coordinator@compete-in.example" in told
    assert "valencia-coordinator@compete-in.example" not in told

    # 3. The coordinator of the region finds it on the dashboard and approves.
    sign_in(visitor, f"{REGION}-coordinator")
    dashboard = page.locator("main").inner_text()
    assert "Awaiting your review" in dashboard and TITLE in dashboard
    visitor.screenshot("3-coordinator-sees-it-awaiting-review")
    visitor.goto(edit_path)
    footer_action(page, APPROVE)
    assert TITLE in message(page)
    visitor.screenshot("3-coordinator-approved")
    # Approved by the region, still not public: the lead partner's step is next.
    visitor.context.clear_cookies()
    public_path = f"{library}export-mentoring-for-parmigiano-dairies/"
    assert visitor.goto(public_path).status == 404

    # 4. The lead partner approves at the final step, which publishes it.
    sign_in(visitor, "lead-partner")
    assert TITLE in page.locator("main").inner_text()  # awaiting their review
    visitor.goto(edit_path)
    footer_action(page, APPROVE)
    assert TITLE in message(page)
    visitor.screenshot("4-lead-partner-approved-and-published")
    visitor.context.clear_cookies()
    assert visitor.goto(public_path).status == 200
    assert page.locator("h1").inner_text().strip() == TITLE
    visitor.screenshot("4-the-practice-is-public")

    # 5. The editor translates it into Italian with wagtail-localize: a machine
    #    draft first (the suite's stand-in for DeepL), then their own words.
    sign_in(visitor, f"{REGION}-editor")
    visitor.goto(edit_path)
    page.locator("header").get_by_role("button", name="Actions").click()
    page.get_by_role("link", name="Translate this page").click()
    page.wait_for_url("**/admin/localize/submit/page/**")
    page.get_by_label("Italian").check()
    visitor.screenshot("5-editor-chooses-italian")
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url("**/admin/pages/*/edit/")
    assert "submitted for translation into Italian" in message(page)
    italian_edit = urlsplit(page.url).path
    page.get_by_role("button", name=re.compile("Translate with")).click()
    page.wait_for_load_state("load")
    assert "Translated with" in message(page)
    retranslate_segment(page, "Title", IT_TITLE)
    retranslate_segment(page, "Summary", IT_SUMMARY)
    visitor.screenshot("5-editor-translated-the-practice")
    # Having no right to publish, the editor submits it to the same review as
    # any change; nothing is published by translating.
    footer = page.locator("footer").first
    assert footer.get_by_role("button", name=re.compile("Publish in")).count() == 0
    page.get_by_role("button", name="Submit for review").click()
    page.wait_for_load_state("load")
    assert f"'{IT_TITLE}' has been submitted for review" in message(page)
    visitor.screenshot("5-editor-submitted-the-translation")
    assert not italian_search_finds(visitor)

    # The region's coordinator approves it from the translation editor, and is
    # back on their dashboard; the Italian practice is not live yet ...
    sign_in(visitor, f"{REGION}-coordinator")
    assert IT_TITLE in page.locator("main").inner_text()  # awaiting their review
    visitor.goto(italian_edit)
    visitor.screenshot("5-coordinator-reviews-the-translation")
    with page.expect_navigation():
        page.locator(".translation-review").get_by_role(
            "button", name="Approve", exact=True
        ).click()
    assert urlsplit(page.url).path == "/admin/"
    visitor.screenshot("5-coordinator-approved-the-translation")
    assert not italian_search_finds(visitor)

    # ... and the lead partner's approval puts it live.
    sign_in(visitor, "lead-partner")
    visitor.goto(italian_edit)
    with page.expect_navigation():
        page.locator(".translation-review").get_by_role(
            "button", name="Approve", exact=True
        ).click()
    visitor.screenshot("5-lead-partner-approved-the-translation")
    assert italian_search_finds(visitor)

    # 6. A visitor finds it with the header search box, in both languages.
    visitor.context.clear_cookies()
    for language, query, title in [
        ("en", "mentoring Parmigiano dairies", TITLE),
        ("it", "tutoraggio caseifici", IT_TITLE),
    ]:
        visitor.goto(f"/{language}/")
        page.fill("#header-search-q", query)
        page.locator("#header-search-q").press("Enter")
        page.wait_for_url(f"**/{language}/search/**")
        result = page.locator("main").get_by_role("link", name=title, exact=True)
        visitor.screenshot(f"6-visitor-searches-in-{language}")
        result.first.click()
        page.wait_for_load_state("load")
        assert page.locator("h1").inner_text().strip() == title
        assert page.get_attribute("html", "lang") == language
        visitor.screenshot(f"6-visitor-reads-the-practice-in-{language}")
    assert visitor.csp_violations() == []


def test_investor_sends_the_showcase_contact_form(visitor, page_tree):
    page = visitor.page
    visitor.goto(first_url(page_tree, "branding.showcasepage"))
    page.locator("#contact").scroll_into_view_if_needed()
    visitor.screenshot("7-investor-opens-a-showcase")
    form = page.locator("form.inquiry-form")
    form.get_by_label("Your name").fill("Ada Investor")
    form.get_by_label("Company").fill("Northwind Foods GmbH")
    form.get_by_label("E-mail address").fill("ada@northwind.example")
    form.get_by_label("Country").fill("Germany")
    form.get_by_label("Your message").fill(
        "We are looking for a site for a cheese-ageing warehouse of 2,000 m²."
    )
    form.locator('input[name="consent"]').check()
    visitor.screenshot("7-investor-fills-in-the-form")
    form.get_by_role("button", name="Send to the investment desk").click()
    page.wait_for_url("**/contact/thanks/?ref=*")
    assert "Thank you" in page.locator("h1").inner_text()
    # The page gives the case's reference, as the e-mail to the investor does.
    assert "Your reference: INQ-" in page.locator(".inquiry-reference").inner_text()
    visitor.screenshot("7-investor-sees-the-confirmation")
    # The region's investment desk got the inquiry by e-mail.
    assert any("Northwind Foods GmbH" in mail for mail in visitor.server.sent_mail())
    assert visitor.csp_violations() == []
    assert visitor.failed_responses == []
