"""Read the text of an uploaded document, so that search finds words inside it.

PDF through pypdf; DOCX and ODT are zip files of XML, read with the standard
library. A file that cannot be read raises ``ExtractionError``: the upload is kept
and the editor is told that its text could not be read.

An upload is hostile until proven otherwise, so nothing a file says may make the
worker allocate, recurse or spin without bound:

- zip archives: at most ``MAX_ZIP_ENTRIES`` members (read from the archive's end
  record before Python builds its directory), one member decompressed as a stream
  and abandoned past ``MAX_XML_BYTES`` whatever its header declares;
- XML: parsed as a stream by expat (no tree, no recursion however deep the
  nesting), with no DTD or entity declarations, at most ``MAX_ELEMENTS`` elements;
  the text is gathered in document order and parsing stops once
  ``MAX_TEXT_LENGTH`` characters are collected;
- runs: ODF's ``<text:s text:c="N"/>`` adds at most ``MAX_RUN`` spaces (they are
  collapsed into one anyway), and a ``text:c`` that is not a number counts as 1;
- PDF: at most ``MAX_PDF_PAGES`` pages, pypdf's own decompression limits, and
  the characters cap;
- time: ``TIME_BUDGET`` seconds, checked between chunks and pages;
- anything else that goes wrong (a broken file, a library's bug, RecursionError,
  MemoryError) becomes an ``ExtractionError``, never a 500.
"""

import io
import logging
import re
import struct
import time
import zipfile
from xml.parsers import expat

logger = logging.getLogger(__name__)

# Enough for any real report; a bigger text is cut rather than bloating the index.
MAX_TEXT_LENGTH = 500_000
# One XML member of an office file, decompressed (a 1,000-page report is ~20 MB).
MAX_XML_BYTES = 32 * 1024 * 1024
MAX_ELEMENTS = 1_000_000
MAX_ZIP_ENTRIES = 10_000
MAX_RUN = 100
MAX_PDF_PAGES = 1_000
TIME_BUDGET = 10.0
CHUNK = 64 * 1024

WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODF_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


class ExtractionError(Exception):
    """The file's text could not be read."""


class _Enough(Exception):
    """Enough text was collected: stop parsing, keep what we have."""


class Budget:
    """A deadline, checked between chunks of work."""

    def __init__(self, seconds=None):
        self.deadline = time.monotonic() + (TIME_BUDGET if seconds is None else seconds)

    def check(self):
        if time.monotonic() > self.deadline:
            raise ExtractionError("reading the text took too long")


def _normalise(text):
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text)
    return text.strip()[:MAX_TEXT_LENGTH]


# PDF -----------------------------------------------------------------------------


def extract_pdf(data, budget=None):
    from pypdf import PdfReader

    budget = budget or Budget()
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    if len(reader.pages) > MAX_PDF_PAGES:
        logger.info(
            "PDF of %d pages: reading the first %d", len(reader.pages), MAX_PDF_PAGES
        )
    parts, length = [], 0
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES or length > MAX_TEXT_LENGTH:
            break
        budget.check()
        text = page.extract_text() or ""
        parts.append(text)
        length += len(text)
    return "\n\n".join(parts)


# Zip archives ----------------------------------------------------------------------


def zip_entry_count(data):
    """The number of members the archive's end record declares (None: not found).

    Read before ``zipfile`` builds one object per member, so an archive of a
    million empty members is refused without building them.
    """
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return None
    (total,) = struct.unpack("<H", data[end + 10 : end + 12])
    if total == 0xFFFF:  # zip64: more than 65,534 members
        return MAX_ZIP_ENTRIES + 1
    return total


def open_zip(data):
    """A ZipFile of ``data``, refusing archives with too many members."""
    count = zip_entry_count(data)
    if count is not None and count > MAX_ZIP_ENTRIES:
        raise ExtractionError(f"the archive has too many members ({count})")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise ExtractionError(str(error)) from error


def read_member_chunks(data, member, budget, limit=MAX_XML_BYTES):
    """The decompressed bytes of one member, chunk by chunk, up to ``limit``.

    The size in the member's header is whatever the file says, so the stream is
    counted as it is inflated and abandoned past the limit.
    """
    with open_zip(data) as archive:
        try:
            handle = archive.open(member)
        except KeyError as error:
            raise ExtractionError(f"no {member} in the archive") from error
        with handle:
            total = 0
            while chunk := handle.read(CHUNK):
                total += len(chunk)
                if total > limit:
                    raise ExtractionError(
                        f"{member} is larger than {limit // (1024 * 1024)} MB "
                        "once decompressed"
                    )
                budget.check()
                yield chunk


