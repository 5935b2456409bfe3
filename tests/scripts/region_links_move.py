"""Run by tests/test_region_links_migration.py in a child process on a database of
its own.

The floor's region links (a document's region, a case's region, a region's
governance) pointed at ``wagtailcore.Page`` and now point at the region page type
(cms/0005, branding/0007, practices/0005). This stores rows in the old shape,
migrates forward and prints, as JSON, what the current models read of them. Run as
``DATABASE_URL=... python -m tests.scripts.region_links_move``: the database must
be empty or disposable.
"""

import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.loader import MigrationLoader  # noqa: E402
from wagtail.models import Collection, Locale, Page  # noqa: E402

OLD = [
    ("practices", "0004_actionpractice_from_regions"),
    ("branding", "0006_inquiry_retention"),
    ("cms", "0004_case_log_and_review"),
]


def main():
    call_command("migrate", verbosity=0)
    from cms.governance import setup_region
    from regions.factories import RegionPageFactory

    Locale.objects.get_or_create(language_code="en")
    home = Page.objects.filter(depth=2).first()
    region = RegionPageFactory(parent=home, title="Silesia", slug="silesia")
    setup_region(region)
    for app_label, name in OLD:
        call_command("migrate", app_label, name, verbosity=0)
    old = MigrationLoader(connection).project_state(OLD).apps
    document = old.get_model("cms", "CompeteDocument").objects.create(
        title="Plan",
        file="documents/plan.pdf",
        collection_id=Collection.get_first_root_node().pk,
        region_id=region.pk,
    )
    transfer = old.get_model("practices", "TransferCase").objects.create(
        reference="TC-2026-0001", title="Adopt", region_id=region.pk
    )
    inquiry = old.get_model("branding", "InvestorInquiry").objects.create(
        reference="INQ-2026-0001",
        title="Land",
        name="Ann",
        email="ann@example.com",
        message="Hello",
        region_id=region.pk,
    )
    call_command("migrate", verbosity=0)

    from branding.models import InvestorInquiry
    from cms.models import CompeteDocument, RegionGovernance
    from practices.models import TransferCase

    rows = [
        CompeteDocument.objects.select_related("region").get(pk=document.pk),
        TransferCase.objects.select_related("region").get(pk=transfer.pk),
        InvestorInquiry.objects.select_related("region").get(pk=inquiry.pk),
        RegionGovernance.objects.select_related("region").get(region_id=region.pk),
    ]
    print(
        json.dumps(
            {
                "region": region.pk,
                "read": [
                    [type(row).__name__, row.region_id, type(row.region).__name__]
                    for row in rows
                ],
                "titles": [row.region.specific.title for row in rows],
            }
        )
    )


if __name__ == "__main__":
    main()
