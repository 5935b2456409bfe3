from modelsearch.backends import opensearch3

from search.backends import multilingual_backend

SearchBackend = multilingual_backend(opensearch3)
