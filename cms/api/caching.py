"""ETag and Last-Modified for the API and the exports, with conditional GET (304).

API responses are small and rendered in full, so their ETag is a hash of the body
(always right, whatever changed). Exports stream, so their ETag is computed before
the first byte from what the rows depend on: how many there are, the latest
publication and the latest live revision (any republish changes it).
"""

import hashlib

from django.utils.cache import get_conditional_response
from django.utils.http import http_date


def etag_for_bytes(content):
    return f'"{hashlib.sha256(content).hexdigest()[:32]}"'


def etag_for_parts(*parts):
    raw = "|".join(str(part) for part in parts).encode()
    return f'"{hashlib.sha256(raw).hexdigest()[:32]}"'


def apply_validators(response, etag=None, last_modified=None):
    if etag:
        response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    # Shared caches may keep it, but must ask again before reusing it.
    response["Cache-Control"] = "public, max-age=0, must-revalidate"
    return response


def not_modified(request, etag=None, last_modified=None):
    """A 304 (or 412) response when the client's copy is current, else None."""
    if request.method not in ("GET", "HEAD"):
        return None
    timestamp = int(last_modified.timestamp()) if last_modified else None
    response = get_conditional_response(
        request, etag=etag, last_modified=timestamp, response=None
    )
    if response is not None:
        apply_validators(response, etag, last_modified)
    return response
