"""Investors' personal data: the privacy notice, the acknowledgement e-mail, the
retention job and erasure on request, with an audit entry that holds no personal
data."""

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from branding.factories import make_inquiry as _make_inquiry
from branding.factories import make_privacy_notice, make_showcase
from branding.models import InvestorInquiry
from branding.privacy import ANONYMISE_ACTION, ERASE_ACTION, REMOVED
from cms.models import CaseLogEntry

LANGUAGES = ["en", "it", "es", "sv", "pl"]
# The privacy notice's slug in each language (the Italian one is quoted in the
# acknowledgement e-mail).
NOTICE_SLUGS = {
    "en": "privacy-notice-t",
    "it": "informativa-privacy-t",
    "es": "aviso-privacidad-t",
    "sv": "integritetspolicy-t",
    "pl": "polityka-prywatnosci-t",
}

NAME = "Ann Example"
EMAIL = "ann.example@acme.example"


@pytest.fixture
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def _showcases(_governed_tree, django_db_blocker):
    """Test North's showcase page in every language, its contact form linking a
    privacy notice in every language, and the region's desk e-mail; built once
    for the module, on the governed tree, and rolled back after it."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            north = _governed_tree.north.region
            north.desk_email = "desk@test-north.example"
            north.save_revision().publish()
            north.refresh_from_db()
            notice = make_privacy_notice(NOTICE_SLUGS)
            pages = make_showcase(
                north, languages=LANGUAGES[1:], privacy_page=notice["en"]
            )
            yield {"notice": notice, "showcase": pages}
            transaction.set_rollback(True)


@pytest.fixture
def showcases(_showcases, governed):
    """The showcase pages and privacy notices by language, read afresh."""
    return {
        kind: {
            language: type(page).objects.get(pk=page.pk)
            for language, page in pages.items()
        }
        for kind, pages in _showcases.items()
    }


def make_inquiry(side, **extra):
    return _make_inquiry(
        side.region,
        name=NAME,
        company="Acme Robotics",
        email=EMAIL,
        country="Canada",
        message="Ann Example here: we look for a site, call me.",
        **extra,
    )


def closed_inquiry(side, days_ago):
    coordinator = side.users.coordinator
    inquiry = make_inquiry(side, assignee=coordinator)
    inquiry.transition("assigned", user=coordinator)
    inquiry.transition("answered", user=coordinator, comment=f"Replied to {EMAIL}")
    inquiry.add_note(coordinator, "Ann Example called back; Acme Robotics is happy.")
    inquiry.transition("closed", user=coordinator)
    inquiry.refresh_from_db()
    InvestorInquiry.objects.filter(pk=inquiry.pk).update(
        closed_at=timezone.now() - timedelta(days=days_ago)
    )
    inquiry.refresh_from_db()
    return inquiry


def log_entries(inquiry):
    return CaseLogEntry.objects.filter(
        content_type__model="investorinquiry", object_id=str(inquiry.pk)
    )


def stored_traces(inquiry):
    """Everything stored about the case, as text: fields, notes and log entries."""
    inquiry.refresh_from_db()
    parts = [
        inquiry.name,
        inquiry.company,
        inquiry.email,
        inquiry.message,
        inquiry.title,
    ]
    parts += list(inquiry.notes.values_list("text", flat=True))
    for entry in log_entries(inquiry):
        parts += [entry.label, json.dumps(entry.data)]
    return "\n".join(parts)


def assert_no_personal_data(text):
    for needle in (NAME, "Ann", "Example", EMAIL, "Acme Robotics"):
        assert needle.lower() not in text.lower(), needle


# The privacy notice ---------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_contact_form_links_the_privacy_notice_in_its_language(
    client, showcases, language
):
    page = showcases["showcase"][language]
    notice = showcases["notice"]["en"].get_translation(page.locale)
    html = client.get(page.url).content.decode()
    assert f'<a href="{notice.url}">' in html
    assert "legal-notice" not in page.get_privacy_url()


# The acknowledgement -------------------------------------------------------------


@pytest.mark.django_db
def test_investor_gets_an_acknowledgement_with_reference_and_desk(
    client, fresh_rate_limit, showcases
):
    page = showcases["showcase"]["it"]
    data = {
        "name": NAME,
        "company": "Acme Robotics",
        "email": EMAIL,
        "country": "Canada",
        "sector": "",
        "message": "Visit https://spam.example for cheap pills",
        "consent": "on",
        "website": "",
    }
    response = client.post(page.url + page.reverse_subpage("contact"), data)
    assert response.status_code == 302
    inquiry = InvestorInquiry.objects.get(email=EMAIL)
    acknowledgements = [m for m in mail.outbox if m.to == [EMAIL]]
    assert len(acknowledgements) == 1
    ack = acknowledgements[0]
    assert inquiry.reference in ack.subject
    assert inquiry.reference in ack.body
    desk = page.region
    assert desk.desk_email in ack.body
    assert ack.reply_to == [desk.desk_email]
    # In the language the investor wrote in, with the privacy notice in it too.
    assert "Il tuo riferimento" in ack.body
    assert "/it/informativa-privacy-t/" in ack.body
    # Nothing the visitor typed is sent back to the address they typed.
    assert "spam.example" not in ack.body
    assert NAME not in ack.body


# Retention -------------------------------------------------------------------------


@pytest.mark.django_db
def test_anonymise_command_dry_run_lists_and_changes_nothing(settings, governed):
    settings.INQUIRY_RETENTION_DAYS = 30
    old = closed_inquiry(governed.north, days_ago=31)
    before = stored_traces(old)
    out = StringIO()
    call_command("anonymise_inquiries", "--dry-run", stdout=out)
    assert f"would anonymise {old.reference}" in out.getvalue()
    assert "Dry run: nothing was changed." in out.getvalue()
    assert stored_traces(old) == before
    assert old.anonymised_at is None


@pytest.mark.django_db
def test_anonymise_command_removes_personal_data_after_the_retention_period(
    settings, governed
):
    settings.INQUIRY_RETENTION_DAYS = 30
    old = closed_inquiry(governed.north, days_ago=31)
    recent = closed_inquiry(governed.north, days_ago=29)
    still_open = make_inquiry(governed.north)
    InvestorInquiry.objects.filter(pk=still_open.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    assert NAME in stored_traces(old)
    out = StringIO()
    call_command("anonymise_inquiries", stdout=out)
    output = out.getvalue()
    assert "Retention period: 30 days" in output
    assert "anonymising: 100% (1/1)" in output
    assert "Anonymised 1 inquiries" in output

    old.refresh_from_db()
    assert old.anonymised_at is not None
    assert (old.name, old.company, old.email, old.message) == (
        REMOVED,
        REMOVED,
        "",
        REMOVED,
    )
    # The case stays: reference, region, status, country and dates.
    assert old.reference.startswith("INQ-")
    assert old.status == "closed"
    assert old.country == "Canada"
    assert old.region.slug == governed.north.region.slug
    # The timeline keeps its notes, without the investor's name or e-mail.
    assert old.notes.count() == 2
    assert_no_personal_data(stored_traces(old))
    entry = log_entries(old).get(action=ANONYMISE_ACTION)
    assert entry.user is None
    assert entry.data["retention_days"] == 30

    for untouched in (recent, still_open):
        untouched.refresh_from_db()
        assert untouched.anonymised_at is None
        assert untouched.name == NAME

    # A second run finds nothing more to do.
    out = StringIO()
    call_command("anonymise_inquiries", stdout=out)
    assert "0 inquiries to anonymise" in out.getvalue()


@pytest.mark.django_db
def test_closing_stamps_and_restoring_from_spam_clears_closed_at(governed):
    inquiry = make_inquiry(governed.north)
    inquiry.transition("spam")
    inquiry.refresh_from_db()
    assert inquiry.closed_at is not None
    inquiry.transition("new")
    inquiry.refresh_from_db()
    assert inquiry.closed_at is None


# Erasure on request ------------------------------------------------------------------


def erase_url(inquiry):
    return reverse("wagtailsnippets_branding_investorinquiry:erase", args=[inquiry.pk])


def inspect_url(inquiry):
    return reverse(
        "wagtailsnippets_branding_investorinquiry:inspect", args=[inquiry.pk]
    )


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["north-coordinator", "lead-partner"])
def test_erasure_on_request_with_confirmation_and_audit_entry(client, governed, who):
    person = {
        "north-coordinator": governed.north.users.coordinator,
        "lead-partner": governed.lead,
    }[who]
    inquiry = closed_inquiry(governed.north, days_ago=1)
    reopened = make_inquiry(governed.north)
    client.force_login(person)
    inspect = client.get(inspect_url(inquiry)).content.decode()
    assert f'href="{erase_url(inquiry)}"' in inspect

    confirm = client.get(erase_url(inquiry))
    assert confirm.status_code == 200
    page = confirm.content.decode()
    assert "This cannot be undone" in page
    assert "Yes, erase the personal data" in page
    assert InvestorInquiry.objects.get(pk=inquiry.pk).name == NAME  # not yet

    response = client.post(erase_url(inquiry), follow=True)
    assert response.status_code == 200
    assert "personal data was erased" in response.content.decode()
    assert_no_personal_data(stored_traces(inquiry))
    entry = log_entries(inquiry).get(action=ERASE_ACTION)
    assert entry.user == person
    assert_no_personal_data(entry.label + json.dumps(entry.data))
    # The history page shows the erasure in words.
    history = client.get(
        reverse("wagtailsnippets_branding_investorinquiry:history", args=[inquiry.pk])
    ).content.decode()
    assert "Personal data erased at the investor&#x27;s request" in history
    # Only that inquiry.
    reopened.refresh_from_db()
    assert reopened.name == NAME
    # A second request is answered, and changes nothing more.
    again = client.post(erase_url(inquiry), follow=True)
    assert "was already removed" in again.content.decode()
    assert log_entries(inquiry).filter(action=ERASE_ACTION).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who",
    [
        "north-editor",  # same region, but not a coordinator
        "south-coordinator",  # another region
        "north-stakeholder",  # no admin access
    ],
)
def test_erasure_is_refused_to_others(client, governed, who):
    side, role = who.split("-")
    inquiry = make_inquiry(governed.north)
    client.force_login(getattr(getattr(governed, side).users, role))
    for method in (client.get, client.post):
        response = method(erase_url(inquiry))
        assert response.status_code in (302, 403)
    inquiry.refresh_from_db()
    assert inquiry.name == NAME
    assert not log_entries(inquiry).filter(action=ERASE_ACTION).exists()
    if who == "north-editor":
        html = client.get(inspect_url(inquiry)).content.decode()
        assert erase_url(inquiry) not in html


@pytest.mark.django_db
@pytest.mark.parametrize("pk", ["999999", "abc", "-1"])
def test_erasing_an_unknown_inquiry_is_a_404(client, governed, pk):
    client.force_login(governed.lead)
    response = client.get(
        reverse("wagtailsnippets_branding_investorinquiry:erase", args=[pk]),
        follow=True,
    )
    assert response.status_code == 404
