"""Run the search behaviour tests on every backend: the database one, and an engine.

The engine is the one ELASTICSEARCH_URL or OPENSEARCH_URL points at, or else an
in-memory OpenSearch-compatible server (osmem-server) started for the session.
The in-memory server indexes the demo site once, at the start; each test gets a
fresh clone of that index (what the test adds is indexed by Wagtail's signals), so
the rolled-back database and the index never disagree. On a real engine each test
indexes the demo site under a prefix of its own.
"""

import os
import uuid

import pytest
from django.core.management import call_command

ENGINE_URL_VARIABLES = ("ELASTICSEARCH_URL", "OPENSEARCH_URL")


def full_engine_configured():
    return any(os.environ.get(name) for name in ENGINE_URL_VARIABLES)


# osmem-server implements the english, italian and spanish analysers, not swedish.
OSMEM_ANALYZERS = {"sv": "standard"}
OSMEM_PREFIX = "test_demo_"


def _engine_settings(request):
    if os.environ.get("ELASTICSEARCH_URL"):
        return "search.backends.elasticsearch9", os.environ["ELASTICSEARCH_URL"], {}
    if os.environ.get("OPENSEARCH_URL"):
        return "search.backends.opensearch3", os.environ["OPENSEARCH_URL"], {}
    clone = request.getfixturevalue("osmem_clone")
    return "search.backends.opensearch3", clone.url, OSMEM_ANALYZERS


def _backends(backend, url, prefix):
    return {
        "default": {
            "BACKEND": backend,
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 30,
            "ATOMIC_REBUILD": False,
        }
    }


@pytest.fixture(scope="session")
def osmem_server(django_db_setup, django_db_blocker):
    """The in-memory engine, with the demo site indexed once per test process.

    Replaces osmem-server's own fixture of that name; its ``osmem_clone`` gives
    each test a copy of this base.
    """
    from django.test import override_settings
    from osmem_server import OsmemServer

    server = OsmemServer.start()
    backends = _backends("search.backends.opensearch3", server.url, OSMEM_PREFIX)
    with (
        django_db_blocker.unblock(),
        override_settings(
            WAGTAILSEARCH_BACKENDS=backends, SEARCH_ANALYZERS=OSMEM_ANALYZERS
        ),
    ):
        call_command("update_index", verbosity=0)
    yield server
    server.close()


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
    if full_engine_configured():
        prefix = f"test_{uuid.uuid4().hex[:8]}_"
    else:
        prefix = OSMEM_PREFIX  # the clone already holds the demo site's index
    settings.WAGTAILSEARCH_BACKENDS = _backends(backend, url, prefix)
    settings.SEARCH_ANALYZERS = analyzer_overrides
    if full_engine_configured():
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
