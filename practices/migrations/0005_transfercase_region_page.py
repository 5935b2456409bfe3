"""The case's region points at the region page type (see cms/0005): same column
values (a region page's primary key is its page id), a new constraint."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0004_actionpractice_from_regions"),
        migrations.swappable_dependency(settings.COMPETEIN_REGION_PAGE_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="transfercase",
            name="region",
            field=models.ForeignKey(
                blank=True,
                help_text="The partner region responsible for the case.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.COMPETEIN_REGION_PAGE_MODEL,
                verbose_name="region",
            ),
        ),
    ]
