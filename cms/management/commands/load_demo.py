import contextlib
import os
import secrets
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from cms.demo import DemoContext, search_index_deferred
from cms.discovery import app_modules
from cms.governance import ensure_demo_users

DEV_DEFAULT_PASSWORD = "compete-in-demo"
DUMMY_EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"


def demo_password():
    """DEMO_PASSWORD if set; in development a printed default; otherwise None.

    None means: a new account gets a random password that is never printed, and an
    existing account keeps the one it has.
    """
    password = os.environ.get("DEMO_PASSWORD")
    if password:
        return password
    if settings.DEBUG:
        return DEV_DEFAULT_PASSWORD
    return None


class Command(BaseCommand):
    help = (
        "Load the COMPETE IN demo content in all five languages. Idempotent: a second "
        "run adds and changes nothing."
    )

    @staticmethod
    def demo_modules(function_name):
        """Each app's ``demo`` module that has ``function_name``, in app order."""
        return app_modules("demo", function_name)

    def handle(self, *args, verbosity=1, **options):
        password = demo_password()
        started = time.monotonic()
        # The demo accounts' addresses are made up: nothing the demo does (assigning
        # cases, validating practices) sends e-mail.
        with (
            override_settings(EMAIL_BACKEND=DUMMY_EMAIL_BACKEND),
            transaction.atomic(),
            search_index_deferred(),
        ):
            admin = self.ensure_admin(password)
            demo = DemoContext(user=admin, stdout=self.stdout, verbosity=verbosity)
            for app_config, module in self.demo_modules("load"):
                with self.step(demo, f"Demo content: {app_config.verbose_name}"):
                    module.load(demo)
            # Last, once every app has added its regions: groups, workflow and
            # one demo account per role and region.
            with self.step(demo, "Governance and demo accounts"):
                accounts = ensure_demo_users(password)
            # Cases come last: they are assigned to the demo accounts and link to
            # pages of several apps (practices, action plans, showcases).
            for app_config, module in self.demo_modules("load_cases"):
                with self.step(demo, f"Demo cases: {app_config.verbose_name}"):
                    module.load_cases(demo)
            if any(demo.created.values()):
                with self.step(demo, "Search index"):
                    call_command("update_index", verbosity=0)
        demo.log(f"Done in {time.monotonic() - started:.0f} s.")
        summary = ", ".join(f"{n} {kind}" for kind, n in demo.created.items() if n)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({summary or 'nothing new'}).")
        )
        if settings.DEBUG and password:
            self.stdout.write(f"Admin login: admin / {password}")
            self.stdout.write(
                f"{len(accounts)} demo accounts, same password "
                "(list them: manage.py demo_accounts)."
            )

    @contextlib.contextmanager
    def step(self, demo, title):
        """Announce a step, then say how long it took."""
        demo.log(f"{title} …")
        started = time.monotonic()
        yield
        demo.log(f"  {title}: done in {time.monotonic() - started:.1f} s")

    def ensure_admin(self, password):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username="admin",
            defaults={
                "email": "admin@compete-in.example",
                "first_name": "Site",
                "last_name": "Administrator",
                "is_staff": True,
                "is_superuser": True,
            },
        )
        if password is None:
            if created:
                user.set_password(secrets.token_urlsafe(18))
                user.save()
        elif created or not user.check_password(password):
            user.set_password(password)
            user.save()
        return user
