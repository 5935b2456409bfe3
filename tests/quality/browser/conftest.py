"""Fixtures for the real-browser suite: the demo server, Chromium, screenshots.

Every test module here is marked ``browser``: ``make test`` leaves them out and
``make test-browser`` installs what they need and runs them. Outside CI a missing
browser skips them; with ``CI=true`` it fails the run.
"""

import os
import re
import shutil
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
def crawled(demo_server):
    """The page tree of the served demo, and every internal link reached from it."""
    tree = demo_server.page_tree()
    assert tree, "the demo site has no public pages"
    reached, forms = site_map.crawl(demo_server.fetch, [url for *_x, url in tree])
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
        # Failed requests are kept with their URL in failed_responses; the browser's
        # own favicon probe (there is no favicon yet) is not one of them.
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


@pytest.fixture
def visitor(request, chromium, demo_server, artifacts):
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900},
        locale="en-GB",
    )
    yield Visitor(context, demo_server, artifacts, request.node.name)
    context.close()
