"""Anonymise the practice questions whose retention period has run out.

Run daily with ``anonymise_inquiries`` (docs/deployment.md, "Scheduled jobs"):
the privacy notice promises the same retention period for both.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from practices.privacy import anonymise, due_for_anonymisation


class Command(BaseCommand):
    help = (
        "Remove the name, organisation, e-mail and message of practice questions "
        "closed (or marked as spam) more than INQUIRY_RETENTION_DAYS days ago."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the questions that would be anonymised and change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.INQUIRY_RETENTION_DAYS
        due = list(due_for_anonymisation().order_by("closed_at", "pk"))
        for question in due:
            if dry_run:
                self.stdout.write(f"  would anonymise {question.reference}")
            else:
                anonymise(question, data={"retention_days": days})
        verb = "would anonymise" if dry_run else "anonymised"
        self.stdout.write(f"{len(due)} questions {verb}.")
