"""The admin and the sign-in page name the platform, not the software."""

import pytest


@pytest.mark.django_db
def test_sign_in_names_the_platform(client):
    html = client.get("/admin/login/").content.decode()
    assert "<h1>Sign in to COMPETE IN</h1>" in html
    assert "<title>Sign in - COMPETE IN</title>" in html
    assert "Wagtail</title>" not in html
    assert "Sign in to Wagtail" not in html


@pytest.mark.django_db
def test_admin_pages_end_their_title_with_the_platform(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert " - COMPETE IN</title>" in html


@pytest.mark.django_db
def test_sign_in_is_translated(client):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    assert "Zaloguj się do COMPETE IN" in html
