"""Hostile office files, built in memory (shared by the tests and the benchmark).

Each reproduces one of the uploads that used to hurt the server (issue 15): they
are made here, from a few bytes of code, rather than stored in the repository.
"""

import io
import zipfile

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
ODT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
    'xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:'
    'text:1.0"><office:body><office:text>'
)
ODT_TAIL = "</office:text></office:body></office:document-content>"
DOCX_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
    'openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
DOCX_TAIL = "</w:body></w:document>"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
    'openxmlformats.org/package/2006/content-types"><Default Extension="xml" '
    'ContentType="application/xml"/></Types>'
)


def odt_with_body(body):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            ODT_HEAD + body + ODT_TAIL,
            compress_type=zipfile.ZIP_DEFLATED,
        )
    return out.getvalue()


def odt_run_bomb(count=400_000_000):
    """About 540 bytes: one space run that asks for ``count`` spaces."""
    return odt_with_body(f'<text:p>a<text:s text:c="{count}"/>b</text:p>')


def odt_bad_run():
    return odt_with_body('<text:p>left<text:s text:c="abc"/>right</text:p>')


def odt_nested_spans(depth=5000):
    return odt_with_body(
        "<text:p>"
        + "<text:span>" * depth
        + "deep"
        + "</text:span>" * depth
        + "</text:p>"
    )


FILLERS = {
    # Paragraphs of text: the text cap stops the reading.
    "text": "<w:p><w:r><w:t>" + "lorem ipsum " * 80 + "</w:t></w:r></w:p>",
    # Empty runs: millions of elements, no text.
    "elements": "<w:r/>" * 1000,
    # Whitespace between elements: only the decompressed-size cap stops it.
    "whitespace": " " * 8192,
}


def docx_xml_bomb(megabytes=200, filler="elements"):
    """A small DOCX whose word/document.xml inflates to ``megabytes`` MB.

    Written through a streaming zip member, one repeated block at a time, so
    building it costs compression time only, never the whole XML in memory.
    """
    unit = FILLERS[filler].encode()
    block = unit * (1024 * 1024 // len(unit))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(DOCX_HEAD.encode())
            member.write(b"<w:p><w:r><w:t>First words</w:t></w:r></w:p>")
            written = 0
            while written < megabytes * 1024 * 1024:
                member.write(block)
                written += len(block)
            member.write(DOCX_TAIL.encode())
    return out.getvalue()


def zip_of_many_members(count=70_000):
    """A DOCX-looking archive of ``count`` empty members."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", DOCX_HEAD + DOCX_TAIL)
        for number in range(count):
            archive.writestr(f"word/m{number}", b"")
    return out.getvalue()


HOSTILE = {
    "odt-run-400000000.odt": odt_run_bomb,
    "odt-run-abc.odt": odt_bad_run,
    "odt-5000-nested-spans.odt": odt_nested_spans,
    "docx-200mb-xml-elements.docx": docx_xml_bomb,
    "docx-200mb-xml-whitespace.docx": lambda: docx_xml_bomb(filler="whitespace"),
    "docx-200mb-xml-text.docx": lambda: docx_xml_bomb(filler="text"),
    "docx-70000-members.docx": zip_of_many_members,
}
