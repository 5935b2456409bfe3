"""Search settings, imported by base.py."""

import os

from .environment import env_list

# Search: Wagtail's database backend unless ELASTICSEARCH_URL or OPENSEARCH_URL is set.
# The database backend keeps one index table for every language, so one text-search
# configuration must serve all five: "simple" (no stemming, no stop words) treats
# English, Italian, Spanish, Swedish and Polish alike. The language lives in the
# backend instead (search/backends/languages.py): each word is also indexed as its
# lemma in the page's language, accent-folded where the language allows it, and
# queries are looked up by their lemmas in the search page's language.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
SEARCH_INDEX = os.environ.get("SEARCH_INDEX", "competein")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX}_",
            "TIMEOUT": 10,
        }
    }
elif OPENSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.opensearch3",
            "URLS": [OPENSEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX}_",
            "TIMEOUT": 10,
        }
    }
# A small engine may lack some analysers: SEARCH_ANALYZERS="sv=standard,pl=standard".
SEARCH_ANALYZERS = dict(
    item.split("=", 1) for item in env_list("SEARCH_ANALYZERS") if "=" in item
)
if not (ELASTICSEARCH_URL or OPENSEARCH_URL):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.database",
            "SEARCH_CONFIG": "simple",
        },
    }
