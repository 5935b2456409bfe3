from django.db import migrations, models


def enable_postgres_extensions(apps, schema_editor):
    """unaccent first, then pg_trgm: trigram set-up relies on f_unaccent existing."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.RunPython(enable_postgres_extensions, migrations.RunPython.noop),
        migrations.CreateModel(
            name="QueryStatistic",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("query_string", models.CharField(max_length=200, verbose_name="query")),
                ("language", models.CharField(max_length=8, verbose_name="language")),
                ("hits", models.PositiveIntegerField(default=0, verbose_name="searches")),
                ("zero_result_hits", models.PositiveIntegerField(default=0, verbose_name="searches with no result")),
                ("last_searched_at", models.DateTimeField(auto_now=True, verbose_name="last searched")),
            ],
            options={
                "verbose_name": "search query statistic",
                "verbose_name_plural": "search query statistics",
                "ordering": ["-hits"],
                "constraints": [models.UniqueConstraint(fields=("query_string", "language"), name="unique_query_per_language")],
            },
        ),
    ]
