"""Brute-force protection of the admin sign-in (django-axes): HTTP 429 after too
many failures per address or per account, stored in the database so that every
worker and host shares the count."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

LOGIN = "/admin/login/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "ratelimit-editor", password="right-password", is_staff=True, is_superuser=True
    )


def attempt(
    client, password, address="198.51.100.20", username="ratelimit-editor", **headers
):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        headers=headers,
    )


def test_failures_are_allowed_up_to_the_limit_then_refused(client, editor, settings):
    settings.LOGIN_RATELIMIT_ATTEMPTS = 3
    for _ in range(3):
        response = attempt(client, "wrong")
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session
    refused = attempt(client, "wrong")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) == settings.LOGIN_RATELIMIT_WINDOW
    html = refused.content.decode()
    assert "<h1>Too many sign-in attempts</h1>" in html
    assert "Please try again in 15 minutes." in html
    assert f'<a href="{LOGIN}">' in html
    # Even the right password is refused while the address is locked out.
    assert attempt(client, "right-password").status_code == 429
    assert "_auth_user_id" not in client.session
    # The form itself still shows.
    assert client.get(LOGIN).status_code == 200


def test_other_addresses_and_accounts_are_not_locked_out(client, editor, settings):
    get_user_model().objects.create_user(
        "other-editor", password="other-password", is_staff=True, is_superuser=True
    )
    settings.LOGIN_RATELIMIT_ATTEMPTS = 2
    for _ in range(3):
        attempt(client, "wrong")
    assert attempt(client, "wrong").status_code == 429
    response = attempt(
        client, "other-password", address="203.0.113.50", username="other-editor"
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] != str(editor.pk)


def test_rotating_addresses_does_not_help_against_one_account(client, editor, settings):
    settings.LOGIN_RATELIMIT_ATTEMPTS = 3
    statuses = [
        attempt(client, "wrong", address=f"192.0.2.{n}").status_code for n in range(5)
    ]
    assert statuses == [200, 200, 200, 429, 429]
    # The account stays locked from a fresh address, even with its password.
    assert attempt(client, "right-password", address="203.0.113.77").status_code == 429
    assert "_auth_user_id" not in client.session


def test_rotating_x_forwarded_for_does_not_help_without_a_proxy(
    client, editor, settings
):
    # No trusted proxy (the default): the header is ignored, REMOTE_ADDR counts.
    get_user_model().objects.create_user("someone-else", password="x")
    settings.LOGIN_RATELIMIT_ATTEMPTS = 2
    statuses = [
        attempt(
            client, "wrong", username=f"guess{n}", x_forwarded_for=f"10.0.0.{n}"
        ).status_code
        for n in range(4)
    ]
    assert statuses == [200, 200, 429, 429]


def test_inventing_forwarded_addresses_does_not_help(client, editor, settings):
    # Behind one trusted proxy: the client makes up the first entry, our proxy
    # appends the real address, which is the one that counts.
    settings.RATELIMIT_TRUSTED_PROXIES = 1
    settings.LOGIN_RATELIMIT_ATTEMPTS = 2
    statuses = [
        attempt(
            client,
            "wrong",
            username=f"guess{n}",
            x_forwarded_for=f"10.0.0.{n}, 198.51.100.20",
        ).status_code
        for n in range(4)
    ]
    assert statuses == [200, 200, 429, 429]


def test_failures_are_stored_in_the_database(client, editor, settings):
    from axes.models import AccessAttempt

    settings.LOGIN_RATELIMIT_ATTEMPTS = 3
    attempt(client, "wrong")
    attempt(client, "wrong")
    stored = AccessAttempt.objects.get(username="ratelimit-editor")
    assert (stored.ip_address, stored.failures_since_start) == ("198.51.100.20", 2)


def test_success_clears_the_count(client, editor, settings):
    settings.LOGIN_RATELIMIT_ATTEMPTS = 3
    attempt(client, "wrong")
    attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 302
    client.logout()
    for _ in range(3):
        assert attempt(client, "wrong").status_code == 200
    assert attempt(client, "wrong").status_code == 429


def test_message_is_translated(client, editor, settings):
    settings.LOGIN_RATELIMIT_ATTEMPTS = 1
    attempt(client, "wrong")
    refused = attempt(client, "wrong", accept_language="it")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert '<html lang="it"' in html
    assert "Troppi tentativi di accesso" in html
    assert "Too many sign-in attempts" not in html


def test_django_admin_login_is_protected_too(client, editor, settings):
    settings.LOGIN_RATELIMIT_ATTEMPTS = 2
    url = "/django-admin/login/"
    data = {"username": "ratelimit-editor", "password": "wrong"}
    assert [client.post(url, data).status_code for _ in range(3)] == [200, 200, 429]
