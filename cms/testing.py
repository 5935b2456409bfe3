"""Helpers every test may use, from the floor up: response bodies and look-ups.

Response bodies (``body``, ``text``) read plain and streamed responses alike (the
open-data exports and document downloads stream). The look-ups of pages by slug
live beside their factories (``regions.factories.region``,
``practices.factories.practice``, ``branding.factories.showcase``);
``tests.helpers`` gathers them all for the cross-app tests.
"""

import re
from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from pypdf import PdfReader
from wagtail.models import Page

LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def body(response):
    """The bytes of a response, whether it streams or not."""
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def streamed_body(response):
    """The bytes of a response that must stream (exports are never built in memory)."""
    assert response.streaming, "expected a streamed response"
    return body(response)


def text(response, errors="strict"):
    """The body of a response decoded as UTF-8."""
    return body(response).decode("utf-8", errors)


def user(username):
    return get_user_model().objects.get(username=username)


def live_pages_in(language_code):
    """Every live page of the site in one language, most specific class."""
    return list(
        Page.objects.live()
        .filter(depth__gt=1, locale__language_code=language_code)
        .specific()
        .order_by("path")
    )


class MachineTranslatorDouble:
    """A stand-in for DeepL or LibreTranslate in tests: "Test North news" into
    Italian is "[it] Test North news". With ``{"FAIL": True}`` in its options it
    fails as a service that cannot be reached does."""

    display_name = "Test translator"

    def __init__(self, options):
        self.options = options

    def translate(self, source_locale, target_locale, strings):
        import requests
        from wagtail_localize.strings import StringValue

        if self.options.get("FAIL"):
            raise requests.ConnectionError("no route to the translation service")
        return {
            string: StringValue(f"[{target_locale.language_code}] {string.data}")
            for string in strings
        }

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code


# The translation flow, as an editor's browser drives it (cms.translations).


def italian():
    from wagtail.models import Locale

    return Locale.objects.get_or_create(language_code="it")[0]


def start_translation(client, user, page):
    """``user`` asks for an Italian translation of ``page`` (wagtail-localize's
    "Translate this page"); returns the Italian draft page."""
    from django.urls import reverse

    client.force_login(user)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [italian().pk]})
    assert response.status_code == 302, response
    return page.get_translation(italian()).specific


def submit_translation(client, page):
    """The Review box's "Submit for review" on the translated ``page``."""
    from django.urls import reverse

    from cms.translations.review import SUBMIT_FIELD

    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {SUBMIT_FIELD: "1"}
    )


# Generated PDFs (factsheets) -----------------------------------------------------


def pdf_text(response):
    """The PDF's text with every run of spaces (line breaks, no-break spaces
    between a number's groups) made one space."""
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def assert_says(text, phrase):
    """``phrase`` in ``text``, its words in order; a table cell that wraps puts
    other cells' words between them, so a short gap is allowed."""
    words = re.sub(r"\s+", " ", phrase.replace("\u00a0", " ")).split(" ")
    pattern = r".{0,160}?".join(re.escape(word) for word in words)
    assert re.search(pattern, text), f"{phrase!r} not in the factsheet"
