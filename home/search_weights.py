"""How much a field's words count in search, beside the title's.

Title and summary weigh more than the body: a page whose summary says "export
mentoring" answers that search better than one that mentions it on its fourth
screen. Page models give their summary fields (search description, intro,
summary, headline, claim) ``boost=SUMMARY_BOOST``; Wagtail's ``title`` has 2.
PostgreSQL and Elasticsearch weigh fields by boost; the SQLite backend stores
boosted fields in its weighted title column (search/backends/languages.py).
"""

SUMMARY_BOOST = 1.5
