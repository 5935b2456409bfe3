"""The region links point at the region page type rather than at any page.

``COMPETEIN_REGION_PAGE_MODEL`` names the type (like ``AUTH_USER_MODEL``), so the
floor names no app here either. A region page is a multi-table child of Page whose
primary key is the page's id: the stored values stay as they are, only the
foreign key constraint moves from ``wagtailcore_page`` to the region page table.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0004_case_log_and_review"),
        migrations.swappable_dependency(settings.COMPETEIN_REGION_PAGE_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="competedocument",
            name="region",
            field=models.ForeignKey(
                blank=True,
                help_text="The partner region the document belongs to, if any.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.COMPETEIN_REGION_PAGE_MODEL,
                verbose_name="region",
            ),
        ),
        migrations.AlterField(
            model_name="regiongovernance",
            name="region",
            field=models.OneToOneField(
                help_text="The region page in the source language.",
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to=settings.COMPETEIN_REGION_PAGE_MODEL,
                verbose_name="region",
            ),
        ),
    ]
