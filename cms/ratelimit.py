"""Abuse limits: admin sign-in through django-axes; the public inquiry form per
address in the shared cache.

Admin sign-in is throttled by django-axes, configured in cms/settings/security.py
(``AXES_*``): failures are stored in the database, shared by every worker and
host, and counted per address and per account, so neither rotating addresses
against one account nor accounts from one address helps. This module holds only
the hooks axes cannot be given by a plain setting; each says why below.

The public forms (the investor inquiry, the practice question) count attempts
per (scope, client address) in fixed windows in the default cache: Redis in
production (``REDIS_URL``), so every gunicorn worker and host shares the count;
without it a system check warns that the limits are per process (cms/checks.py).
django-axes does not fit: it throttles authentication only. django-ratelimit
would, but for three short functions it adds a dependency, and its windows
follow the clock instead of starting at the first attempt; its
``is_ratelimited(..., increment=False)`` with ``client_address`` as the key is
the drop-in if the form ever needs more (several rates, per-user keys).
"""

import hashlib
from datetime import timedelta

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.shortcuts import render


def client_address(request):
    """The visitor's address, as seen by the nearest proxy we trust.

    Axes hook (``AXES_CLIENT_IP_CALLABLE``), also used by the inquiry form's limit,
    so that both agree on who the client is. Axes alone reads REMOTE_ADDR only
    (behind a proxy every visitor would share the proxy's address); reading
    X-Forwarded-For needs django-ipware, one more dependency with its own way of
    counting proxies.

    Every proxy appends the address it received the request from to
    X-Forwarded-For, and a client can put anything it likes in front of that. So
    with ``RATELIMIT_TRUSTED_PROXIES = n`` proxies in front of the application, the
    client is the n-th entry from the right; leading entries are ignored, or anyone
    could dodge a limit by inventing a new address for each attempt. With no
    trusted proxy (0, the default) only REMOTE_ADDR counts and X-Forwarded-For is
    ignored: without a proxy that overwrites it, the header is the client's word.
    """
    proxies = getattr(settings, "RATELIMIT_TRUSTED_PROXIES", 0)
    forwarded = [
        hop.strip()
        for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if hop.strip()
    ]
    if proxies > 0 and forwarded:
        return forwarded[-min(proxies, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")


# The public forms (the investor inquiry, the practice question) share one
# budget per address: a robot moving from one form to the other gains nothing.
PUBLIC_FORM_SCOPE = "public-form"
PUBLIC_FORM_LIMIT = 5
PUBLIC_FORM_WINDOW = 60 * 60


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


# django-axes hooks (AXES_FAILURE_LIMIT, AXES_COOLOFF_TIME, AXES_LOCKOUT_CALLABLE;
# AXES_CLIENT_IP_CALLABLE is client_address above) ------------------------------
#
# The limit and the window are callables rather than numbers in AXES_FAILURE_LIMIT
# and AXES_COOLOFF_TIME because they read the project's documented settings when
# asked: a number computed in base.py would be frozen before a settings module
# built on it (the browser suite's server_settings.py) or a test changes
# LOGIN_RATELIMIT_ATTEMPTS / LOGIN_RATELIMIT_WINDOW.


def login_failure_limit(request, credentials):
    """Axes refuses when the failures reach its limit: ``LOGIN_RATELIMIT_ATTEMPTS``
    failures are allowed, the next attempt is refused."""
    return getattr(settings, "LOGIN_RATELIMIT_ATTEMPTS", 5) + 1


def login_window(request=None):
    return timedelta(seconds=getattr(settings, "LOGIN_RATELIMIT_WINDOW", 15 * 60))


def login_refused(request, original_response=None, credentials=None):
    """HTTP 429 with a translated page and ``Retry-After``.

    Axes' AXES_LOCKOUT_TEMPLATE renders a template with 429 but sends no
    Retry-After and gives the template no minutes or sign-in URL to show.
    """
    seconds = int(login_window().total_seconds())
    response = render(
        request,
        "cms/too_many_attempts.html",
        {"minutes": max(1, round(seconds / 60)), "login_url": request.path},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


class LoginThrottleBackend(AxesStandaloneBackend):
    """Axes' backend, except that a sign-in without a request is left alone.

    Axes has no setting for this.

    Every sign-in form (Wagtail's, Django admin's) passes its request to
    ``authenticate``; only code does not (Django's test client ``login()``, shell
    scripts), and there is no client address to throttle then. Axes' own backend
    raises instead, which breaks those callers.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(
            request, username=username, password=password, **kwargs
        )

    def get_user(self, user_id):
        # A session opened through this backend (force_login picks the first
        # backend) finds its user as Django's own backend does.
        return ModelBackend().get_user(user_id)
