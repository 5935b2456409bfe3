"""Run the search behaviour tests on every backend: the database one, and an engine.

The engine is the one ELASTICSEARCH_URL or OPENSEARCH_URL points at, or else an
in-memory OpenSearch-compatible server (osmem-server) started for the session;
each test gets a fresh clone of it, so the rolled-back database and the index
never disagree.
"""

import os
import uuid

import pytest
from django.core.management import call_command

ENGINE_URL_VARIABLES = ("ELASTICSEARCH_URL", "OPENSEARCH_URL")


def full_engine_configured():
    return any(os.environ.get(name) for name in ENGINE_URL_VARIABLES)


def _engine_settings(request):
    if os.environ.get("ELASTICSEARCH_URL"):
        return "search.backends.elasticsearch9", os.environ["ELASTICSEARCH_URL"], {}
    if os.environ.get("OPENSEARCH_URL"):
        return "search.backends.opensearch3", os.environ["OPENSEARCH_URL"], {}
    clone = request.getfixturevalue("osmem_clone")
    # osmem-server implements the english, italian and spanish analysers, not swedish.
    return "search.backends.opensearch3", clone.url, {"sv": "standard"}


@pytest.fixture(params=["database", "engine"])
def search_backend(request, settings, db):
    if request.param == "database":
        yield "database"
        return
    yield from _use_engine(request, settings)


@pytest.fixture
def engine_backend(request, settings, db):
    """For the tests that only make sense with per-language analysers."""
    yield from _use_engine(request, settings)


def _use_engine(request, settings):
    backend, url, analyzer_overrides = _engine_settings(request)
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": backend,
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 30,
            "ATOMIC_REBUILD": False,
        }
    }
    settings.SEARCH_ANALYZERS = analyzer_overrides
    call_command("update_index", verbosity=0)
    yield "engine"
    if full_engine_configured():
        from wagtail.search.backends import get_search_backend

        get_search_backend().es.indices.delete(index=f"{prefix}*")


def refresh_index():
    """Engines make new documents searchable after a refresh."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if hasattr(backend, "es"):
        backend.es.indices.refresh(index="_all")
