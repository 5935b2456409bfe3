from modelsearch.backends import elasticsearch9

from search.backends import multilingual_backend

SearchBackend = multilingual_backend(elasticsearch9)
