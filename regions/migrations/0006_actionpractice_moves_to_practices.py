"""ActionPractice leaves regions (state only: the table stays, practices owns it)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("regions", "0005_reports_and_evidence_protected"),
    ]

    # The model moves to the practices app (practices/0004), which owns the link
    # from an action to the practices that inspired it; its table and rows stay.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ActionPractice")],
            database_operations=[],
        ),
    ]
