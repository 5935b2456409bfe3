"""The demo's library and activities as the demo loader builds them.

These tests are about the demo content itself; the behaviour of practice and event
pages is tested on pages built by factories in ``test_pages.py``.
"""

import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase

from practices.factories import region
from practices.models import (
    EventIndexPage,
    EventPage,
    PracticeCollectionPage,
    PracticeIndexPage,
    PracticePage,
)
from regions.models import RegionPage


class TestDemoTree(WagtailPageTestCase):
    def test_demo_pages_open_in_the_editor(self):
        self.login()
        for model in (PracticeIndexPage, PracticePage, EventIndexPage, EventPage):
            page = model.objects.filter(locale__language_code="en").first()
            edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            self.assertEqual(edit.status_code, 200)
        self.assertPageIsRenderable(
            PracticeCollectionPage.objects.filter(locale__language_code="en").first()
        )


@pytest.mark.django_db
def test_regions_are_found_not_duplicated():
    assert RegionPage.objects.filter(locale__language_code="en").count() >= 7
    for slug in ["reggio-emilia", "valencia", "wielkopolska"]:
        assert (
            RegionPage.objects.filter(slug=slug, locale__language_code="en").count()
            == 1
        )
    gavleborg = region("gavleborg")
    assert gavleborg.translation_key == region("gavleborg", "sv").translation_key
