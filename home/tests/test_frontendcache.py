"""CDN purging through wagtail.contrib.frontend_cache, configured by environment."""

import importlib
import os
from unittest import mock

import pytest
from wagtail.models import Page

from home.models import StandardPage


def _reload_settings(**env):
    with mock.patch.dict(os.environ, env, clear=False):
        import cms.settings.base as base

        return importlib.reload(base)


def test_no_backend_unless_the_environment_names_one():
    base = _reload_settings()
    assert base.WAGTAILFRONTENDCACHE == {}


def test_backends_come_from_the_environment():
    base = _reload_settings(
        FRONTEND_CACHE_PURGE_URLS="http://varnish-1:6081,http://varnish-2:6081",
        CLOUDFLARE_API_TOKEN="token",
        CLOUDFLARE_ZONE_ID="zone",
    )
    try:
        backends = base.WAGTAILFRONTENDCACHE
        assert backends["http0"]["LOCATION"] == "http://varnish-1:6081"
        assert backends["http1"]["LOCATION"] == "http://varnish-2:6081"
        assert backends["cloudflare"]["ZONEID"] == "zone"
    finally:
        _reload_settings()


@pytest.mark.django_db
def test_publishing_purges_the_page_its_translations_parent_and_homes(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish:6081",
        }
    }
    page = StandardPage.objects.get(locale__language_code="en", slug="about")
    with mock.patch(
        "wagtail.contrib.frontend_cache.backends.HTTPBackend.purge"
    ) as purge:
        page.save_revision().publish()
    purged = {call.args[0] for call in purge.call_args_list}
    assert page.full_url in purged
    for translation in Page.objects.filter(translation_key=page.translation_key).live():
        assert translation.full_url in purged
    assert any(url.endswith("/it/") for url in purged)


@pytest.mark.django_db
def test_a_failing_cdn_never_fails_a_publish(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish:6081",
        }
    }
    page = StandardPage.objects.get(locale__language_code="en", slug="about")
    with mock.patch(
        "wagtail.contrib.frontend_cache.backends.HTTPBackend.purge",
        side_effect=OSError("CDN down"),
    ):
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.live


@pytest.mark.django_db
def test_nothing_is_purged_without_a_backend(settings):
    settings.WAGTAILFRONTENDCACHE = {}
    page = StandardPage.objects.get(locale__language_code="en", slug="about")
    with mock.patch("cms.frontendcache.urls_to_purge") as urls:
        page.save_revision().publish()
    urls.assert_not_called()
