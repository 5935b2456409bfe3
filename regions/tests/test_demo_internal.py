"""The demo gives every partner region internal pages in every language and
internal documents, so that its stakeholder accounts have something to see."""

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Page

from cms.governance import region_governance_for
from cms.testing import text, user
from regions.models import RegionPage

pytestmark = pytest.mark.django_db


def test_every_region_has_closed_internal_pages_and_documents():
    regions = RegionPage.objects.filter(locale__language_code="en")
    assert regions.count() == 7
    for region in regions:
        for version in region.get_translations(inclusive=True):
            internal = [
                page
                for page in Page.objects.child_of(version).live()
                if page.get_view_restrictions().exists()
            ]
            assert len(internal) >= 2, version.url
        governance = region_governance_for(region)
        documents = get_document_model().objects.filter(
            collection=governance.internal_collection
        )
        assert documents.count() >= 2, region.title


def test_a_stakeholder_finds_them_in_polish(client):
    silesia = RegionPage.objects.get(slug="silesia", locale__language_code="pl")
    client.force_login(user("silesia-stakeholder"))
    page = text(client.get(silesia.url))
    assert "Lokalna grupa interesariuszy: protokół z ostatniego spotkania" in page
    assert "Projekt budżetu kolejnego planu działania (Śląsk)" in page
    client.logout()
    assert "protokół z ostatniego spotkania" not in text(client.get(silesia.url))


def test_the_lead_partner_opens_every_regions_internal_pages(client):
    client.force_login(user("lead-partner"))
    for region in RegionPage.objects.filter(locale__language_code="en"):
        for page in Page.objects.child_of(region).live():
            if page.get_view_restrictions().exists():
                assert client.get(page.url).status_code == 200, page.url
