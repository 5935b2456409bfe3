"""Security headers on public pages, the admin's own policy, production settings."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.quality import site_map

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def policy(response, header_name="Content-Security-Policy"):
    header = response[header_name]
    return {
        directive.split()[0]: directive.split()[1:]
        for directive in header.split(";")
        if directive.strip()
    }


def test_every_public_page_has_a_strict_policy(client, demo_site_map):
    assert len(demo_site_map.html_urls) >= 5 * 4
    for url in demo_site_map.html_urls:
        response = client.get(url)
        csp = policy(response)
        assert csp["script-src"] == ["'self'"], url
        assert csp["style-src"] == ["'self'"], url
        assert csp["object-src"] == ["'none'"], url
        assert csp["frame-ancestors"] == ["'none'"], url
        assert csp["base-uri"] == ["'self'"], url
        assert "Content-Security-Policy-Report-Only" not in response
        assert response["X-Frame-Options"] == "DENY"
        assert "camera=()" in response["Permissions-Policy"]


def test_error_pages_carry_the_policy_too(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert policy(response)["script-src"] == ["'self'"]


class InlineCode(site_map.HTMLParser):
    """Collects what a policy without 'unsafe-inline' would block."""

    def __init__(self):
        super().__init__()
        self.problems = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs:
            kind = attrs.get("type", "")
            if kind not in {"application/json", "application/ld+json"}:
                self.problems.append(f"inline <script {attrs}>")
        if tag == "style":
            self.problems.append("<style> element")
        if "style" in attrs:
            self.problems.append(f"style attribute on <{tag}>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"{name} handler on <{tag}>")
            if (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"javascript: URL on <{tag}>")


def test_public_pages_need_no_inline_code(client, demo_site_map):
    """The policy would block inline code: so no page may rely on any."""
    for url in demo_site_map.html_urls:
        parser = InlineCode()
        parser.feed(client.get(url).content.decode())
        assert parser.problems == [], url


def test_admin_gets_its_own_policy(client):
    response = client.get("/admin/login/")
    csp = policy(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["object-src"] == ["'none'"]


def test_development_only_reports(client, settings):
    from cms.settings import dev

    settings.CONTENT_SECURITY_POLICY = dev.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = (
        dev.CONTENT_SECURITY_POLICY_REPORT_ONLY
    )
    public = client.get("/en/no-such-page/")
    admin = client.get("/admin/login/")
    for response in (public, admin):
        assert "Content-Security-Policy" not in response
    public_csp = policy(public, "Content-Security-Policy-Report-Only")
    admin_csp = policy(admin, "Content-Security-Policy-Report-Only")
    assert public_csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" in admin_csp["script-src"]


PRODUCTION_PROBE = """
import json
from django.conf import settings
from django.test import Client

client = Client()
health = client.get("/healthz", secure=True)
print(json.dumps({
    "middleware": settings.MIDDLEWARE,
    "report_only": getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None),
    "session_cookie": [
        settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY],
    "csrf_cookie": [settings.CSRF_COOKIE_SECURE, settings.CSRF_COOKIE_HTTPONLY],
    "health": {k: v for k, v in health.headers.items()},
}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    """Production settings in a subprocess (they are read once, at start-up).

    The probe only asks /healthz, which touches no table, so an empty database
    will do; the browser suite then runs the whole site under these settings.
    """
    database = tmp_path_factory.mktemp("prod") / "db.sqlite3"
    env = {
        **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "k3y-" + "q8Zr2pLx7vN4mT1s" * 4,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PRODUCTION_PROBE],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_enforces_the_policy_and_secure_cookies(production):
    assert "cms.security.ContentSecurityPolicyMiddleware" in production["middleware"]
    assert "axes.middleware.AxesMiddleware" in production["middleware"]
    assert production["report_only"] is None
    assert production["session_cookie"] == [True, True]
    assert production["csrf_cookie"] == [True, True]
    health = production["health"]
    assert health["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert health["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert health["X-Content-Type-Options"] == "nosniff"
    assert health["Cross-Origin-Opener-Policy"] == "same-origin"
    csp = {
        directive.split()[0]: directive.split()[1:]
        for directive in health["Content-Security-Policy"].split(";")
        if directive.strip()
    }
    assert csp["script-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "camera=()" in health["Permissions-Policy"]


def test_previews_keep_the_public_rules_but_may_be_framed_by_the_admin(
    admin_client,
):
    from wagtail.models import Page

    page = Page.objects.get(url_path="/home/about/").specific
    response = page.make_preview_request()
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]
