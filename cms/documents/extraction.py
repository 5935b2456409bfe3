"""Read the text of an uploaded document, so that search finds words inside it.

PDF through pypdf; DOCX and ODT are zip files of XML, read with the standard
library. A file that cannot be read raises ``ExtractionError``: the upload is kept
and the editor is told that its text could not be read.
"""

import io
import logging
import re
import zipfile
from xml.etree import ElementTree

logger = logging.getLogger(__name__)

# Enough for any real report; a bigger text is cut rather than bloating the index.
MAX_TEXT_LENGTH = 500_000

WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ODF_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


class ExtractionError(Exception):
    """The file's text could not be read."""


def _normalise(text):
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text)
    return text.strip()[:MAX_TEXT_LENGTH]


def extract_pdf(data):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        return "\n\n".join((page.extract_text() or "") for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise ExtractionError(str(error)) from error
    except Exception as error:  # pypdf raises many kinds on a broken file
        logger.warning("PDF text extraction failed: %s", error)
        raise ExtractionError(str(error)) from error


def _xml_from_zip(data, member):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return ElementTree.fromstring(archive.read(member))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as error:
        raise ExtractionError(str(error)) from error


def extract_docx(data):
    root = _xml_from_zip(data, "word/document.xml")
    paragraphs = []
    for paragraph in root.iter(f"{WORD_NS}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{WORD_NS}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{WORD_NS}tab":
                parts.append("\t")
            elif node.tag in (f"{WORD_NS}br", f"{WORD_NS}cr"):
                parts.append("\n")
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)


def _odf_text(node):
    parts = [node.text or ""]
    for child in node:
        if child.tag == f"{ODF_TEXT_NS}s":
            parts.append(" " * int(child.get(f"{ODF_TEXT_NS}c", "1")))
        elif child.tag == f"{ODF_TEXT_NS}tab":
            parts.append("\t")
        elif child.tag == f"{ODF_TEXT_NS}line-break":
            parts.append("\n")
        else:
            parts.append(_odf_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def extract_odt(data):
    root = _xml_from_zip(data, "content.xml")
    blocks = [
        _odf_text(node)
        for node in root.iter()
        if node.tag in (f"{ODF_TEXT_NS}p", f"{ODF_TEXT_NS}h")
    ]
    return "\n".join(blocks)


def extract_plain(data):
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExtractionError("not a text file")


EXTRACTORS = {
    "pdf": extract_pdf,
    "docx": extract_docx,
    "odt": extract_odt,
    "txt": extract_plain,
    "csv": extract_plain,
}


def can_extract(extension):
    return extension.lower() in EXTRACTORS


def extract_text(data, extension):
    """The text of ``data`` (bytes of a file with ``extension``), normalised.

    Returns "" for formats we do not read; raises ExtractionError when a readable
    format yields nothing or is broken.
    """
    extractor = EXTRACTORS.get(extension.lower())
    if extractor is None:
        return ""
    text = _normalise(extractor(data))
    if not text:
        # A scanned PDF without a text layer: nothing for search to find.
        raise ExtractionError("no text found")
    return text
