"""The inquiry form speaks to the investor: its own help texts (not the desk's),
and the case's reference on the thank-you page, which cannot be made to show a
reference nobody was given."""

import pytest
from django.core import signing
from django.core.cache import cache
from django.utils import translation

from branding.factories import ShowcasePageFactory
from branding.models import InvestorInquiry
from branding.models.showcase import REFERENCE_SALT
from regions.factories import make_region

DESK_TEXTS = [
    "The visitor&#x27;s name, as sent.",
    "The visitor&#x27;s company, as sent.",
    "What the visitor wrote, as sent.",
    "Where the desk answers the visitor.",
]


@pytest.fixture
def showcase(db):
    cache.clear()  # the form's rate limit lives in the cache
    region = make_region(
        "Test Coast", "test-coast", desk_email="desk@test-coast.example"
    )
    page = ShowcasePageFactory(parent=region, title="Invest in Test Coast")
    page.save_revision().publish()
    yield page
    cache.clear()


def contact(client, page, **changes):
    data = {
        "name": "Aiko Tanaka",
        "company": "Tanaka Robotics",
        "email": "aiko@tanaka.example",
        "country": "Japan",
        "message": "We look for a 20,000 m² site for an assembly plant.",
        "consent": "on",
        "website": "",
        **changes,
    }
    return client.post(page.url + page.reverse_subpage("contact"), data)


def test_the_form_has_the_investors_help_texts_not_the_desks(client, showcase):
    html = client.get(showcase.url).content.decode()
    assert "The investment desk answers you at this address." in html
    assert "What you are looking for: a site, partners, incentives" in html
    for text in DESK_TEXTS:
        assert text not in html


def test_the_help_texts_are_translated(client, showcase):
    from branding.forms import InvestorInquiryForm

    with translation.override("it"):
        form = InvestorInquiryForm(sectors=None)
        assert str(form.fields["email"].help_text) == (
            "Lo sportello investimenti ti risponde a questo indirizzo."
        )
        assert str(form.fields["name"].help_text) == ""


def test_the_thank_you_page_gives_the_reference(client, showcase):
    response = contact(client, showcase)
    assert response.status_code == 302
    inquiry = InvestorInquiry.objects.get(email="aiko@tanaka.example")
    assert inquiry.reference.startswith("INQ-")
    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert thanks.status_code == 200
    assert "Thank you: your message was sent" in html
    assert f"Your reference: <strong>{inquiry.reference}</strong>" in html
    # The reference is in the URL only signed: it cannot be read back as
    # plain text from the address, nor changed.
    assert inquiry.reference not in response["Location"]


@pytest.mark.parametrize(
    "ref",
    [
        "",
        "INQ-2026-9999",
        signing.dumps("INQ-2026-9999", salt="another-purpose"),
        signing.dumps("INQ-2026-9999", salt=REFERENCE_SALT)[:-2] + "xx",
    ],
    # Named, not shown: a signed value holds the time, and parallel workers must
    # collect the same test ids.
    ids=["missing", "plain", "other-salt", "tampered"],
)
def test_a_forged_or_missing_reference_is_not_shown(client, showcase, ref):
    thanks = showcase.url + showcase.reverse_subpage("contact_thanks")
    response = client.get(thanks, {"ref": ref} if ref else {})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Thank you: your message was sent" in html
    assert "INQ-2026-9999" not in html
    assert "Your reference" not in html


def test_the_desk_sees_the_same_received_time_in_the_list_and_the_case(
    admin_client, showcase
):
    import datetime

    inquiry = InvestorInquiry.objects.create(
        name="Orla Pemberton",
        company="Pemberton Batteries",
        email="orla@pemberton.example",
        country="Ireland",
        message="A plant for cells.",
        consent=True,
        region=showcase.get_parent().specific,
        showcase=showcase,
    )
    received = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)
    InvestorInquiry.objects.filter(pk=inquiry.pk).update(created_at=received)
    listing = admin_client.get(
        "/admin/snippets/branding/investorinquiry/", {"q": "Pemberton"}
    ).content.decode()
    case = admin_client.get(
        f"/admin/snippets/branding/investorinquiry/inspect/{inquiry.pk}/"
    ).content.decode()
    # 09:00 UTC is 10:00 in Brussels (the site's time zone) in December.
    assert "1 December 2026, 10:00" in listing
    assert "1 December 2026, 10:00" in case
    assert "09:00" not in case


def test_the_contact_addresses_are_in_the_showcases_language(client, showcase):
    """An Italian showcase's form posts to …/contatto/ and thanks at
    …/contatto/grazie/; an old English address answers 301 to the Italian one."""
    from cms.factories import published_translation

    italian = published_translation(showcase, "it")
    assert italian.reverse_subpage("contact") == "contatto/"
    assert italian.reverse_subpage("contact_thanks") == "contatto/grazie/"
    assert showcase.reverse_subpage("contact_thanks") == "contact/thanks/"

    response = contact(client, italian)
    assert response.status_code == 302
    assert "/contatto/grazie/?ref=" in response["Location"]
    assert InvestorInquiry.objects.filter(company="Tanaka Robotics").exists()

    old = client.get(italian.url + "contact/thanks/", {"ref": "x"})
    assert old.status_code == 301
    assert old["Location"].endswith("/contatto/grazie/?ref=x")
