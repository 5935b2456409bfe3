"""Cleaning what visitors type into the search box."""

import re
import unicodedata

from modelsearch.query import And, Phrase, PlainText

MAX_QUERY_LENGTH = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_PHRASE = re.compile(r'"([^"]*)"')
_OPERATORS = re.compile(r"[\"'()*:^~+\-\\/<>{}\[\]|&!?;=@#%$`]")


def clean_query(raw):
    """Normalise, strip control characters, collapse spaces, cut to a sane length."""
    if not raw:
        return ""
    text = unicodedata.normalize("NFC", str(raw))
    text = _CONTROL.sub(" ", text)
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip()


def query_terms(query):
    """The words of a query, without operators and quotes, for highlighting."""
    words = _OPERATORS.sub(" ", query).split()
    terms = []
    for word in words:
        if word.upper() in {"AND", "OR", "NOT"}:
            continue
        if len(word) >= 2 and word.lower() not in terms:
            terms.append(word.lower())
    return terms[:10]


def backend_query(query):
    """The text handed to the search backend: plain words, no operator syntax.

    Quotes, brackets and boolean keywords are turned into plain words so that
    neither SQLite FTS5 nor PostgreSQL tsquery nor Elasticsearch sees syntax it
    would reject; words are combined with AND by the search call itself.
    """
    return " ".join(query_terms(query))


def search_query(query):
    """What the search backend is asked: the plain words (each matched in any of
    its inflected forms on the database backend) and every phrase in double
    quotes, matched as written, words in that order.

    A query without a quoted phrase is the plain text of ``backend_query``; an
    unbalanced quote is an ordinary character, dropped.
    """
    phrases = []
    for phrase in _PHRASE.findall(query):
        words = _OPERATORS.sub(" ", phrase).split()
        if words:
            phrases.append(Phrase(" ".join(words)))
    plain = backend_query(_PHRASE.sub(" ", query))
    if not phrases:
        return plain
    parts = [PlainText(plain, operator="and")] if plain else []
    parts += phrases
    return parts[0] if len(parts) == 1 else And(parts)
