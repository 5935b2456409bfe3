"""A note on an investor inquiry can carry a document, chosen through the access
layer: one of the region's documents, never another region's."""

import pytest
from django.urls import reverse

from branding.factories import make_inquiry
from branding.models import InvestorInquiryNote


def _url(name, *args):
    return reverse(f"wagtailsnippets_branding_investorinquiry:{name}", args=args)


@pytest.fixture
def north(governed):
    inquiry = make_inquiry(governed.north.region)
    return governed.north, inquiry


def test_the_note_form_offers_a_document_chooser(client, north):
    region, inquiry = north
    client.force_login(region.users.coordinator)
    page = client.get(_url("inspect", inquiry.pk)).content.decode()
    assert "Attach a document" in page
    assert 'name="document"' in page
    assert "minutes, a letter or an offer" in page


def test_a_note_carries_a_document_of_the_region(client, north):
    region, inquiry = north
    client.force_login(region.users.coordinator)
    response = client.post(
        _url("note", inquiry.pk),
        {"text": "Offer sent, see the letter.", "document": region.internal_doc.pk},
        follow=True,
    )
    assert response.status_code == 200
    note = InvestorInquiryNote.objects.get(text="Offer sent, see the letter.")
    assert note.document == region.internal_doc
    page = response.content.decode()
    assert "Note added." in page
    assert region.internal_doc.title in page  # shown in the timeline, linked


def test_another_regions_document_is_refused_and_nothing_is_stored(
    client, north, governed
):
    region, inquiry = north
    client.force_login(region.users.coordinator)
    response = client.post(
        _url("note", inquiry.pk),
        {"text": "Borrowed", "document": governed.south.internal_doc.pk},
        follow=True,
    )
    assert response.status_code == 200
    assert "That document is not one you may attach" in response.content.decode()
    assert not InvestorInquiryNote.objects.filter(text="Borrowed").exists()


def test_a_bad_document_value_is_a_message_not_an_error(client, north):
    region, inquiry = north
    client.force_login(region.users.coordinator)
    response = client.post(
        _url("note", inquiry.pk), {"text": "x", "document": "nonsense"}, follow=True
    )
    assert response.status_code == 200
    assert "That document is not one you may attach" in response.content.decode()


def test_an_empty_note_is_refused_with_a_message(client, north):
    region, inquiry = north
    client.force_login(region.users.coordinator)
    response = client.post(_url("note", inquiry.pk), {"text": ""}, follow=True)
    assert "A note cannot be empty." in response.content.decode()
