"""Wagtail's database search backend, with relevance ranking in one pass on SQLite.

modelsearch's SQLite backend orders results by relevance through a correlated
subquery: for every matching page it runs the full-text MATCH again to fetch the
page's score. That is quadratic in the number of matches: a common word over
10,000 practices took 3–4 s. Here the ranked page of results comes from one
query over the full-text table (each score computed once, sorted, sliced),
restricted to the caller's queryset, then the objects are fetched by primary
key. Counts, facets, negated and match-all queries are unchanged, and so is
every other database (PostgreSQL ranks with ts_rank in one query already).
"""

from modelsearch.backends.database import SearchBackend as database_backend


def SearchBackend(params):  # noqa: N802 (Wagtail looks the factory up by this name)
    backend = database_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        from .sqlite_ranked import RankedSQLiteSearchBackend

        return RankedSQLiteSearchBackend(params)
    return backend
