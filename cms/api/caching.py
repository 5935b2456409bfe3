"""ETag and conditional GET (304) for the API and the exports.

API responses are small and rendered in full, so their ETag is a hash of the body
(always right, whatever changed). Exports stream, so their ETag is computed before
the first byte from what the rows depend on (``Dataset.version``).

No Last-Modified: the latest publication among the rows does not move when a page
is unpublished, made private, moved or deleted, nor when a translation or a
monitoring report changes, so a client asking only If-Modified-Since would get a
stale 304. Without the header Django ignores If-Modified-Since, and such a client
gets the full answer; If-None-Match with the ETag is the way to revalidate.
"""

import hashlib

from django.utils.cache import get_conditional_response


def etag_for_bytes(content):
    return f'"{hashlib.sha256(content).hexdigest()[:32]}"'


def etag_for_parts(*parts):
    raw = "|".join(str(part) for part in parts).encode()
    return f'"{hashlib.sha256(raw).hexdigest()[:32]}"'


def apply_validators(response, etag):
    response["ETag"] = etag
    # Shared caches may keep it, but must ask again before reusing it.
    response["Cache-Control"] = "public, max-age=0, must-revalidate"
    return response


def not_modified(request, etag):
    """A 304 (or 412) response when the client's copy is current, else None."""
    if request.method not in ("GET", "HEAD"):
        return None
    response = get_conditional_response(request, etag=etag, response=None)
    if response is not None:
        apply_validators(response, etag)
    return response
