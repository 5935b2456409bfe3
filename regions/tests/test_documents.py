"""Document uploads: each refusal with its message, text extraction, search."""

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model

from cms.factories import docx_bytes, odt_bytes, pdf_bytes

Document = get_document_model()


def upload(client, governed, name, data, **fields):  # noqa: F811
    client.force_login(governed.north.users.editor)
    data = {
        "title": fields.pop("title", name),
        "file": SimpleUploadedFile(name, data),
        "collection": str(governed.north.governance.collection.pk),
        "document_type": "report",
        "language": "en",
        "description": "",
        "tags": "",
        **fields,
    }
    return client.post(reverse("wagtaildocs:add"), data)


def file_errors(response):
    assert response.status_code == 200
    return " ".join(response.context["form"].errors.get("file", []))


REFUSALS = [
    ("setup.exe", b"MZ\x90\x00binary", "are not accepted"),
    ("noextension", b"%PDF-1.4 plain", "are not accepted"),
    ("report.pdf", b"Hello, I am not a PDF", "not a valid PDF file"),
    ("plan.docx", odt_bytes("An ODT in disguise"), "not a valid DOCX file"),
    ("minutes.odt", docx_bytes("A DOCX in disguise"), "not a valid ODT file"),
    (
        "sheet.odt",
        odt_bytes("x", mimetype="application/vnd.oasis.opendocument.spreadsheet"),
        "not a valid ODT file",
    ),
    ("notes.txt", b"\x00\x01\x02binary\x00", "not a valid TXT file"),
    ("empty.pdf", b"", "empty"),
]


@pytest.mark.parametrize(("name", "data", "message"), REFUSALS)
def test_each_refusal_has_its_message_and_stores_nothing(
    client,
    governed,  # noqa: F811
    name,
    data,
    message,
):
    before = Document.objects.count()
    response = upload(client, governed, name, data)
    assert message in file_errors(response)
    assert Document.objects.count() == before


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_too_big_is_refused(client, governed):  # noqa: F811
    before = Document.objects.count()
    response = upload(client, governed, "big.pdf", pdf_bytes("x" * 2000))
    assert "too big" in file_errors(response) or "limit" in file_errors(response)
    assert "1.0\xa0KB" in file_errors(response)
    assert Document.objects.count() == before


def test_multiple_uploader_refuses_too(client, governed):  # noqa: F811
    client.force_login(governed.north.users.editor)
    before = Document.objects.count()
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("fake.pdf", b"not a pdf"),
            "collection": str(governed.north.governance.collection.pk),
        },
    )
    payload = response.json()
    assert payload["success"] is False
    assert "not a valid PDF file" in payload["error_message"]
    assert Document.objects.count() == before


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("ceramics.pdf", pdf_bytes("Ceramic tile district of Sassuolo"), "Sassuolo"),
        ("mentoring.docx", docx_bytes("Export mentoring", "for craft SMEs"), "craft"),
        ("academy.odt", odt_bytes("Digital export academy in Gavle"), "Gavle"),
    ],
)
def test_text_is_extracted_and_found_by_search(client, governed, name, data, words):  # noqa: F811
    response = upload(client, governed, name, data, title=f"Upload {name}")
    assert response.status_code == 302
    document = Document.objects.get(title=f"Upload {name}")
    assert words in document.extracted_text
    assert document.uploaded_by_user == governed.north.users.editor
    # The region comes from the collection when the editor leaves it empty.
    assert document.region_id == governed.north.region.pk
    found = Document.objects.search(words)
    assert document.pk in {doc.pk for doc in found}
    # The title alone does not contain the word: search read the file.
    assert words.lower() not in document.title.lower()
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert not any("could not be read" in m for m in messages)


def test_unreadable_text_keeps_the_file_and_warns(client, governed):  # noqa: F811
    damaged = b"%PDF-1.4\n" + b"\x8f garbage that is not a PDF body " * 20
    response = upload(client, governed, "scan.pdf", damaged, title="Scanned minutes")
    assert response.status_code == 302
    document = Document.objects.get(title="Scanned minutes")
    assert document.extracted_text == ""
    assert document.file.size == len(damaged)
    messages = list(get_messages(response.wsgi_request))
    warning = [m for m in messages if "could not be read" in str(m)]
    assert warning and warning[0].level_tag == "warning"


def test_replacing_the_file_reads_the_new_text(client, governed):  # noqa: F811
    document = governed.north.public_doc
    client.force_login(governed.north.users.coordinator)
    response = client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": document.title,
            "file": SimpleUploadedFile(
                "v2.docx", docx_bytes("Updated tourism figures")
            ),
            "collection": str(governed.north.governance.collection.pk),
            "document_type": "factsheet",
            "tags": "",
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert "tourism" in document.extracted_text
    assert "public figures" not in document.extracted_text


def test_editor_cannot_file_a_document_under_another_region(client, governed):  # noqa: F811
    response = upload(
        client,
        governed,
        "x.pdf",
        pdf_bytes("hello"),
        region=str(governed.south.region.pk),
    )
    assert response.status_code == 200
    assert "region" in response.context["form"].errors


def test_a_file_stored_before_saving_is_read_too(governed):  # noqa: F811
    """Wagtail's multiple uploader stores the file first, then saves the row."""
    from django.core.files.base import ContentFile

    document = Document.objects.get(pk=governed.north.public_doc.pk)
    document.file.save("v3.odt", ContentFile(odt_bytes("Bioeconomy cluster")), False)
    document.save()
    document.refresh_from_db()
    assert document.extracted_text == "Bioeconomy cluster"
    assert document.pk in {d.pk for d in Document.objects.search("Bioeconomy")}


def test_multiple_uploader_warns_about_unreadable_text(client, governed):  # noqa: F811
    client.force_login(governed.north.users.editor)
    damaged = b"%PDF-1.4\n" + b"\x8f no text layer " * 20
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("scan2.pdf", damaged),
            "collection": str(governed.north.governance.collection.pk),
        },
    )
    payload = response.json()
    assert payload["success"] is True
    assert "could not be read" in payload["form"]
    document = Document.objects.get(pk=payload["doc_id"])
    assert document.extracted_text == ""

    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("good.docx", docx_bytes("Wine route")),
            "collection": str(governed.north.governance.collection.pk),
        },
    )
    payload = response.json()
    assert "could not be read" not in payload["form"]
    assert Document.objects.get(pk=payload["doc_id"]).extracted_text == "Wine route"
