"""Memory of a 10,000-practice open-data export: streamed vs. held in memory.

    .venv/bin/python benchmarks/export_memory.py [--practices 10000] [--db FILE]

Builds a throwaway SQLite database (migrated from scratch; PostgreSQL with
``--database-url``), inserts the practices in bulk (pages rows and practice rows
straight into their tables, with valid tree paths: ``add_child`` would take
minutes), then downloads ``/en/opendata/practices.<fmt>`` through the Django test
client, reading the streamed body chunk by chunk and throwing it away, as a
client would. For each format it prints the peak of Python allocations during the
download (tracemalloc) and the growth of the process's peak RSS, next to the
size of the file; then the same rows built into one list, which is what an
exporter that does not stream would hold.

This is a measurement, not a test: nothing here runs under pytest.
"""

import argparse
import gc
import os
import resource
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=10_000)
    parser.add_argument("--db", help="SQLite file (default: a new temporary file)")
    parser.add_argument("--database-url", help="use this database instead of SQLite")
    return parser.parse_args()


def setup_django(args):
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        path = args.db or tempfile.mkstemp(suffix=".sqlite3", prefix="export-bench-")[1]
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def build_practices(count):
    """An index page and ``count`` live practices, inserted in bulk."""
    import datetime

    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.models import Locale, Page, Site

    from practices.models import PracticeIndexPage, PracticePage, PracticePageTag

    locale = Locale.get_default()
    root = Site.objects.get(is_default_site=True).root_page
    index = PracticeIndexPage(title="Benchmark library", slug="bench-library")
    root.add_child(instance=index)
    content_type = ContentType.objects.get_for_model(PracticePage)
    tags = [Tag.objects.get_or_create(name=n, slug=n)[0] for n in ("export", "food")]
    now = timezone.now()
    pillars = ["governance", "identity", "value_chain"]
    fields = PracticePage._meta.local_concrete_fields
    batch = 500
    with transaction.atomic():
        for start in range(0, count, batch):
            pages = []
            for n in range(start, min(start + batch, count)):
                slug = f"practice-{n}"
                pages.append(
                    Page(
                        title=f"Benchmark practice {n} for SMEs going international",
                        draft_title=f"Benchmark practice {n}",
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(index.path, index.depth + 1, n + 1),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        live=True,
                        locale=locale,
                        translation_key=uuid.uuid4(),
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
            Page.objects.bulk_create(pages)
            practices = []
            for page in pages:
                practice = PracticePage(
                    page_ptr_id=page.pk,
                    summary="A benchmark practice: what it is and why it matters. " * 3,
                    pillar=pillars[page.pk % 3],
                    implementation_level="regional",
                    start_date=datetime.date(2018, 1, 1),
                    main_institution="Municipality of Reggio Emilia",
                    description="<p>What the practice is, who benefits.</p>" * 10,
                    location="Reggio Emilia",
                    validation_status="submitted",
                )
                practices.append(practice)
            PracticePage._base_manager._insert(practices, fields=fields)
            PracticePageTag.objects.bulk_create(
                PracticePageTag(content_object_id=page.pk, tag=tag)
                for page in pages
                for tag in tags
            )
        Page.objects.filter(pk=index.pk).update(numchild=count)
    return PracticePage.objects.live().count()


def measure(label, run):
    gc.collect()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    size = run()
    seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"{label:<34} {size / 1e6:8.1f} MB  peak Python allocations "
        f"{peak / 1e6:7.1f} MB  peak RSS +{(rss_after - rss_before) / 1024:6.1f} MB  "
        f"{seconds:6.1f} s"
    )
    return peak


def main():
    args = parse_args()
    setup_django(args)
    from django.test import Client
    from django.test.client import RequestFactory
    from wagtail.models import Locale

    from cms.opendata.datasets import get_dataset

    started = time.perf_counter()
    total = build_practices(args.practices)
    print(f"{total} practices inserted in {time.perf_counter() - started:.1f} s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS before exporting: {rss:.1f} MB")

    client = Client()

    def download(fmt):
        def run():
            response = client.get(f"/en/opendata/practices.{fmt}")
            assert response.status_code == 200, response.status_code
            size = 0
            for chunk in response.streaming_content:
                size += len(chunk)
            response.close()
            return size

        return run

    # Warm up (imports, URL resolvers, translations) on an empty dataset.
    for fmt in ("csv", "json", "xlsx"):
        response = client.get(f"/en/opendata/events.{fmt}")
        b"".join(response.streaming_content)

    peaks = {}
    for fmt in ("csv", "json", "xlsx"):
        peaks[fmt] = measure(f"streamed {fmt.upper()} export", download(fmt))

    def held_in_memory():
        dataset = get_dataset("practices")
        request = RequestFactory().get("/en/opendata/practices.json")
        context = dataset.context(request, "en")
        rows = [
            dataset.row(obj, context) for obj in dataset.queryset(Locale.get_default())
        ]
        import json

        return len(json.dumps(rows, ensure_ascii=False))

    peaks["held"] = measure("rows held in one list (no stream)", held_in_memory)
    print(
        f"\nstreaming CSV peaks at {peaks['csv'] / peaks['held']:.0%} of the "
        f"held-in-memory export's allocations"
    )


if __name__ == "__main__":
    main()
