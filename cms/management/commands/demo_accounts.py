from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from cms.governance import ROLES
from cms.management.commands.load_demo import demo_password


class Command(BaseCommand):
    help = "List the demo accounts (one per role and region, plus lead-partner)."

    def handle(self, *args, **options):
        User = get_user_model()
        suffixes = tuple(f"-{role}" for role in ROLES)
        users = [
            user
            for user in User.objects.filter(is_active=True)
            .prefetch_related("groups")
            .order_by("username")
            if user.username == "lead-partner" or user.username.endswith(suffixes)
        ]
        password = demo_password() if settings.DEBUG else None
        self.stdout.write(
            "  Demo accounts"
            + (
                f" (password: {password})"
                if password
                else " (password: $DEMO_PASSWORD)"
            )
            + ":"
        )
        for user in users:
            groups = ", ".join(group.name for group in user.groups.all())
            self.stdout.write(f"    {user.username:<36} {groups}")
