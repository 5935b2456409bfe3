"""A document's title in the language of the page that lists it."""

import pytest
from django.utils import translation
from wagtail.models import Collection

from cms.factories import make_document, pdf_bytes


@pytest.mark.django_db
def test_document_title_follows_the_page_language():
    document = make_document(
        "Minutes of the meeting",
        "minutes.pdf",
        pdf_bytes("Minutes"),
        Collection.get_first_root_node(),
        titles={"it": "Verbale della riunione", "pl": "Protokół ze spotkania"},
    )
    document.refresh_from_db()
    assert document.title_in("it") == "Verbale della riunione"
    assert document.title_in("pl-PL") == "Protokół ze spotkania"
    # A language without a title of its own, or none given: the title.
    assert document.title_in("sv") == "Minutes of the meeting"
    assert document.title_in("") == "Minutes of the meeting"
    with translation.override("it"):
        assert document.display_title == "Verbale della riunione"
    with translation.override("en"):
        assert document.display_title == "Minutes of the meeting"
