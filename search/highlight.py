"""Snippets with the matched words marked, cut from text stored on the object.

The database backend cannot highlight, so this works from the stored text for
every backend alike.
"""

import html
import re
import unicodedata

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

SNIPPET_LENGTH = 240
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


def highlight(text, terms, length=SNIPPET_LENGTH):
    """A window of ``text`` around the first match, with matches in <mark>.

    Everything is HTML-escaped before marks are added, so user input and stored
    text can never inject markup.
    """
    text = " ".join(str(text).split())
    if not text:
        return ""
    folded = _fold(text)
    terms = [_fold(t) for t in terms if t]
    start = 0
    positions = [folded.find(t) for t in terms if folded.find(t) >= 0]
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
