"""Search engines with one analyser per content language.

Wagtail's Elasticsearch/OpenSearch backends index every text field with one
analyser. Here every text field (and the ``_all_text`` catch-all) gets one
sub-field per language, each with that language's analyser, and a query runs
against the sub-field of the active language: an Italian search for "impresa"
is stemmed by the Italian analyser and finds "imprese". One index per model
serves all languages, so a translation added later needs no new index; the
search view already filters results to the active locale.
"""

from django.conf import settings
from django.utils.translation import get_language
from modelsearch.backends.elasticsearchbase import Field

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


def language_analyzers():
    """Analyser per language; SEARCH_ANALYZERS overrides (e.g. for a small engine)."""
    analyzers = dict(DEFAULT_ANALYZERS)
    analyzers.update(getattr(settings, "SEARCH_ANALYZERS", {}) or {})
    return analyzers


def active_search_language():
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in language_analyzers() else settings.LANGUAGE_CODE


class MultilingualMappingMixin:
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

    MultilingualSearchBackend.mapping_class = mapping_class
    MultilingualSearchBackend.query_compiler_class = query_compiler_class
    MultilingualSearchBackend.autocomplete_query_compiler_class = autocomplete_class
    MultilingualSearchBackend.index_class = index_class
    return MultilingualSearchBackend
