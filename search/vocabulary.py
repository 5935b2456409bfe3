"""Spelling suggestions from the words of one language's index.

When a search finds nothing, each word of the query that the index of the page's
language does not hold is replaced by the closest word it does hold ("incentiv"
→ "incentive", "internazionalizazione" → "internazionalizzazione"); the corrected
query is offered only if it finds something.

The vocabulary is read from the search index itself (the words as written in the
index entries of the language's pages: ``title``/``body`` on SQLite,
``title_text``/``body_text`` on PostgreSQL), so it follows whatever is indexed. It
is kept in the cache for ``SEARCH_VOCABULARY_SECONDS`` (ten minutes by default);
a new word can take that long to be suggested, never to be found.
"""

import difflib
import re
from collections import Counter

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.models import IndexEntry

WORD = re.compile(r"[^\W\d_]{3,}")
TOKEN = re.compile(r"\w+")
# The index also holds each word's normalised form marked with "x0"
# (search/backends/languages.py): never a word to suggest.
MARKED = "x0"
CLOSENESS = 0.75
MAX_WORDS = 200_000


def _text_columns():
    if connection.vendor == "postgresql":
        return ("title_text", "body_text")
    return ("title", "body")


def build_vocabulary(locale):
    """``Counter`` of the words (lower case) in the index entries of the pages
    of ``locale``."""
    page_types = ContentType.objects.get_for_models(*_page_models()).values()
    page_ids = (
        Page.objects.filter(locale=locale)
        .annotate(text_id=Cast("pk", CharField()))
        .values("text_id")
    )
    entries = IndexEntry.objects.filter(
        content_type__in=[content_type.pk for content_type in page_types],
        object_id__in=page_ids,
    ).values_list(*_text_columns())
    words = Counter()
    for texts in entries.iterator(chunk_size=500):
        for text in texts:
            for token in TOKEN.findall((text or "").lower()):
                if not token.startswith(MARKED) and WORD.fullmatch(token):
                    words[token] += 1
        if len(words) > MAX_WORDS:
            break
    return words


def _page_models():
    from django.apps import apps

    return [model for model in apps.get_models() if issubclass(model, Page)]


def vocabulary(locale):
    key = f"search-vocabulary:{locale.language_code}"
    words = cache.get(key)
    if words is None:
        words = build_vocabulary(locale)
        cache.set(key, words, getattr(settings, "SEARCH_VOCABULARY_SECONDS", 600))
    return words


def closest_word(word, words):
    """The known word closest to ``word`` (ties go to the more frequent), or None."""
    size = len(word)
    candidates = [known for known in words if abs(len(known) - size) <= 2]
    matches = difflib.get_close_matches(word, candidates, n=5, cutoff=CLOSENESS)
    if not matches:
        return None
    matcher = difflib.SequenceMatcher(a=word)

    def score(known):
        matcher.set_seq2(known)
        return (round(matcher.ratio(), 2), words[known])

    return max(matches, key=score)


def corrected_query(query, locale):
    """``query`` with its unknown words replaced by the closest known ones, or
    None when every word is known or none has a close neighbour."""
    words = vocabulary(locale)
    if not words:
        return None
    changed = False
    out = []
    for token in query.split():
        lowered = token.lower()
        if not WORD.fullmatch(lowered) or lowered in words:
            out.append(token)
            continue
        replacement = closest_word(lowered, words)
        if replacement is None:
            out.append(token)
        else:
            out.append(replacement)
            changed = True
    return " ".join(out) if changed else None
