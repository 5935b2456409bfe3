from django.core.management.base import BaseCommand

from cms.governance import LEAD_PARTNER, WORKFLOW_NAME, setup_governance


class Command(BaseCommand):
    help = (
        "Create the groups, collections, permissions and review workflow of every "
        "region and of the lead partner. Idempotent: a second run changes nothing."
    )

    def handle(self, *args, **options):
        governances = setup_governance()
        for governance in governances:
            self.stdout.write(
                f"{governance.region.title}: {governance.editors.name}, "
                f"{governance.coordinators.name}, {governance.stakeholders.name}; "
                f"collections {governance.collection.name} and "
                f"{governance.internal_collection.name}"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Governance ready: {len(governances)} regions, "
                f"group “{LEAD_PARTNER}”, workflow “{WORKFLOW_NAME}”."
            )
        )
