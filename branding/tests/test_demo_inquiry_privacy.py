"""The demo's privacy notice: real prose in every language (moved from
test_inquiry_privacy.py, unchanged; the notice's links and the inquiries' privacy
are tested there on pages built by factories)."""

import pytest
from wagtail.models import Locale

from home.models import StandardPage

LANGUAGES = ["en", "it", "es", "sv", "pl"]
# A sentence of each language's notice that only real prose would contain.
NOTICE_WORDS = {
    "en": "twelve months after it is closed",
    "it": "dodici mesi dalla sua chiusura",
    "es": "doce meses desde su cierre",
    "sv": "tolv månader efter att den har avslutats",
    "pl": "dwanaście miesięcy od jego zamknięcia",
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_privacy_notice_is_real_prose_in_every_language(client, language):
    english = StandardPage.objects.get(
        slug="privacy-notice", locale__language_code="en"
    )
    page = english.get_translation(Locale.objects.get(language_code=language))
    assert page.live
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert NOTICE_WORDS[language] in html
    assert "INQ-2026-0001" in html  # how to quote the reference when asking
    if language != "en":
        assert "twelve months" not in html
