"""Hostile office files: uploaded through the admin, each is stored, never a 500;
what cannot be read safely is refused by the extractor with a warning to the
uploader. The files are built by the test (cms/tests/hostile_files.py)."""

import io

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader, PdfWriter
from wagtail.documents import get_document_model

from cms.documents import extraction
from cms.documents.extraction import ExtractionError, extract_text
from cms.factories import pdf_bytes
from cms.tests import hostile_files

Document = get_document_model()


def upload(client, governed, name, data):  # noqa: F811
    client.force_login(governed.north.users.editor)
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, data),
            "collection": str(governed.north.governance.collection.pk),
            "document_type": "report",
            "language": "en",
            "description": "",
            "tags": "",
        },
    )


def warnings_of(response):
    return [
        str(message)
        for message in get_messages(response.wsgi_request)
        if "could not be read" in str(message) and message.level_tag == "warning"
    ]


# File, text it must yield (None: refused, so stored with a warning).
CASES = [
    ("run-bomb.odt", hostile_files.odt_run_bomb, "a b"),
    ("run-abc.odt", hostile_files.odt_bad_run, "left right"),
    ("nested.odt", hostile_files.odt_nested_spans, "deep"),
    ("elements.docx", hostile_files.docx_xml_bomb, None),
    ("whitespace.docx", lambda: hostile_files.docx_xml_bomb(filler="whitespace"), None),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "build", "text"), CASES)
def test_hostile_upload_is_stored_without_a_500(client, governed, name, build, text):  # noqa: F811
    data = build()
    response = upload(client, governed, name, data)
    assert response.status_code == 302
    document = Document.objects.get(title=name)
    assert document.file.size == len(data)
    if text is None:
        assert document.extracted_text == ""
        assert len(warnings_of(response)) == 1
    else:
        assert document.extracted_text == text
        assert warnings_of(response) == []


def test_the_run_bomb_is_a_few_hundred_bytes():
    assert len(hostile_files.odt_run_bomb()) < 600
    assert b'text:c="400000000"' in _member(hostile_files.odt_run_bomb())


def _member(data, name="content.xml"):
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def test_the_docx_holds_200_mb_of_xml():
    import zipfile

    with zipfile.ZipFile(io.BytesIO(hostile_files.docx_xml_bomb())) as archive:
        assert archive.getinfo("word/document.xml").file_size > 200 * 1024 * 1024


def test_text_is_cut_at_the_cap_without_reading_the_rest():
    text = extract_text(hostile_files.docx_xml_bomb(filler="text"), "docx")
    assert text.startswith("First words")
    assert len(text) <= extraction.MAX_TEXT_LENGTH


def test_an_archive_of_too_many_members_is_refused():
    with pytest.raises(ExtractionError, match="too many members"):
        extract_text(hostile_files.zip_of_many_members(), "docx")


def test_a_time_budget_stops_the_reading():
    with pytest.raises(ExtractionError, match="too long"):
        extract_text(hostile_files.docx_xml_bomb(20), "docx", time_budget=0)


@pytest.mark.parametrize(
    "xml",
    [
        '<!DOCTYPE x [<!ENTITY a "aaaa">]><text:p>&a;</text:p>',
        "<text:p>unclosed",
    ],
)
def test_declarations_and_broken_xml_are_refused(xml):
    with pytest.raises(ExtractionError):
        extract_text(hostile_files.odt_with_body(xml), "odt")


def test_pdf_pages_beyond_the_cap_are_not_read(monkeypatch):
    writer = PdfWriter()
    for word in ("alpha", "beta", "gamma"):
        writer.add_page(PdfReader(io.BytesIO(pdf_bytes(word))).pages[0])
    out = io.BytesIO()
    writer.write(out)
    monkeypatch.setattr(extraction, "MAX_PDF_PAGES", 2)
    text = extract_text(out.getvalue(), "pdf")
    assert "alpha" in text and "beta" in text and "gamma" not in text


def test_any_library_error_becomes_an_extraction_error(monkeypatch):
    def explode(data, budget):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(extraction.EXTRACTORS, "pdf", explode)
    with pytest.raises(ExtractionError):
        extract_text(b"%PDF-1.4", "pdf")
