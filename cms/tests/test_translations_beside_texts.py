"""Texts kept with their translations beside them (``cms.languages``): a document's
title in other languages, edited in the document form, one box per language."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Collection

from cms.factories import make_document, pdf_bytes
from cms.languages import TextsByLanguageFormField, language_code, text_in
from cms.models import CompeteDocument


@pytest.mark.parametrize(
    ("value", "expected"),
    [("pl-PL", "pl"), ("IT", "it"), ("sv", "sv"), ("", "en"), (None, "en")],
)
def test_language_codes_are_bare_and_lower_case(value, expected):
    assert language_code(value) == expected


def test_a_text_shows_its_translation_or_else_itself():
    translations = {"it": "Verbale"}
    assert text_in("Minutes", translations, "it") == "Verbale"
    assert text_in("Minutes", translations, "it-IT") == "Verbale"
    assert text_in("Minutes", translations, "pl") == "Minutes"
    assert text_in("Minutes", None, "it") == "Minutes"


def test_the_form_field_keeps_the_languages_filled_in():
    field = CompeteDocument._meta.get_field("titles").formfield()
    assert isinstance(field, TextsByLanguageFormField)
    # Every language, English included: a document may be written in any of them.
    assert [code for code, _name in field.languages] == ["en", "it", "es", "sv", "pl"]
    assert field.clean(["", " Verbale ", "", "", "Protokół"]) == {
        "it": "Verbale",
        "pl": "Protokół",
    }
    assert field.clean(["", "", "", "", ""]) == {}
    with pytest.raises(ValidationError):
        field.clean(["", "x" * 256, "", "", ""])


def test_each_box_is_labelled_and_says_its_language():
    field = CompeteDocument._meta.get_field("titles").formfield()
    html = field.widget.render("titles", {"it": "Verbale"}, {"id": "id_titles"})
    assert '<label class="w-field__label" for="id_titles_1">Italian</label>' in html
    assert 'lang="it"' in html and 'value="Verbale"' in html
    assert html.count("<label") == 5


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["Verbale"], "Give the translations as texts by language code."),
        ({"it": 3}, "Give the translations as texts by language code."),
        ({"fr": "Procès-verbal"}, "fr: not a language of this site"),
        ({"it": "x" * 256}, "The it translation is longer than 255 characters."),
    ],
)
def test_stored_translations_are_checked(value, message):
    document = CompeteDocument(title="Minutes", titles=value)
    with pytest.raises(ValidationError) as error:
        document.clean_fields(exclude=["file", "collection"])
    assert message in str(error.value)


@pytest.mark.django_db
def test_an_editor_gives_a_documents_title_in_other_languages(admin_client):
    document = make_document(
        "Minutes of the meeting",
        "minutes.pdf",
        pdf_bytes("Minutes"),
        Collection.get_first_root_node(),
    )
    url = reverse("wagtaildocs:edit", args=[document.pk])
    form = admin_client.get(url).content.decode()
    assert 'name="titles_1"' in form and 'lang="pl"' in form
    response = admin_client.post(
        url,
        {
            "title": "Minutes of the meeting",
            "collection": document.collection_id,
            "document_type": document.document_type,
            "language": "en",
            "titles_0": "",
            "titles_1": "Verbale della riunione",
            "titles_2": "",
            "titles_3": "",
            "titles_4": "Protokół ze spotkania",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    document.refresh_from_db()
    assert document.titles == {
        "it": "Verbale della riunione",
        "pl": "Protokół ze spotkania",
    }
    assert document.title_in("it") == "Verbale della riunione"
