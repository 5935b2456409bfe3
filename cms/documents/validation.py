"""Upload checks for documents: extension, size, and content that matches both.

Each refusal has its own message, so an editor knows what to change. The checks
read the first bytes (and, for office files, the zip directory) rather than
trusting the browser's content type, which is whatever the client says.
"""

import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .extraction import ExtractionError, open_zip

ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}


def allowed_extensions():
    return [ext.lower() for ext in settings.WAGTAILDOCS_EXTENSIONS]


def extension_of(name):
    return os.path.splitext(name or "")[1].lstrip(".").lower()


def check_extension(name):
    extension = extension_of(name)
    allowed = allowed_extensions()
    if extension not in allowed:
        raise ValidationError(
            _(
                "Files of type “%(extension)s” are not accepted. Upload one of: "
                "%(allowed)s."
            )
            % {
                "extension": extension or _("(no extension)"),
                "allowed": ", ".join(allowed),
            },
            code="extension",
        )
    return extension


def check_size(size):
    limit = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    if limit is not None and size > limit:
        raise ValidationError(
            _("This file is %(size)s; the limit is %(limit)s. Upload a smaller file.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="size",
        )
    if size == 0:
        raise ValidationError(_("This file is empty."), code="empty")


def _zip_names(data):
    try:
        with open_zip(data) as archive:
            return archive, archive.namelist()
    except ExtractionError:
        return None, None


def content_matches(data, extension):
    """True if the bytes are what the extension says they are."""
    if extension == "pdf":
        return data[:1024].lstrip().startswith(b"%PDF-")
    if extension in OOXML_PARTS:
        if not data.startswith(b"PK\x03\x04"):
            return False
        _archive, names = _zip_names(data)
        return bool(names) and (
            "[Content_Types].xml" in names
            and any(name.startswith(OOXML_PARTS[extension]) for name in names)
        )
    if extension in ODF_MIMETYPES:
        # ODF puts an uncompressed "mimetype" member first, so the type is readable
        # at a fixed place; read it through zipfile to be safe.
        if not data.startswith(b"PK\x03\x04"):
            return False
        try:
            with open_zip(data) as archive, archive.open("mimetype") as member:
                # Read only what a mimetype can be: the header's size may lie.
                mimetype = member.read(256)
            return mimetype.strip() == ODF_MIMETYPES[extension]
        except (ExtractionError, zipfile.BadZipFile, KeyError, OSError, ValueError):
            return False
    if extension == "zip":
        return data.startswith((b"PK\x03\x04", b"PK\x05\x06"))
    if extension in ("txt", "csv"):
        # Text: no NUL bytes and decodable; binaries renamed to .txt fail here.
        sample = data[:65536]
        if b"\x00" in sample:
            return False
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut at the sample's end is still text.
            if error.start < len(sample) - 4:
                try:
                    sample.decode("cp1252")
                except UnicodeDecodeError:
                    return False
        return True
    return False


def check_content(data, extension):
    if not content_matches(data, extension):
        raise ValidationError(
            _(
                "The content of this file is not a valid %(extension)s file: it may "
                "be damaged, or have the wrong extension."
            )
            % {"extension": extension.upper()},
            code="content",
        )


def read_upload(uploaded):
    """All the bytes of an uploaded file, leaving it rewound for saving."""
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    return data


def validate_upload(uploaded):
    """Run every check on an uploaded file; returns (extension, bytes)."""
    extension = check_extension(uploaded.name)
    check_size(uploaded.size)
    data = read_upload(uploaded)
    check_content(data, extension)
    return extension, data
