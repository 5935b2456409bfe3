"""Snippets with the matched words marked, cut from text stored on the object.

The database backend cannot highlight, so this works from the stored text for
every backend alike. A word is marked where the query's word is part of it
("export" in "exports", accents aside) or where both have the same normalised
form in the page's language ("imprese" for "impresa", "eksportem" for
"eksportu"): the snippet shows the words as written, marked.
"""

import html
import re
import unicodedata

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from search.normalise import WORD, normaliser

SNIPPET_LENGTH = 240
# How far into a long text (a document's extracted text) a word with the same
# normalised form as a query word is looked for, to centre the snippet on it.
LEMMA_SCAN_LENGTH = 20_000
SOURCE_ATTRIBUTES = (
    "summary",
    "intro",
    "hero_text",
    "description",
    "search_description",
    "extracted_text",
)


def _fold(text):
    """Lower-case and strip accents, keeping one character per character."""
    folded = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0]
        folded.append(base.lower() if len(base.lower()) == 1 else char)
    return "".join(folded)


def source_text(obj):
    """The text a result's snippet is cut from."""
    method = getattr(obj, "get_search_snippet_text", None)
    if callable(method):
        text = method()
        if text:
            return strip_tags(str(text))
    for name in SOURCE_ATTRIBUTES:
        value = getattr(obj, name, None)
        if value:
            return " ".join(strip_tags(str(value)).split())
    return ""


def _same_word_spans(text, terms, language):
    """(start, end) of the words of ``text`` whose normalised form in
    ``language`` is a query word's."""
    if not language or not terms:
        return
    normalise = normaliser(language)
    wanted = {normalise(term) for term in terms}
    for match in WORD.finditer(text):
        if normalise(match.group()) in wanted:
            yield match.start(), match.end()


def highlight(text, terms, length=SNIPPET_LENGTH, language=None):
    """A window of ``text`` around the first match, with matches in <mark>.

    ``language`` (the page's) also marks the inflected forms of the query's
    words.

    Everything is HTML-escaped before marks are added, so user input and stored
    text can never inject markup.
    """
    text = " ".join(str(text).split())
    if not text:
        return ""
    folded = _fold(text)
    words = [t for t in terms if t]
    terms = [_fold(t) for t in words]
    start = 0
    positions = [folded.find(t) for t in terms if folded.find(t) >= 0]
    first_same = next(_same_word_spans(text[:LEMMA_SCAN_LENGTH], words, language), None)
    if first_same:
        positions.append(first_same[0])
    if positions:
        start = max(0, min(positions) - length // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < min(positions) else start
    end = min(len(text), start + length)
    window = text[start:end]
    folded_window = folded[start:end]
    spans = []
    for term in terms:
        for match in re.finditer(re.escape(term), folded_window):
            spans.append((match.start(), match.end()))
    spans += _same_word_spans(window, words, language)
    spans.sort()
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    out, cursor = [], 0
    for s, e in merged:
        out.append(html.escape(window[cursor:s]))
        out.append(f"<mark>{html.escape(window[s:e])}</mark>")
        cursor = e
    out.append(html.escape(window[cursor:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)
