"""The SQLite part of search/backends/database.py (imported only on SQLite: the
full-text table it uses exists only there)."""

from django.db.models import FloatField, Func, IntegerField
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

# bm25's weight of each column of the full-text table, in its order (autocomplete,
# body, title): a word in the title counts as much as ten in the body; the
# autocomplete column is matched by autocomplete only.
COLUMN_WEIGHTS = (0.0, 1.0, 10.0)


class WeightedBM25(Func):
    """bm25() with a weight per column (FTS5's own ranking function; lower is
    better). modelsearch calls it without weights, so a word in the title counts
    no more than one in the body."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


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
        rank = WeightedBM25()
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
    plain-text query (and as RankedMixin reads it).

    A query of several words also names them as typed, side by side, in a part
    that changes nothing of what matches, 'W AND ("export coaching" OR W)' where W
    is the words' part: bm25 counts the hits of every phrase of the query, so the
    page that says it exactly comes first. (An alternative 'W OR "export
    coaching"' would also find more: FTS5 folds accents in the text as written,
    where Swedish "foretag" must not find "företag".)"""

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, NormalisedText):
            return super().build_search_query_content(query, config=config)
        expression = combine_terms(
            query.groups, query.operator, Lexeme, lambda a, b: Either(a, "OR", b)
        )
        if query.operator == "and" and len(query.words) > 1:
            phrase = Lexeme(" ".join(query.words))
            expression = expression & Either(phrase, "OR", expression)
        return SearchQueryExpression(expression, config=config)
