from django.core.cache import cache
from django.test import RequestFactory, override_settings

from cms import ratelimit


def test_rate_limit_counts_per_address_and_scope():
    cache.clear()
    factory = RequestFactory()
    first = factory.post("/", REMOTE_ADDR="10.0.0.1")
    other = factory.post("/", REMOTE_ADDR="10.0.0.2")
    assert [ratelimit.hit(first, "form", 3, 60) for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]
    assert ratelimit.is_limited(first, "form", 3)
    assert ratelimit.hit(other, "form", 3, 60)
    assert ratelimit.hit(first, "login", 3, 60)
    ratelimit.reset(first, "form")
    assert not ratelimit.is_limited(first, "form", 3)


def test_without_configuration_forwarded_for_is_ignored():
    request = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="203.0.113.9", REMOTE_ADDR="192.0.2.1"
    )
    assert ratelimit.client_address(request) == "192.0.2.1"


@override_settings(RATELIMIT_TRUSTED_PROXIES=1)
def test_forwarded_address_is_used_behind_the_proxy():
    # One trusted proxy appends the address it saw: that one counts.
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert ratelimit.client_address(request) == "203.0.113.9"


@override_settings(RATELIMIT_TRUSTED_PROXIES=1)
def test_invented_forwarded_addresses_do_not_dodge_the_limit():
    # A client sends its own X-Forwarded-For; our proxy appends the real address.
    cache.clear()
    factory = RequestFactory()
    attempts = [
        factory.post("/", HTTP_X_FORWARDED_FOR=f"10.9.9.{n}, 198.51.100.7")
        for n in range(4)
    ]
    assert {ratelimit.client_address(r) for r in attempts} == {"198.51.100.7"}
    assert [ratelimit.hit(r, "form", 3, 60) for r in attempts] == [
        True,
        True,
        True,
        False,
    ]


@override_settings(RATELIMIT_TRUSTED_PROXIES=2)
def test_two_trusted_proxies_use_the_second_entry_from_the_right():
    request = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9, 10.0.0.1"
    )
    assert ratelimit.client_address(request) == "203.0.113.9"


@override_settings(RATELIMIT_TRUSTED_PROXIES=0)
def test_without_a_trusted_proxy_only_the_socket_address_counts():
    request = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="203.0.113.9", REMOTE_ADDR="192.0.2.1"
    )
    assert ratelimit.client_address(request) == "192.0.2.1"
