"""The demo's practice library: its exports and its pages in every language.

These tests are about the demo content itself; the library's behaviour is tested on
a library built by factories in ``test_library.py``.
"""

import csv
import io
import re

import pytest

from cms.testing import streamed_body as body
from practices.models import PracticeIndexPage, PracticePage


@pytest.mark.django_db
def test_export_of_the_demo_library_has_one_row_per_visible_practice(client):
    for language in ["en", "pl"]:
        index = PracticeIndexPage.objects.get(locale__language_code=language)
        rows = list(
            csv.DictReader(
                io.StringIO(body(client.get(index.url + "export/csv/")).decode())
            )
        )
        visible = PracticePage.objects.live().public().child_of(index).count()
        assert len(rows) == visible >= 21
        assert {row["language"] for row in rows} == {language}
    assert re.search(
        r"Wspólnota Walencka",
        body(client.get(index.url + "export/json/")).decode(),
    )


@pytest.mark.django_db
def test_demo_library_links_downloads_with_the_filters(client):
    index = PracticeIndexPage.objects.get(locale__language_code="it")
    html = client.get(index.url, {"pillar": "governance"}).content.decode()
    assert f'href="{index.url}export/csv/?pillar=governance"' in html
    assert "Buone pratiche" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "it",
            ["Affina l", "Pilastro", "Politiche e governance", "Raccolte"],
        ),
        ("es", ["Afine la lista", "Pilar", "Políticas y gobernanza", "Colecciones"]),
        ("sv", ["Förfina listan", "Pelare", "Politik och styrning", "Samlingar"]),
        ("pl", ["Zawęź listę", "Filar", "Polityki i zarządzanie", "Kolekcje"]),
    ],
)
def test_library_speaks_the_page_language(client, language, words):
    index = PracticeIndexPage.objects.get(locale__language_code=language)
    html = client.get(index.url).content.decode()
    for word in words:
        assert word in html
    for collection in index.get_collections(client.get(index.url).wsgi_request):
        assert collection.locale_id == index.locale_id
        assert f'href="{collection.url}"' in html
