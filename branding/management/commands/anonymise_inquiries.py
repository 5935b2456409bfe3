"""Anonymise the investor inquiries whose retention period has run out.

Run daily (docs/deployment.md, "Scheduled jobs"): the privacy notice promises that
the personal data of a closed inquiry is kept for ``INQUIRY_RETENTION_DAYS`` days
after it was closed, no longer.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from branding.privacy import anonymise, due_for_anonymisation, retention_cutoff
from cms.generate import Progress


class Command(BaseCommand):
    help = (
        "Remove the name, company, e-mail and message of investor inquiries closed "
        "(or marked as spam) more than INQUIRY_RETENTION_DAYS days ago, and the "
        "investor's name and e-mail from their timeline and audit log."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the inquiries that would be anonymised and change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.INQUIRY_RETENTION_DAYS
        due = list(due_for_anonymisation().order_by("closed_at", "pk"))
        verbose = options["verbosity"] > 0
        if verbose:
            self.stdout.write(
                f"Retention period: {days} days (closed before "
                f"{retention_cutoff():%Y-%m-%d %H:%M}). "
                f"{len(due)} inquiries to anonymise."
            )
        if dry_run:
            for inquiry in due:
                self.stdout.write(
                    f"  would anonymise {inquiry.reference} "
                    f"(closed {inquiry.closed_at:%Y-%m-%d})"
                )
            self.stdout.write("Dry run: nothing was changed.")
            return
        if not due:
            return
        progress = Progress(self.stdout if verbose else None, "anonymising", len(due))
        scrubbed = 0
        for inquiry in due:
            scrubbed += anonymise(inquiry, data={"retention_days": days})
            progress.advance()
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Anonymised {len(due)} inquiries; scrubbed the investor's data "
                    f"from {scrubbed} timeline notes and log entries."
                )
            )
