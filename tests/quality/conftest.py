import os

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, settings

from tests.quality import site_map

# `make test` stays fast with the default profile; HYPOTHESIS_PROFILE=thorough
# explores much more (for a nightly run or before a release).
settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Anonymous-visitor forms outside the language prefix.
EXTRA_FORM_PAGES = ["/admin/login/", "/admin/password_reset/"]


class SiteMap:
    """The public URLs of the demo site, their page types, links and forms."""

    def __init__(self, client):
        self.tree = site_map.page_tree_urls()
        pages, forms = site_map.crawl(
            self._fetcher(client), [url for _lang, _kind, url in self.tree]
        )
        for url in EXTRA_FORM_PAGES:
            response = client.get(url)
            forms.extend(site_map.forms_on(url, response.content.decode()))
        self.pages = pages
        self.urls = sorted(pages)
        self.html_urls = [
            url
            for url, (status, kind, _text) in pages.items()
            if status == 200 and kind.startswith("text/html")
        ]
        # Django's language switch endpoint takes POSTs without a form on our pages.
        forms.append(
            site_map.Form(
                action="/i18n/setlang/",
                method="post",
                fields={"language": ["it"], "next": ["/it/"]},
                kinds={"language": "text", "next": "hidden"},
            )
        )
        unique = {}
        for form in forms:
            key = (form.action, form.method, tuple(sorted(form.fields)))
            unique.setdefault(key, form)
        self.forms = list(unique.values())
        self.parameter_names = site_map.query_parameter_names(self.urls) | {
            name for form in self.forms if form.method == "get" for name in form.fields
        }

    def one_url_per_page_type(self):
        chosen = {}
        for _lang, kind, url in self.tree:
            chosen.setdefault(kind, url)
        return sorted(chosen.values())

    @staticmethod
    def _fetcher(client):
        def fetch(url):
            response = client.get(url)
            # Downloads (the open-data exports) stream their body.
            content = (
                b"".join(response.streaming_content)
                if response.streaming
                else response.content
            )
            return (
                response.status_code,
                response.get("Content-Type", ""),
                content.decode(errors="replace"),
            )

        return fetch


@pytest.fixture(scope="session")
def demo_site_map(django_db_setup, django_db_blocker):
    """Crawled once per test process (each xdist worker has its own database).

    The pages only read the demo content loaded at start, so the security and the
    fuzzing modules share one crawl.
    """
    with django_db_blocker.unblock():
        cache.clear()
        found = SiteMap(Client())
        cache.clear()
    return found


@pytest.fixture
def fresh_cache():
    """Rate-limit counters live in the cache: start and end every test clean."""
    cache.clear()
    yield
    cache.clear()
