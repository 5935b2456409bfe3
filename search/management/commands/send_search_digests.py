"""Send each subscriber of a saved search what it finds that is new.

Run daily (docs/deployment.md, "Scheduled jobs"): one e-mail per subscription
with new results, nothing when nothing is new.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from search.digests import send_digest
from search.models import SavedSearchSubscription


class Command(BaseCommand):
    help = (
        "E-mail every subscriber of a saved search the results published since "
        "their last digest, as they may see them, in the search's language."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say what would be sent, send nothing and change nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        subscriptions = SavedSearchSubscription.objects.select_related(
            "saved_search", "subscriber"
        ).order_by("pk")
        sent = 0
        for subscription in subscriptions:
            found = send_digest(subscription, now=now, dry_run=dry_run)
            if found:
                sent += 1
                verb = "would send" if dry_run else "sent"
                self.stdout.write(
                    f"  {verb} {found} new results of “{subscription.saved_search}” "
                    f"to {subscription.subscriber.get_username()}"
                )
        verb = "would be sent" if dry_run else "sent"
        self.stdout.write(f"{sent} digests {verb}.")
