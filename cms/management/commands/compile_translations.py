from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Compile every project app's .po catalogue to .mo with polib, so that a fresh "
        "machine needs no GNU gettext. Only stale catalogues are rebuilt."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Rebuild every file.")

    def handle(self, *args, force=False, verbosity=1, **options):
        base = Path(settings.BASE_DIR).resolve()
        folders = [Path(p) for p in settings.LOCALE_PATHS]
        for app_config in apps.get_app_configs():
            path = Path(app_config.path).resolve()
            if path.is_relative_to(base) and ".venv" not in path.parts:
                folders.append(path / "locale")
        compiled = 0
        for folder in folders:
            for po_path in sorted(folder.glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if (
                    not force
                    and mo_path.exists()
                    and mo_path.stat().st_mtime >= po_path.stat().st_mtime
                ):
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
                if verbosity > 1:
                    self.stdout.write(f"compiled {po_path.relative_to(base)}")
        if verbosity > 0:
            self.stdout.write(f"Translations: {compiled} catalogue(s) compiled.")