# XML -----------------------------------------------------------------------------


class TextCollector:
    """Expat handlers that gather a document's text, in order, without a tree."""

    def __init__(self):
        self.parts = []
        self.length = 0
        self.elements = 0

    def add(self, text):
        if not text:
            return
        self.parts.append(text)
        self.length += len(text)
        if self.length > MAX_TEXT_LENGTH:
            raise _Enough

    def count(self):
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise ExtractionError(f"more than {MAX_ELEMENTS} XML elements")

    def text(self):
        return "".join(self.parts)


class DocxCollector(TextCollector):
    def __init__(self):
        super().__init__()
        self.in_text = 0

    def start(self, name, attributes):
        self.count()
        if name == f"{WORD_NS} t":
            self.in_text += 1
        elif name == f"{WORD_NS} tab":
            self.add("\t")
        elif name in (f"{WORD_NS} br", f"{WORD_NS} cr"):
            self.add("\n")

    def end(self, name):
        if name == f"{WORD_NS} t":
            self.in_text = max(0, self.in_text - 1)
        elif name == f"{WORD_NS} p":
            self.add("\n")

    def data(self, text):
        if self.in_text:
            self.add(text)


def run_length(value):
    """ODF's ``text:c`` as a bounded count: ``"abc"`` or ``"-5"`` count as 1."""
    try:
        count = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(count, 1), MAX_RUN)


class OdtCollector(TextCollector):
    BLOCKS = (f"{ODF_TEXT_NS} p", f"{ODF_TEXT_NS} h")

    def __init__(self):
        super().__init__()
        self.in_block = 0

    def start(self, name, attributes):
        self.count()
        if name in self.BLOCKS:
            self.in_block += 1
        elif not self.in_block:
            return
        elif name == f"{ODF_TEXT_NS} s":
            self.add(" " * run_length(attributes.get(f"{ODF_TEXT_NS} c", "1")))
        elif name == f"{ODF_TEXT_NS} tab":
            self.add("\t")
        elif name == f"{ODF_TEXT_NS} line-break":
            self.add("\n")

    def end(self, name):
        if name in self.BLOCKS:
            self.in_block = max(0, self.in_block - 1)
            self.add("\n")

    def data(self, text):
        if self.in_block:
            self.add(text)


def _refuse_declarations(*args):
    raise ExtractionError("XML with a DTD or entity declarations is not read")


def parse_xml(chunks, collector):
    """Feed XML ``chunks`` to expat with ``collector``'s handlers; its text."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.data
    # No DTD, no entities (billion laughs, external entities): office files
    # never need them.
    parser.StartDoctypeDeclHandler = _refuse_declarations
    parser.EntityDeclHandler = _refuse_declarations
    parser.ExternalEntityRefHandler = _refuse_declarations
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Enough:
        pass
    except expat.ExpatError as error:
        raise ExtractionError(f"broken XML: {error}") from error
    return collector.text()


def extract_docx(data, budget=None):
    budget = budget or Budget()
    chunks = read_member_chunks(data, "word/document.xml", budget)
    return parse_xml(chunks, DocxCollector())


def extract_odt(data, budget=None):
    budget = budget or Budget()
    chunks = read_member_chunks(data, "content.xml", budget)
    return parse_xml(chunks, OdtCollector())


# Plain text ------------------------------------------------------------------------


def extract_plain(data, budget=None):
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


def extract_text(data, extension, time_budget=None):
    """The text of ``data`` (bytes of a file with ``extension``), normalised.

    Returns "" for formats we do not read; raises ExtractionError when a readable
    format yields nothing, is broken, or asks for more than the limits above.
    """
    extractor = EXTRACTORS.get(extension.lower())
    if extractor is None:
        return ""
    try:
        text = _normalise(extractor(data, Budget(time_budget)))
    except ExtractionError:
        raise
    except Exception as error:  # RecursionError and MemoryError included
        # pypdf and zipfile raise many kinds on a broken or hostile file.
        logger.warning("Text extraction of a .%s file failed: %r", extension, error)
        raise ExtractionError(str(error) or type(error).__name__) from error
    if not text:
        # A scanned PDF without a text layer: nothing for search to find.
        raise ExtractionError("no text found")
    return text
