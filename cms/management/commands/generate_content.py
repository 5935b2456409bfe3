"""Generate volume content in all five languages, deterministically, with progress.

    manage.py generate_content --regions 50 --practices 10000 --events 2000 \
        --cases 10000 --sites 2000

Runs on top of the demo site (``manage.py load_demo`` first). The same seed gives
the same content. Generated pages' slugs start with ``gen-``; ``--clear`` removes
them (and only them) before generating again.
"""

import argparse
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from wagtail.models import Page

from cms.discovery import app_modules
from cms.generate import GENERATED_PREFIX, LANGUAGES, GenerationContext, Progress
from cms.pagecache import invalidate


def non_negative(value):
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} must be zero or more")
    return number


def language_list(value):
    codes = [code.strip() for code in value.split(",") if code.strip()]
    unknown = [code for code in codes if code not in LANGUAGES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown language {', '.join(unknown)}: choose from {', '.join(LANGUAGES)}"
        )
    return [code for code in LANGUAGES if code in codes or code == "en"]


class Command(BaseCommand):
    help = (
        "Create realistic volumes of territories, practices and activities in all "
        "five languages, for benchmarks. Deterministic for a given --seed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--regions",
            type=non_negative,
            default=0,
            help="Territories to add (each in 5 languages).",
        )
        parser.add_argument(
            "--practices",
            type=non_negative,
            default=0,
            help="Good practices to add (each in 5 languages).",
        )
        parser.add_argument(
            "--events",
            type=non_negative,
            default=0,
            help="Exchange activities to add (each in 5 languages).",
        )
        parser.add_argument(
            "--cases",
            type=non_negative,
            default=0,
            help=(
                "Transfer cases to add, and as many investor inquiries (needs "
                "--practices: cases join generated practices with regions)."
            ),
        )
        parser.add_argument(
            "--sites",
            type=non_negative,
            default=0,
            help=(
                "Investment sites to add, spread over the live showcases (each in "
                "every language its showcase has), for the site finder."
            ),
        )
        parser.add_argument(
            "--languages",
            type=language_list,
            default=list(LANGUAGES),
            help=(
                "Comma-separated languages to generate pages in (default: all five, "
                "en,it,es,sv,pl); English is always included."
            ),
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=2026,
            help="Random seed; the same seed gives the same content.",
        )
        parser.add_argument(
            "--clear",
            action="store_true",
            help="Delete previously generated content first.",
        )

    def handle(self, *args, **options):
        if not Page.objects.filter(depth=2).exists():
            raise CommandError("No demo site found: run `manage.py load_demo` first.")
        if options["cases"] and not options["practices"]:
            raise CommandError(
                "--cases builds transfer cases on generated practices: "
                "pass --practices too."
            )
        generated = Page.objects.filter(slug__startswith=GENERATED_PREFIX)
        if generated.exists():
            if not options["clear"]:
                raise CommandError(
                    f"{generated.count()} generated pages already exist; "
                    "pass --clear to replace them."
                )
            self._clear()
        started = time.monotonic()
        ctx = GenerationContext(
            rng=random.Random(options["seed"]),
            stdout=self.stdout,
            languages=options["languages"],
        )
        with transaction.atomic():
            # Each app's ``generate.py``, in app order (territories before the
            # practices and cases that refer to them).
            for _app, module in app_modules("generate", "generate"):
                module.generate(ctx, options)
        # Bulk inserts send no publish signals: retire cached pages and facets.
        invalidate()
        # Bulk inserts leave PostgreSQL's planner statistics stale: it planned
        # searches for a handful of pages until autovacuum caught up (300 ms
        # instead of 30). SQLite keeps no statistics unless asked, and its
        # defaults planned these pages better than ANALYZE's figures did.
        if connection.vendor == "postgresql":
            self.stdout.write("Updating the database's planner statistics")
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        summary = (
            ", ".join(f"{n} {kind}" for kind, n in ctx.created.items()) or "nothing"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {summary} (pages in {', '.join(ctx.languages)}) in "
                f"{time.monotonic() - started:.0f} s with seed {options['seed']}."
            )
        )

    def _clear(self):
        from wagtail.search.backends import get_search_backends

        with transaction.atomic():
            cases = sum(
                module.clear() for _app, module in app_modules("generate", "clear")
            )
        if cases:
            self.stdout.write(f"Removed {cases} generated cases.")

        pages = Page.objects.filter(slug__startswith=GENERATED_PREFIX)
        total = pages.count()
        progress = Progress(self.stdout, "removing from the index", total)
        backends = list(get_search_backends(with_auto_update=True))
        parents = set()
        for page in pages.specific().iterator(chunk_size=500):
            parents.add(page.path[: -Page.steplen])
            for backend in backends:
                backend.delete(page)
            progress.advance()
        with transaction.atomic():
            # Treebeard's queryset delete removes rows without per-page signals.
            Page.objects.filter(slug__startswith=GENERATED_PREFIX).delete()
            for parent in Page.objects.filter(path__in=parents):
                Page.objects.filter(pk=parent.pk).update(
                    numchild=parent.get_children().count()
                )
