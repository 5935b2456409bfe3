"""A small cache-based rate limit shared by public forms and the admin login.

Counts attempts per (scope, client address) in fixed windows in the default cache
(local memory in development, Redis in production, so every gunicorn worker and
host shares the count there).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's address, as seen by the nearest proxy we trust.

    Every proxy appends the address it received the request from to
    X-Forwarded-For, and a client can put anything it likes in front of that. So
    with ``RATELIMIT_TRUSTED_PROXIES = n`` proxies in front of the application, the
    client is the n-th entry from the right; leading entries are ignored, or anyone
    could dodge a limit by inventing a new address for each attempt. With no
    trusted proxy (0) only REMOTE_ADDR counts.
    """
    proxies = getattr(settings, "RATELIMIT_TRUSTED_PROXIES", 1)
    forwarded = [
        hop.strip()
        for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if hop.strip()
    ]
    if proxies > 0 and forwarded:
        return forwarded[-min(proxies, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")


def _key(scope, address):
    digest = hashlib.sha256(f"{scope}:{address}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def hit(request, scope, limit, window_seconds):
    """Record one attempt; return True while the client is within ``limit``."""
    key = _key(scope, client_address(request))
    if cache.add(key, 1, timeout=window_seconds):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=window_seconds)
            count = 1
    return count <= limit


def is_limited(request, scope, limit):
    """True when the client has already used up ``limit`` attempts (no new hit)."""
    return (cache.get(_key(scope, client_address(request))) or 0) >= limit


def reset(request, scope):
    cache.delete(_key(scope, client_address(request)))
