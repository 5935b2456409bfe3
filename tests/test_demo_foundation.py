"""The demo site itself: every demo page renders (and opens in the editor) in
every language, and loading the demo twice changes nothing.

Moved unchanged from ``test_foundation.py``: their point is the demo content.
"""

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from tests.helpers import LANGUAGES, live_pages_in


class TestDemoPages(WagtailPageTestCase):
    def test_demo_pages_render_and_open_in_the_editor(self):
        self.login()
        for page in live_pages_in("en"):
            self.assertPageIsRenderable(page)
            edit_url = reverse("wagtailadmin_pages:edit", args=[page.id])
            self.assertEqual(self.client.get(edit_url).status_code, 200)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_renders_in_every_language(client, language):
    pages = live_pages_in(language)
    page_types = {type(page) for page in pages}
    assert {HomePage, StandardPage} <= page_types
    internal = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    for page in pages:
        response = client.get(page.url)
        if any(page.path.startswith(path) for path in internal):
            # A region's internal page: a visitor is sent to sign in.
            assert response.status_code == 302, page.url
            assert "/login/" in response["Location"], page.url
            client.force_login(User.objects.get(username="lead-partner"))
            response = client.get(page.url)
            client.logout()
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        for other in LANGUAGES:
            translation = Page.objects.filter(
                translation_key=page.translation_key, locale__language_code=other
            ).first()
            assert translation is not None, (page, other)
            assert (
                f'hreflang="{other}" href="http://testserver{translation.url}"' in html
            )
            # The switcher links to the translation, and the link works.
            assert (
                f'<a href="{translation.url}" hreflang="{other}" lang="{other}"' in html
            )
        assert 'class="skip-link" href="#main"' in html
        assert '<main id="main"' in html


def _row_counts():
    models = [
        "wagtailcore.Page",
        "wagtailcore.Revision",
        "wagtailcore.Locale",
        "wagtailimages.Image",
        "home.FooterText",
        "home.SiteSettings",
        "wagtail_localize.TranslationSource",
        "wagtail_localize.Translation",
        "wagtail_localize.StringTranslation",
        "auth.User",
        "wagtailcore.Site",
        "wagtailcore.ModelLogEntry",
        "cms.CaseLogEntry",
        "branding.InvestorInquiry",
        "branding.InvestorInquiryNote",
        "practices.TransferCase",
        "practices.TransferCaseNote",
        "cms.CaseReferenceCounter",
    ]
    return {name: apps.get_model(name).objects.count() for name in models}


@pytest.mark.django_db
def test_load_demo_is_idempotent():
    before = _row_counts()
    revisions = set(Revision.objects.values_list("pk", flat=True))
    call_command("load_demo", verbosity=0)
    assert _row_counts() == before
    assert set(Revision.objects.values_list("pk", flat=True)) == revisions
    assert before["wagtailcore.Page"] >= 1 + 5 * 4
