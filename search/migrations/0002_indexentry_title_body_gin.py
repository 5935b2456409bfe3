"""A GIN index on ``title || body`` of Wagtail's search index table (PostgreSQL).

Wagtail's PostgreSQL search matches ``(title || body) @@ query``, but its own
migrations index ``title`` and ``body`` separately, which that expression cannot
use: every search read the whole index table. With this index a search for a
common word over 10,000 practices went from about 85 ms to about 30 ms, and a
word that matches nothing from 50 ms to 5 ms (benchmarks/RESULTS.md). Other
databases have nothing to do here.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING GIN ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
