"""Words reduced to what they mean in one language, for the database backend.

SQLite FTS5 and PostgreSQL's "simple" configuration know no language: to them
"eksport", "eksportu" and "eksportem" are three words, and so are "impresa" and
"imprese". Here each word is lower-cased, reduced to its lemma (its dictionary
form) and accent-folded as far as the language allows; the backend
(search/backends/languages.py) stores these forms next to the words as written
and looks queries up by them, so inflected forms find each other.

Lemmas come from simplemma, a pure-Python lemmatiser that ships its own
dictionaries for all five languages (no network, no compiled code, nothing to
download at run time). A dictionary rather than a stemmer because Polish needs
one (Snowball has no Polish stemmer; "eksportem" and "logistyką" are found by
lookup, not by cutting endings) and one library then serves all five. Its
limits, and the code written here for them:

- it works on one word at a time and neither lower-cases nor folds accents in
  what it returns: ``_fold`` does that, per language;
- a word it does not know comes back unchanged, so an unknown word still finds
  itself.

Accent folding follows what each language treats as a different letter:
English, Italian and Polish fold everything (Polish readers often type without
diacritics, and the engines' Polish fallback folds too); Spanish keeps "ñ"
("año" is not "ano"); Swedish keeps "å", "ä" and "ö" ("får" is not "far"), both
fold the accents of loanwords ("idé", "acción").
"""

import re
import unicodedata
from functools import lru_cache

import simplemma
from django.conf import settings
from django.utils.html import strip_tags

WORD = re.compile(r"\w+")

# The letters a language keeps apart from their unaccented form.
KEPT_LETTERS = {
    "es": "ñ",
    "sv": "åäö",
}
# Letters that Unicode does not decompose but that readers fold all the same.
EXTRA_FOLDS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d"})

# Stored lemmas carry this mark so that they never meet the words as written: a
# quoted phrase matches the words in their order, never a run of lemmas, and the
# lemma of one word is never taken for another word.
INDEX_MARK = "x0"
# SQLite's tokenizer strips diacritics from whatever it stores, so the letters a
# language keeps are spelled out in letters and digits it leaves alone.
INDEX_SPELLING = str.maketrans({"å": "a1", "ä": "a2", "ö": "o2", "ñ": "n1"})


def _fold(word, kept=""):
    """``word`` without accents, except on the letters in ``kept``."""
    out = []
    for char in word:
        if char in kept:
            out.append(char)
            continue
        base = unicodedata.normalize("NFD", char)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out).translate(EXTRA_FOLDS)


def _lemma(word, language):
    return simplemma.lemmatize(word, lang=language).lower()


@lru_cache(maxsize=100_000)
def normalise_en(word):
    """English: lemma ("incentives" → "incentive", "branding" → "brand"),
    accents folded ("café" → "cafe")."""
    return _fold(_lemma(word.lower(), "en"))


@lru_cache(maxsize=100_000)
def normalise_it(word):
    """Italian: lemma ("imprese" → "impresa", "ceramiche" → "ceramica"),
    accents folded ("attività" → "attivita")."""
    return _fold(_lemma(word.lower(), "it"))


@lru_cache(maxsize=100_000)
def normalise_es(word):
    """Spanish: lemma ("exportaciones" → "exportación"), accents folded
    ("exportacion"), "ñ" kept."""
    return _fold(_lemma(word.lower(), "es"), KEPT_LETTERS["es"])


@lru_cache(maxsize=100_000)
def normalise_sv(word):
    """Swedish: lemma ("företagen" → "företag", "exporten" → "export"); "å", "ä"
    and "ö" kept, other accents folded ("idé" → "ide")."""
    return _fold(_lemma(word.lower(), "sv"), KEPT_LETTERS["sv"])


@lru_cache(maxsize=100_000)
def normalise_pl(word):
    """Polish: lemma ("eksportu", "eksportem" → "eksport"; "logistyką" →
    "logistyka"), then folded ("źródło" → "zrodlo")."""
    return _fold(_lemma(word.lower(), "pl"))


NORMALISERS = {
    "en": normalise_en,
    "it": normalise_it,
    "es": normalise_es,
    "sv": normalise_sv,
    "pl": normalise_pl,
}


def normaliser(language):
    """The function for ``language`` ("it", "pt-br"...); a language without one
    gets the site's default language's."""
    code = (language or "").split("-")[0].lower()
    return NORMALISERS.get(code) or NORMALISERS.get(
        settings.LANGUAGE_CODE.split("-")[0], normalise_en
    )


def folded_word(word, language):
    """``word`` lower-cased and accent-folded as ``language`` allows, not reduced."""
    code = (language or "").split("-")[0].lower()
    return _fold(word.lower(), KEPT_LETTERS.get(code, ""))


def _marked(form):
    return INDEX_MARK + form.translate(INDEX_SPELLING)


@lru_cache(maxsize=200_000)
def word_terms(word, language):
    """The index terms of one word: its lemma and, where that differs, the word
    itself folded. The second one lets a word be found as typed where the
    lemmas of two languages differ (a search from the admin, in the editor's
    language, over pages of every language; an English loanword in Italian)."""
    lemma = normaliser(language)(word)
    form = folded_word(word, language)
    return (_marked(lemma),) if form == lemma else (_marked(lemma), _marked(form))


def index_terms(text, language):
    """``text``'s words as the index stores them next to the words as written
    (marked, and spelled so that no tokenizer folds them further)."""
    if "<" in text:
        text = strip_tags(text)
    return [term for word in WORD.findall(text) for term in word_terms(word, language)]


def lookup_terms(text, language):
    """One tuple of index terms per distinct word of a query: a page matches the
    word when it holds any of them."""
    words = WORD.findall(text)
    return list(dict.fromkeys(word_terms(word, language) for word in words))
