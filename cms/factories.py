"""Builders for real sample files, documents and users: the app-free factories.

The files are made here, byte by byte, rather than shipped as binaries: a PDF with
a text layer, a DOCX and an ODT, each with the words given, so that tests can prove
that extraction and search find them. Tests and demo data reuse them.
"""

import io
import zipfile
from xml.sax.saxutils import escape

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.models import Site

from cms.governance import ROLES, lead_partner_group, setup_governance


def pdf_bytes(text):
    """A one-page PDF whose text layer says ``text`` (Helvetica, ASCII)."""
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 72 720 Td ({safe}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


def docx_bytes(*paragraphs):
    body = "".join(
        f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>',
        )
    return out.getvalue()


def odt_bytes(*paragraphs, mimetype="application/vnd.oasis.opendocument.text"):
    body = "".join(f"<text:p>{escape(text)}</text:p>" for text in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
            'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
            f'text:1.0"><office:body><office:text>{body}</office:text></office:body>'
            "</office:document-content>",
            compress_type=zipfile.ZIP_DEFLATED,
        )
    return out.getvalue()


def make_document(title, filename, data, collection, **fields):
    """A document saved as an upload would be (its text read on save)."""
    from wagtail.documents import get_document_model

    document = get_document_model()(
        title=title,
        collection=collection,
        file=ContentFile(data, name=filename),
        **fields,
    )
    document._set_document_file_metadata()
    document.save()
    return document


def make_image(title, collection):
    """An 8x8 PNG image saved in ``collection``."""
    from wagtail.images import get_image_model

    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "#336699").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title,
        collection=collection,
        file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{title}.png"),
    )


def english_home():
    """The root page of the default site (whatever its page type)."""
    return Site.objects.get(is_default_site=True).root_page.specific


# People ----------------------------------------------------------------------------


def make_user(username, groups=(), **fields):
    User = get_user_model()
    fields.setdefault("email", f"{username}@compete-in.example")
    user = User.objects.create_user(username=username, password="pw", **fields)
    if groups:
        user.groups.add(*groups)
    return user


def make_region_users(governance, slug):
    return {
        role: make_user(f"{slug}-{role}-t", [group])
        for role, group in zip(ROLES, governance.regional_groups, strict=True)
    }


def make_lead_partner_user(username="lead-partner-t"):
    setup_governance()
    return make_user(username, [lead_partner_group()])


# Helpers for the converted governance and case tests (tests-a) ---


def published_translation(page, language, slug=None):
    """``page`` in ``language`` (its parents translated as needed), published; the
    existing translation if there is one. ``slug`` names a new copy."""
    from wagtail.models import Locale

    locale = Locale.objects.get_or_create(language_code=language)[0]
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    copy = page.copy_for_translation(locale, copy_parents=True).specific
    if slug:
        copy.slug = slug
        copy.save()
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


# Helpers for the converted content and listing tests (tests-b) ---


def translate_everywhere(instance, *texts):
    """Translate ``instance`` (a page or a snippet) into every other locale with
    wagtail-localize, as the demo loader does, and return it.

    ``texts`` are side-by-side texts (``{"en": "Population", "it":
    "Popolazione"}``, or lists and dicts of them): each gives the translation of
    one of the instance's strings; strings with none keep their English text.
    """
    from cms.demo import strings, translate

    translate(instance, strings(*texts))
    return instance
