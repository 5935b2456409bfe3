"""ActionPractice joins practices from regions (state only; same table, same rows)."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0003_alter_transfercase_updated_at"),
        ("regions", "0006_actionpractice_moves_to_practices"),
    ]

    # The model comes from regions (regions/0006) with its table
    # (``regions_actionpractice``) and rows: only Django's state changes.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ActionPractice",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "sort_order",
                            models.IntegerField(blank=True, editable=False, null=True),
                        ),
                        (
                            "action",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="inspiring_practices",
                                to="regions.planaction",
                            ),
                        ),
                        (
                            "practice",
                            models.ForeignKey(
                                help_text="A good practice this action learns from.",
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="inspired_actions",
                                to="practices.practicepage",
                                verbose_name="practice",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "inspiring practice",
                        "verbose_name_plural": "inspiring practices",
                        "db_table": "regions_actionpractice",
                        "ordering": ["sort_order"],
                        "abstract": False,
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
