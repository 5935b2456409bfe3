"""Search engines with one analyser per content language.

Wagtail's Elasticsearch/OpenSearch backends index every text field with one
analyser. Here every text field (and the ``_all_text`` catch-all) gets one
sub-field per language, each with that language's analyser, and a query runs
against the sub-field of the active language: an Italian search for "impresa"
is stemmed by the Italian analyser and finds "imprese". One index per model
serves all languages, so a translation added later needs no new index; the
search view already filters results to the active locale.

A language whose analyser only lower-cases and folds (Polish when the cluster
lacks the Stempel plugin, any language a small engine maps to "standard") gets
the database backend's pure-Python normalisation instead (search/normalise.py):
its documents carry their words' lemmas beside the text, and a query in it asks
for the lemmas, so "eksportu" finds "eksportem" there too.
"""

from django.conf import settings
from django.utils.translation import get_language
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.index import SearchField
from modelsearch.query import Phrase, PlainText

from search.normalise import WORD, index_terms, lookup_terms

DEFAULT_ANALYZERS = {
    "en": "english",
    "it": "italian",
    "es": "spanish",
    "sv": "swedish",
    # Lucene has no Polish stemmer without the Stempel plugin: fold and lowercase.
    "pl": "polish_fallback",
}

POLISH_FALLBACK = {
    "type": "custom",
    "tokenizer": "standard",
    "filter": ["lowercase", "asciifolding"],
}

# Analysers that do not reduce words to their stems: their language is
# normalised in Python before indexing and querying.
NON_STEMMING = {"polish_fallback", "standard", "simple", "whitespace"}

# Engines (by address) known to have the Stempel plugin's "polish" analyser.
_STEMPEL = {}


def has_stempel(client, key):
    """Whether the cluster at ``key`` has the Stempel plugin (asked once)."""
    if key not in _STEMPEL:
        try:
            plugins = client.cat.plugins(format="json")
            _STEMPEL[key] = any(
                "stempel" in str(row.get("component", "")) for row in plugins
            )
        except Exception:  # noqa: BLE001 (an engine without _cat/plugins has none)
            _STEMPEL[key] = False
    return _STEMPEL[key]


def language_analyzers():
    """Analyser per language; SEARCH_ANALYZERS overrides (e.g. for a small engine).

    Polish gets Stempel's "polish" analyser when a connected cluster has it."""
    analyzers = dict(DEFAULT_ANALYZERS)
    if any(_STEMPEL.values()):
        analyzers["pl"] = "polish"
    analyzers.update(getattr(settings, "SEARCH_ANALYZERS", {}) or {})
    return analyzers


def normalised_languages():
    """The languages whose analyser does not stem (normalised in Python)."""
    return {
        code
        for code, analyzer in language_analyzers().items()
        if analyzer in NON_STEMMING
    }


def active_search_language():
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in language_analyzers() else settings.LANGUAGE_CODE


class MultilingualMappingMixin:
    # The language of the object being turned into a document (get_document).
    language = None

    def get_document(self, obj):
        from search.backends.languages import object_languages

        (language,) = object_languages([obj])
        self.language = language if language in normalised_languages() else None
        try:
            return super().get_document(obj)
        finally:
            self.language = None

    def _get_nested_document(self, fields, obj):
        # modelsearch's own, with the language handed to the related model's
        # mapping (a plan's actions are normalised in the plan's language).
        doc, edgengrams = {}, []
        mapping = type(self)(type(obj))
        mapping.language = self.language
        for field in fields:
            name, value, field_edgengrams = mapping._get_document_field_data(field, obj)
            doc[name] = value
            edgengrams.extend(field_edgengrams)
        return doc, edgengrams

    def _with_lemmas(self, text):
        terms = index_terms(text, self.language)
        return f"{text} {' '.join(terms)}" if terms else text

    def _get_document_field_data(self, field, obj):
        name, value, edgengrams = super()._get_document_field_data(field, obj)
        if self.language and isinstance(field, SearchField) and isinstance(value, str):
            value = self._with_lemmas(value)
        return name, value, edgengrams

    def get_mapping(self):
        mapping = super().get_mapping()
        subfields = {
            code: {"type": "text", "analyzer": analyzer}
            for code, analyzer in language_analyzers().items()
        }

        def add_language_fields(properties):
            for field_mapping in properties.values():
                if field_mapping.get("type") == "nested":
                    add_language_fields(field_mapping["properties"])
                elif (
                    field_mapping.get("type") == "text"
                    and "analyzer" not in field_mapping
                ):
                    field_mapping["fields"] = dict(subfields)

        add_language_fields(mapping["properties"])
        return mapping


class MultilingualQueryCompilerMixin:
    def _compile_plaintext_query(self, query, fields, boost=1.0):
        """The words (as lemmas in a normalised language), and, for several
        words, the same words side by side as a ``should`` clause: it matches
        nothing more, and ranks the page that says them exactly first."""
        typed = query.query_string
        language = active_search_language()
        if language in normalised_languages():
            groups = lookup_terms(typed, language)
            if groups:
                query = PlainText(
                    " ".join(group[0] for group in groups),
                    operator=query.operator,
                    boost=query.boost,
                )
        compiled = super()._compile_plaintext_query(query, fields, boost=boost)
        if query.operator != "and" or len(WORD.findall(typed)) < 2:
            return compiled
        phrase = self._compile_phrase_query(Phrase(typed), fields)
        return {"bool": {"must": [compiled], "should": [phrase]}}

    def _remap_fields(self, fields):
        language = active_search_language()
        return [
            Field(f"{field.field_name}.{language}", field.boost)
            for field in super()._remap_fields(fields)
        ]


def multilingual_backend(base_module):
    """Build a backend class from one of modelsearch's engine modules."""
    base = base_module.SearchBackend

    mapping_class = type(
        "MultilingualMapping", (MultilingualMappingMixin, base.mapping_class), {}
    )
    query_compiler_class = type(
        "MultilingualQueryCompiler",
        (MultilingualQueryCompilerMixin, base.query_compiler_class),
        {"mapping_class": mapping_class},
    )
    autocomplete_class = type(
        "MultilingualAutocompleteCompiler",
        (base.autocomplete_query_compiler_class,),
        {"mapping_class": mapping_class},
    )
    index_class = type("MultilingualIndex", (base.index_class,), {})

    class MultilingualSearchBackend(base):
        def __init__(self, params):
            super().__init__(params)
            analysis = self.settings["settings"]["analysis"]
            analysis["analyzer"]["polish_fallback"] = POLISH_FALLBACK
            has_stempel(self.es, str(self.hosts))

    MultilingualSearchBackend.mapping_class = mapping_class
    MultilingualSearchBackend.query_compiler_class = query_compiler_class
    MultilingualSearchBackend.autocomplete_query_compiler_class = autocomplete_class
    MultilingualSearchBackend.index_class = index_class
    return MultilingualSearchBackend
