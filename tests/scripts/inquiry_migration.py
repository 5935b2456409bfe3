"""Run by branding/tests/test_inquiry_cases.py in a child process, on its own database.

Migrates the branding app back to 0001 (InvestorInquiry before the case
framework), stores inquiries in that old shape, migrates forward and prints what
the data migration made of them as JSON. Run as
``DATABASE_URL=... python -m tests.scripts.inquiry_migration``: the database
must be empty or disposable.
"""

import datetime
import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.loader import MigrationLoader  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

OLD = ("branding", "0001_initial")


def build_tree():
    from branding.factories import ShowcasePageFactory
    from regions.factories import RegionPageFactory

    english = Locale.objects.get_or_create(language_code="en")[0]
    italian = Locale.objects.get_or_create(language_code="it")[0]
    home = Page.objects.filter(depth=2, locale=english).first()
    region = RegionPageFactory(parent=home, title="Emilia-Romagna", slug="er")
    region_it = region.copy_for_translation(italian, copy_parents=True)
    showcase = ShowcasePageFactory(parent=region, slug="invest-er")
    showcase_it = showcase.copy_for_translation(italian)
    return region, region_it, showcase, showcase_it


def main():
    call_command("migrate", verbosity=0)
    region, region_it, showcase, showcase_it = build_tree()
    call_command("migrate", "branding", OLD[1], verbosity=0)
    old_apps = MigrationLoader(connection).project_state(OLD).apps
    Old = old_apps.get_model("branding", "InvestorInquiry")
    day = datetime.datetime
    received = [
        # (company, region, showcase, status, received)
        ("Aster", region.pk, showcase.pk, "new", day(2025, 12, 30, 9)),
        ("Boreal", region_it.pk, showcase_it.pk, "assigned", day(2026, 1, 2, 9)),
        ("Cirrus", None, showcase_it.pk, "answered", day(2026, 1, 9, 9)),
        ("Dune", None, None, "spam", day(2026, 1, 10, 9)),
    ]
    ids = []
    for company, region_id, showcase_id, status, when in received:
        row = Old.objects.create(
            name=f"{company} person",
            company=company,
            email=f"{company.lower()}@example.org",
            country="Japan",
            message=f"Message from {company}",
            consent=True,
            region_id=region_id,
            showcase_id=showcase_id,
            status=status,
        )
        Old.objects.filter(pk=row.pk).update(
            created_at=timezone.make_aware(when, datetime.UTC)
        )
        ids.append(row.pk)
    call_command("migrate", verbosity=0)

    from branding.models import InvestorInquiry

    rows = []
    for inquiry in InvestorInquiry.objects.filter(pk__in=ids).order_by("pk"):
        rows.append(
            {
                "pk": inquiry.pk,
                "reference": inquiry.reference,
                "title": inquiry.title,
                "status": inquiry.status,
                "region": inquiry.region_id,
                "due_date": inquiry.due_date.isoformat() if inquiry.due_date else None,
                "message": inquiry.message,
            }
        )
    new = InvestorInquiry.objects.create(
        name="New person",
        company="Eon",
        email="eon@example.org",
        country="Chile",
        message="After the migration",
        region=region,
    )
    print(
        json.dumps(
            {
                "ids": ids,
                "rows": rows,
                "region_en": region.pk,
                "new_reference": new.reference,
                "year": timezone.localdate().year,
            }
        )
    )


if __name__ == "__main__":
    main()
