"""The SQLite part of search/backends/database.py (imported only on SQLite: the
full-text table it uses exists only there)."""

from django.db.models import IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import (
    CombinedLexeme,
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    SQLiteFTSIndexEntry,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from .languages import LanguageQueryMixin, NormalisedText, combine_terms


class RankedMixin:
    def ranked(self, config, start, stop):
        """[(object pk, score)] of one page of results, best first; None when the
        query is not a ranked full-text one (the stock path handles it)."""
        if not self.order_by_relevance:
            return None
        query = normalize(self.query)
        if isinstance(query, (MatchAll, Not)):
            return None
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(query, config=config),
        )
        rank = self._build_rank_expression(self.get_search_vectors(), config)
        rows = (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    self.queryset.model
                ),
                index_entry__object_id__in=self.queryset.order_by().values("pk"),
            )
            .annotate(
                score=rank, object_pk=Cast("index_entry__object_id", IntegerField())
            )
            .order_by("score", "-object_pk")
            .values_list("object_pk", "score")
        )
        return list(rows[start:stop])


class RankedSQLiteSearchQueryCompiler(RankedMixin, SQLiteSearchQueryCompiler):
    pass


class RankedSQLiteAutocompleteQueryCompiler(
    RankedMixin, SQLiteAutocompleteQueryCompiler
):
    pass


class RankedSQLiteSearchResults(SQLiteSearchResults):
    def _do_search(self):
        compiler = self.query_compiler
        ranked = getattr(compiler, "ranked", None)
        ranked = ranked and ranked(
            compiler.get_config(self.backend), self.start, self.stop
        )
        if ranked is None:
            return super()._do_search()
        objects = compiler.queryset.in_bulk([pk for pk, _score in ranked])
        results = []
        for pk, score in ranked:
            obj = objects.get(pk)
            if obj is None:  # deleted between the two queries
                continue
            if self._score_field:
                setattr(obj, self._score_field, score)
            results.append(obj)
        return results


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = RankedSQLiteAutocompleteQueryCompiler
    results_class = RankedSQLiteSearchResults


class Either(CombinedLexeme):
    """Terms any one of which will do. FTS5 reads AND before OR, and
    modelsearch's CombinedLexeme writes no brackets: this one does."""

    def as_sql(self, compiler, connection):
        sql, params = super().as_sql(compiler, connection)
        return sql, [f"({params[0]})"]


class SQLiteLanguageQueryMixin(LanguageQueryMixin):
    """A normalised query as one FTS5 expression, '("x0impresa" OR "x0imprese")
    AND "x0ceramica"': one MATCH, whose bm25 ranks the results as it ranks any
    plain-text query (and as RankedMixin reads it)."""

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, NormalisedText):
            return super().build_search_query_content(query, config=config)
        expression = combine_terms(
            query.groups, query.operator, Lexeme, lambda a, b: Either(a, "OR", b)
        )
        return SearchQueryExpression(expression, config=config)
