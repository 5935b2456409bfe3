"""Give every stored inquiry what a case has: reference, title, region, due date.

- reference: INQ-<year received>-<number>, numbered in the order received, and the
  shared counter (cms.CaseReferenceCounter) moved past the numbers handed out;
- title: "<company> (<name>)";
- region: the showcase's region, in the source language (an inquiry without a
  region gets its showcase's parent);
- due date: five working days after receipt, as the thanks page promises.

Reversing keeps the rows and clears only what this step filled in.
"""

import datetime

from django.conf import settings
from django.db import migrations

PREFIX = "INQ"
STEPLEN = 4  # wagtail's treebeard path step


def add_working_days(day, days):
    while days > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def fill(apps, schema_editor):
    Inquiry = apps.get_model("branding", "InvestorInquiry")
    Counter = apps.get_model("cms", "CaseReferenceCounter")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    ContentType = apps.get_model("contenttypes", "ContentType")

    default_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    region_type = ContentType.objects.filter(
        app_label="regions", model="regionpage"
    ).first()

    def source_region_id(page_id):
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            return None
        if default_locale is None or page.locale_id == default_locale.pk:
            return page.pk
        source = Page.objects.filter(
            translation_key=page.translation_key, locale_id=default_locale.pk
        ).first()
        return source.pk if source else page.pk

    def showcase_region_id(showcase_id):
        showcase = Page.objects.filter(pk=showcase_id).first()
        if showcase is None or len(showcase.path) <= STEPLEN:
            return None
        parent = Page.objects.filter(path=showcase.path[:-STEPLEN]).first()
        if parent is None or (region_type and parent.content_type_id != region_type.pk):
            return None
        return parent.pk

    numbers = {}
    for year, last in Counter.objects.filter(prefix=PREFIX).values_list(
        "year", "last_number"
    ):
        numbers[year] = last
    # Rows that already have a reference (none, unless run twice) keep it.
    for inquiry in Inquiry.objects.filter(reference__isnull=True).order_by(
        "created_at", "pk"
    ):
        year = inquiry.created_at.year
        numbers[year] = numbers.get(year, 0) + 1
        inquiry.reference = f"{PREFIX}-{year}-{numbers[year]:04d}"
        if not inquiry.title:
            inquiry.title = f"{inquiry.company} ({inquiry.name})"[:255]
        region_id = inquiry.region_id
        if region_id is None and inquiry.showcase_id:
            region_id = showcase_region_id(inquiry.showcase_id)
        inquiry.region_id = source_region_id(region_id) if region_id else None
        if inquiry.due_date is None:
            inquiry.due_date = add_working_days(inquiry.created_at.date(), 5)
        inquiry.save(
            update_fields=["reference", "title", "region", "due_date"]
        )
    for year, last in numbers.items():
        counter, _ = Counter.objects.get_or_create(prefix=PREFIX, year=year)
        if counter.last_number < last:
            counter.last_number = last
            counter.save(update_fields=["last_number"])


def clear(apps, schema_editor):
    Inquiry = apps.get_model("branding", "InvestorInquiry")
    Inquiry.objects.update(reference=None)


class Migration(migrations.Migration):
    dependencies = [
        ("branding", "0002_investorinquiry_case_fields"),
        ("cms", "0003_merge_0002_case_reference_counter_0002_governance"),
    ]

    operations = [migrations.RunPython(fill, clear)]
