"""Language-aware matching for Wagtail's database backend (SQLite and PostgreSQL).

At index time, every searchable text of an object is stored as written followed
by its words' normalised forms in the object's language (search/normalise.py):
"Export incentives" in English is indexed as "Export incentives x0export
x0incentive x0incentives" (the lemma, and the word itself where it differs). At
query time each word of a plain query is looked up by its lemma in the language
of the search page, or by itself, so "incentive" finds "incentives" and
"eksportu" finds "eksportem", and a word that another language's lemmas do not
know is still found as typed. A quoted phrase (``Phrase``) is
left alone and matches the words as written, in their order: the marked forms
never sit next to them in the index, so "export incentive" in quotes does not
match "export incentives".

The models stay unaware: modelsearch's indexers read an object's search fields
and their values; here they are handed a stand-in for the object whose search
fields return their value with the normalised forms appended. Autocomplete
fields are left as written (they match prefixes of what is typed).
"""

from functools import cache

from django.conf import settings
from django.utils.encoding import force_str
from django.utils.translation import get_language
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And, Boost, Not, Or, PlainText
from wagtail.models import Locale

from search.normalise import WORD, index_terms, lookup_terms


def _text(value):
    """A field's value as one string, the way modelsearch's indexers join it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(_text(item) for item in value.values())
    return force_str(value)


class NormalisedSearchField(SearchField):
    """A model's SearchField whose value also carries its normalised words."""

    def __init__(self, field, language):
        self.__dict__.update(field.__dict__)
        self.field = field
        self.language = language

    def get_value(self, obj):
        text = _text(self.field.get_value(_real(obj)))
        terms = index_terms(text, self.language)
        return f"{text} {' '.join(terms)}" if terms else text


class AsWrittenAutocompleteField(AutocompleteField):
    """A model's AutocompleteField, read from the object behind the stand-in."""

    def __init__(self, field):
        self.__dict__.update(field.__dict__)
        self.field = field

    def get_value(self, obj):
        return self.field.get_value(_real(obj))


class NormalisedRelatedFields(RelatedFields):
    def __init__(self, field, language):
        super().__init__(field.field_name, _normalised(field.fields, language))
        self.related = field

    def get_value(self, obj):
        return self.related.get_value(_real(obj))


def _normalised(fields, language):
    out = []
    for field in fields:
        if isinstance(field, SearchField):
            out.append(NormalisedSearchField(field, language))
        elif isinstance(field, AutocompleteField):
            out.append(AsWrittenAutocompleteField(field))
        elif isinstance(field, RelatedFields):
            out.append(NormalisedRelatedFields(field, language))
        else:
            out.append(field)
    return out


class IndexedInLanguage:
    """What modelsearch's ObjectIndexer reads of an object (its pk and search
    fields), with search fields that normalise in ``language``."""

    def __init__(self, obj, language):
        self.obj = obj
        self.pk = obj.pk
        self.language = language

    def get_search_fields(self):
        return _normalised(self.obj.get_search_fields(), self.language)


def _real(obj):
    return obj.obj if isinstance(obj, IndexedInLanguage) else obj


# Locale pk → language code: locales are few and never change code.
_LOCALE_CODES = {}


def forget_locale_codes(**kwargs):
    """A signal receiver: a locale was saved or deleted."""
    _LOCALE_CODES.clear()


def object_languages(objs):
    """The language of each object: its locale's, else its ``language`` field
    (documents), else the site's. At most one query for the locales, the first
    time one is met."""
    locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
    if locale_ids - _LOCALE_CODES.keys():
        _LOCALE_CODES.update(Locale.objects.values_list("pk", "language_code"))
    languages = []
    for obj in objs:
        language = _LOCALE_CODES.get(getattr(obj, "locale_id", None))
        if not language:
            language = getattr(obj, "language", None)
        if not isinstance(language, str) or not language:
            language = settings.LANGUAGE_CODE
        languages.append(language)
    return languages


