"""The demo's data files: every text a visitor reads is there in all five languages.

A text is written once with its languages side by side (cms/demo.py); a newcomer
who adds one and forgets a language is told which file and which text.
"""

import io
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command

from cms.demo import DATA_FOLDER, english, is_text, read, strings

LANGUAGES = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


def data_files():
    for app_config in apps.get_app_configs():
        folder = Path(app_config.path) / DATA_FOLDER
        for path in sorted(folder.glob("*.yaml")):
            yield app_config.label, path.stem


def texts(value):
    if is_text(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


def test_every_app_with_demo_content_has_data_files():
    labels = {label for label, _name in data_files()}
    assert {"home", "regions", "practices", "branding"} <= labels


@pytest.mark.parametrize(("app_label", "name"), list(data_files()))
def test_every_text_is_in_every_language(app_label, name):
    incomplete = [
        text["en"]
        for text in texts(read(app_label, name))
        if set(text) != LANGUAGES or not all(str(text[code]).strip() for code in text)
    ]
    assert not incomplete, f"{app_label}/{DATA_FOLDER}/{name}.yaml: {incomplete}"


def test_english_and_strings_split_a_text():
    record = {
        "title": {"en": "R&D", "it": "R&S", "es": "I+D", "sv": "FoU", "pl": "B+R"},
        "slug": "r-d",
        "items": [
            {"en": "Port", "it": "Porto", "es": "Puerto", "sv": "Hamn", "pl": "Port"}
        ],
    }
    assert english(record) == {"title": "R&D", "slug": "r-d", "items": ["Port"]}
    table = strings(record)
    assert table["it"] == {"R&amp;D": "R&amp;S", "Port": "Porto"}
    assert set(table) == LANGUAGES - {"en"}


@pytest.mark.django_db
def test_a_second_load_adds_nothing_and_says_each_step():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    output = out.getvalue()
    for step in (
        "Demo content: Home and shared pages",
        "Demo content: Territories",
        "Territories 7/7: Wielkopolska",
        "Practices 22/22:",
        "Governance and demo accounts",
    ):
        assert step in output
    assert "done in" in output
    assert "Demo content ready (nothing new)." in output
    assert "Search index" not in output
