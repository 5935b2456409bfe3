"""Fixtures for the real-browser suite: the demo server, Chromium, screenshots.

Every test module here is marked ``browser``: ``make test`` leaves them out and
``make test-browser`` installs what they need and runs them. Outside CI a missing
browser skips them; with ``CI=true`` it fails the run.
"""

import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.quality import site_map
from tests.quality.browser.harness import BASE_DIR, DemoServer

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = BASE_DIR / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def missing(what):
    message = f"{what} (run `make test-browser`, which installs it)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def demo_server():
    server = DemoServer()
    try:
        server.prepare()
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def page_tree(demo_server):
    """[(language, page type, URL)] of every live public page, walking the tree."""
    tree = demo_server.page_tree()
    assert tree, "the demo site has no public pages"
    return tree


@pytest.fixture(scope="session")
def crawled(demo_server, page_tree):
    """The page tree of the served demo, and every internal link reached from it."""
    tree = page_tree
    reached, forms = site_map.crawl(
        demo_server.fetch, [url for *_x, url in tree], workers=4
    )
    return tree, reached, forms


@pytest.fixture(scope="session")
def public_pages(crawled):
    """[(language, page type, URL)]: the page tree, then links found on the pages.

    Every page of the tree keeps its page type; other HTML pages reached through
    links (pagination, filters, sub-routes) are added with the type "linked".
    """
    tree, reached, _forms = crawled
    pages = list(tree)
    known = {url for *_x, url in tree}
    for url, (status, kind, _text) in sorted(reached.items()):
        if url not in known and status == 200 and kind.startswith("text/html"):
            pages.append((url.split("/")[1], "linked", url))
    return pages


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        missing(f"Chromium is not installed at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        missing(f"axe-core is missing at {AXE}")
    return AXE.read_text()


class Visitor:
    """One browser tab with what the checks need: console, violations, screenshots."""

    def __init__(self, context, server, artifacts, name):
        self.context = context
        self.page = context.new_page()
        self.server = server
        self.folder = artifacts / "screenshots" / name
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self.console_errors = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        self.failed_responses = []
        self.page.on(
            "response",
            lambda response: (
                self.failed_responses.append((response.status, response.url))
                if response.status >= 400
                else None
            ),
        )
        self.shots = 0

    def _console(self, message):
        # Failed requests are kept with their URL in failed_responses.
        if message.type == "error" and not message.text.startswith(
            "Failed to load resource"
        ):
            self.console_errors.append(message.text)

    def goto(self, path):
        response = self.page.goto(self.server.base_url + path, wait_until="load")
        return response

    def csp_violations(self):
        return [text for text in self.console_errors if "Content Security" in text]

    def screenshot(self, label):
        self.shots += 1
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:80]
        path = self.folder / f"{self.shots:03d}-{slug}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 320, "height": 640}
# The phone most people hold: one screenshot per page type at this width too.
COMMON_PHONE = {"width": 390, "height": 844}

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

# How far the page is wider than the window, and which elements start the
# overflow (they stick out while their parent does not, and no scrolling box such
# as .table-scroll holds them), for the report.
MEASURE_OVERFLOW = """
() => {
    const width = window.innerWidth;
    const overflow = document.documentElement.scrollWidth - width;
    const culprits = [];
    if (overflow > 1) {
        const describe = (el) => el.tagName.toLowerCase()
            + (el.id ? "#" + el.id : "")
            + [...el.classList].map((c) => "." + c).join("");
        const scrolled = (el) => {
            for (let a = el.parentElement; a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== "visible") return true;
            }
            return false;
        };
        for (const el of document.querySelectorAll("body *")) {
            const rect = el.getBoundingClientRect();
            const parent = el.parentElement.getBoundingClientRect();
            if (rect.width > 0 && rect.right > width + 1 && parent.right <= width + 1
                && !scrolled(el)) {
                culprits.push(
                    describe(el.parentElement) + " > " + describe(el)
                    + " (" + Math.round(rect.width) + "px wide)"
                );
            }
        }
    }
    return {overflow, culprits: culprits.slice(0, 8)};
}
"""


def audit(page, axe_source=None):
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now.

    axe is evaluated through the DevTools protocol, so the page's own strict CSP
    (which would refuse an injected <script>) stays in force while it runs.
    """
    if axe_source is not None:
        page.evaluate(axe_source)
    return page.evaluate(RUN_AXE, WCAG_TAGS)


@dataclass
class PageCheck:
    """What one visit of one public page found (see the ``page_checks`` fixture)."""

    language: str
    kind: str
    url: str
    status: int = 0
    lang: str = ""
    h1_count: int = 0
    current_language: str = ""
    violations: list = field(default_factory=list)
    phone_violations: list | None = None  # axe at 320 px, on one page per type
    overflow: int = 0
    culprits: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)
    failed_responses: list = field(default_factory=list)

    @property
    def label(self):
        return f"{self.url} ({self.language}, {self.kind})"


@pytest.fixture(scope="session")
def page_checks(chromium, demo_server, public_pages, axe_source, artifacts):
    """One visit of every public page in every language, shared by the checks.

    Each page is loaded once at desktop width: status, language, headings and the
    language switcher are read, and axe-core runs. The window is then narrowed to
    320 CSS pixels (WCAG 1.4.10 reflow) and the horizontal overflow is measured;
    on the first page of each page type axe runs again at that width. Loading each
    page once rather than once per check keeps the suite a few minutes long.
    Screenshots: every page with a finding, and one page per type at 1366, 390 and
    320 CSS pixels.
    """
    folder = artifacts / "screenshots" / "every-page"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    context = chromium.new_context(viewport=DESKTOP, locale="en-GB")
    # Loaded into every document before its own scripts, through DevTools.
    context.add_init_script(script=axe_source)
    page = context.new_page()
    errors, failed = [], []
    page.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "response",
        lambda r: failed.append((r.status, r.url)) if r.status >= 400 else None,
    )

    def shoot(label):
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:100]
        page.screenshot(path=str(folder / f"{slug}.png"), full_page=True)

    checks = []
    seen_kinds = set()
    for language, kind, url in public_pages:
        check = PageCheck(language, kind, url)
        errors.clear()
        failed.clear()
        page.set_viewport_size(DESKTOP)
        response = page.goto(demo_server.base_url + url, wait_until="load")
        check.status = response.status
        check.lang = page.get_attribute("html", "lang") or ""
        check.h1_count = page.locator("h1").count()
        current = page.locator('nav.language-switcher a[aria-current="true"]')
        check.current_language = (
            current.first.get_attribute("hreflang") if current.count() else ""
        )
        check.violations = audit(page)
        first_of_kind = kind not in seen_kinds
        seen_kinds.add(kind)
        if first_of_kind or check.violations:
            shoot(f"{url}-desktop")
        page.set_viewport_size(PHONE)
        measured = page.evaluate(MEASURE_OVERFLOW)
        check.overflow, check.culprits = measured["overflow"], measured["culprits"]
        if first_of_kind:
            check.phone_violations = audit(page)
        if first_of_kind or check.overflow > 1 or check.phone_violations:
            shoot(f"{url}-phone")
        if first_of_kind:
            page.set_viewport_size(COMMON_PHONE)
            shoot(f"{url}-390")
        check.console_errors = list(errors)
        check.failed_responses = list(failed)
        checks.append(check)
    context.close()
    return checks


@pytest.fixture
def visitor(request, chromium, demo_server, artifacts):
    context = chromium.new_context(viewport=DESKTOP, locale="en-GB")
    yield Visitor(context, demo_server, artifacts, request.node.name)
    context.close()