class LanguageIndexMixin:
    def add_items(self, model, objs):
        objs = list(objs)
        wrapped = [
            IndexedInLanguage(obj, language)
            for obj, language in zip(objs, object_languages(objs), strict=True)
        ]
        return super().add_items(model, wrapped)


class NormalisedText(PlainText):
    """A plain-text query as index terms: ``groups`` holds, for each word, the
    terms any one of which matches it (see ``search.normalise.lookup_terms``).
    ``query_string`` keeps the first term of each, for any code that reads it;
    ``words`` the words as typed (for ranking their phrase first)."""

    def __init__(self, groups, operator="and", boost=1, words=()):
        super().__init__(
            " ".join(group[0] for group in groups), operator=operator, boost=boost
        )
        self.groups = groups
        self.words = tuple(words)


def normalise_query(query, language):
    """``query`` with its plain-text parts turned into ``NormalisedText``;
    phrases and everything else unchanged."""
    if isinstance(query, PlainText) and not isinstance(query, NormalisedText):
        groups = lookup_terms(query.query_string, language)
        if not groups:
            return query
        return NormalisedText(
            groups,
            operator=query.operator,
            boost=query.boost,
            words=WORD.findall(query.query_string),
        )
    if isinstance(query, (And, Or)):
        return type(query)([normalise_query(sub, language) for sub in query.subqueries])
    if isinstance(query, Not):
        return Not(normalise_query(query.subquery, language))
    if isinstance(query, Boost):
        return Boost(normalise_query(query.subquery, language), query.boost)
    return query


def combine_terms(groups, operator, lexeme, either):
    """One lexeme expression for ``groups``: the terms of a word joined with
    ``either``, the words with the query's operator (and, or)."""
    words = []
    for group in groups:
        word = lexeme(group[0])
        for term in group[1:]:
            word = either(word, lexeme(term))
        words.append(word)
    expression = words[0]
    for word in words[1:]:
        expression = expression & word if operator == "and" else expression | word
    return expression


class LanguageQueryMixin:
    """Plain-text queries looked up by their normalised words, in the language
    of the page the search is made from."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = normalise_query(
            self.query, get_language() or settings.LANGUAGE_CODE
        )


class PostgresLanguageQueryMixin(LanguageQueryMixin):
    """PostgreSQL: to_tsquery('(''x0impresa'' | ''x0imprese'') & ...').

    As on SQLite, a query of several words also names them as typed, side by
    side, in a part that changes nothing of what matches ('W & ((''export'' <->
    ''coaching'') | W)'): the page that says it exactly ranks higher."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, NormalisedText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        from django.contrib.postgres.search import SearchQuery
        from modelsearch.backends.database.postgres.query import (
            CombinedLexeme,
            Lexeme,
        )

        operator = query.operator
        if invert:  # De Morgan, as modelsearch does for plain text
            operator = "or" if operator == "and" else "and"
        expression = combine_terms(
            query.groups,
            operator,
            lambda term: Lexeme(term, invert=invert),
            (lambda a, b: a & b) if invert else (lambda a, b: a | b),
        )
        if not invert and operator == "and" and len(query.words) > 1:
            first, *others = (Lexeme(word.lower()) for word in query.words)
            phrase = first
            for word in others:
                phrase = CombinedLexeme(phrase, "<->", word)
            expression = expression & (phrase | expression)
        return SearchQuery(expression, search_type="raw", config=config)


@cache
def with_languages(backend_class, query_mixin):
    """``backend_class`` (a modelsearch database backend) indexing normalised
    words and querying them through ``query_mixin`` (the database's own way of
    writing "any of these terms"); its autocomplete is left as it was."""
    index_class = type(
        f"Language{backend_class.index_class.__name__}",
        (LanguageIndexMixin, backend_class.index_class),
        {},
    )
    base = backend_class.query_compiler_class
    query_compiler_class = type(f"Language{base.__name__}", (query_mixin, base), {})
    return type(
        f"Language{backend_class.__name__}",
        (backend_class,),
        {"index_class": index_class, "query_compiler_class": query_compiler_class},
    )
