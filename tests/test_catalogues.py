"""Every interface string is translated into the four other languages.

An entry left empty or marked fuzzy by ``make messages`` is English (or a wrong
guess) on a non-English page; a plural entry needs every form its language has.
"""

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ["branding", "cms", "home", "practices", "regions", "search"]
LANGUAGES = ["es", "it", "pl", "sv"]
CATALOGUES = sorted(ROOT.glob("*/locale/*/LC_MESSAGES/django.po"))


def test_every_app_has_a_catalogue_per_language():
    found = {(path.parts[-5], path.parts[-3]) for path in CATALOGUES}
    assert found == {(app, language) for app in APPS for language in LANGUAGES}


@pytest.mark.parametrize(
    "path", CATALOGUES, ids=[f"{p.parts[-5]}-{p.parts[-3]}" for p in CATALOGUES]
)
def test_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    forms = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"])[1])
    assert [
        entry.msgid
        for entry in catalogue
        if entry.msgid_plural and len(entry.msgstr_plural) != forms
    ] == []
