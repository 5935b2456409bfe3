"""Run by tests/test_traceability.py in a child process on a database of its own.

``ActionPractice`` (which practices inspired an action) moved from the regions
app to the practices app without touching its table. This stores links in the old
shape (regions/0005, practices/0003), migrates forward and prints, as JSON, what
the practices app's model reads of them. Run as
``DATABASE_URL=... python -m tests.scripts.action_practice_move``: the database
must be empty or disposable.
"""

import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.loader import MigrationLoader  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

OLD = [("regions", "0005_reports_and_evidence_protected")]


def main():
    call_command("migrate", verbosity=0)
    from practices.factories import PracticePageFactory
    from regions.factories import RegionPageFactory, make_plan

    Locale.objects.get_or_create(language_code="en")
    home = Page.objects.filter(depth=2).first()
    region = RegionPageFactory(parent=home, title="Silesia", slug="silesia")
    plan = make_plan(region, actions=2)
    actions = list(plan.actions.order_by("sort_order"))
    practices = [
        PracticePageFactory(parent=home, title=f"Practice {n}", slug=f"practice-{n}")
        for n in range(2)
    ]
    call_command("migrate", *OLD[0], verbosity=0)
    old = MigrationLoader(connection).project_state(OLD).apps
    Old = old.get_model("regions", "ActionPractice")
    stored = [
        Old.objects.create(action_id=action.pk, practice_id=practice.pk, sort_order=n)
        for n, (action, practice) in enumerate(zip(actions, practices, strict=True))
    ]
    call_command("migrate", verbosity=0)

    from practices.models import ActionPractice

    print(
        json.dumps(
            {
                "stored": [[r.pk, r.action_id, r.practice_id] for r in stored],
                "read": [
                    [r.pk, r.action_id, r.practice_id]
                    for r in ActionPractice.objects.order_by("pk")
                ],
                "related": sorted(
                    link.practice.title
                    for action in actions
                    for link in action.inspiring_practices.all()
                ),
            }
        )
    )


if __name__ == "__main__":
    main()
