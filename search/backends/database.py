"""Wagtail's database backend, language-aware, with relevance ranking in one pass
on SQLite.

On SQLite and PostgreSQL, words are indexed and looked up by their normalised
form in the page's language (search/backends/languages.py), so inflected forms
find each other. Any other database (MySQL, SQLite without FTS5) keeps
modelsearch's backend as it is.

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

from .languages import PostgresLanguageQueryMixin, with_languages


def SearchBackend(params):  # noqa: N802 (Wagtail looks the factory up by this name)
    backend = database_backend(params)
    name = type(backend).__name__
    if name == "SQLiteSearchBackend":
        from .sqlite_ranked import RankedSQLiteSearchBackend, SQLiteLanguageQueryMixin

        backend_class = with_languages(
            RankedSQLiteSearchBackend, SQLiteLanguageQueryMixin
        )
        return backend_class(params)
    if name == "PostgresSearchBackend":
        return with_languages(type(backend), PostgresLanguageQueryMixin)(params)
    return backend
