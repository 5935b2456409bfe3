"""The demo's territories: the seven partner regions as the demo loader builds them.

These tests are about the demo content itself (its partners, their profiles and
languages); the behaviour of the directory and profiles is tested on pages built by
factories in ``test_regions.py``.
"""

import pytest
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase

from cms.testing import LANGUAGES
from regions.factories import region
from regions.models import RegionPage, ValueChainPage

PARTNERS = [
    "reggio-emilia",
    "emilia-romagna",
    "west-yorkshire",
    "valencia",
    "gavleborg",
    "silesia",
    "wielkopolska",
]


class TestDemoTree(WagtailPageTestCase):
    def test_demo_region_pages_open_in_the_editor(self):
        self.login()
        for slug in ["emilia-romagna", "west-yorkshire"]:
            page = region(slug)
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200
            assert "Key figures" in response.content.decode()


@pytest.mark.django_db
def test_all_seven_partners_are_profiled_with_chains_in_every_language():
    for language in LANGUAGES:
        slugs = set(
            RegionPage.objects.live()
            .filter(locale__language_code=language)
            .values_list("slug", flat=True)
        )
        assert slugs == set(PARTNERS), language
    for slug in PARTNERS:
        page = region(slug)
        assert page.key_figures.count() >= 3
        assert page.stakeholders.count() >= 3
        assert page.region_sectors.count() >= 2
        assert ValueChainPage.objects.child_of(page).live().count() >= 2
        assert all(f.source and f.year for f in page.key_figures.all())


@pytest.mark.django_db
def test_locales_exist_for_the_demo():
    assert set(Locale.objects.values_list("language_code", flat=True)) == set(LANGUAGES)
    assert Page.objects.type(RegionPage).live().count() == 7 * len(LANGUAGES)
