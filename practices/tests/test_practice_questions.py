"""Talking to a practice's owner: the question form under every practice page,
its protections (honeypot, shared rate limit, consent), the case it opens for
the owner region (life cycle, e-mails, access), the one step to a transfer case
and the removal of the sender's personal data."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms import ratelimit
from cms.cases.state_machine import IllegalTransition
from cms.factories import english_home, published_translation
from cms.testing import text
from home.models import StandardPage
from practices.factories import PracticeIndexPageFactory, make_practice
from practices.models import PracticeQuestion, TransferCase
from practices.privacy import ERASE_ACTION, anonymise

pytestmark = pytest.mark.django_db

SENDER = {
    "name": "Ingrid Sørensen",
    "organisation": "Nordlys Export AS",
    "email": "ingrid@nordlys.example",
    "message": "How many firms took part in the first year, and at what cost?",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def practice(governed):
    cache.clear()  # the forms' shared rate limit lives in the cache
    region = governed.north.region
    region.desk_email = "desk@test-north.example"
    region.save_revision().publish()
    privacy = StandardPage.objects.filter(locale__language_code="en").first()
    index = PracticeIndexPageFactory(parent=english_home(), privacy_page=privacy)
    page = make_practice(
        region,
        index=index,
        title="Export mentoring for first-time exporters",
        slug="export-mentoring-first-timers",
        contact_name="Maria Rossi",
        contact_email="maria.rossi@test-north.example",
    )
    yield page
    cache.clear()


def ask(client, page, **changes):
    return client.post(
        page.url + page.reverse_subpage("question"), {**SENDER, **changes}
    )


def case_url(name, question):
    return reverse(
        f"wagtailsnippets_practices_practicequestion:{name}", args=[question.pk]
    )


def make_question(practice, region, **fields):
    fields = {
        "name": "Piotr Nowak",
        "email": "piotr@partner.example",
        "message": "Can we visit?",
        "consent": True,
        "practice": practice,
        "region": region,
        **fields,
    }
    return PracticeQuestion.objects.create(**fields)


# The public form ---------------------------------------------------------------


def test_the_practice_page_shows_the_form_and_no_mailto(client, practice):
    html = text(client.get(practice.url))
    assert 'id="question"' in html
    assert 'action="' + practice.url + 'question/"' in html
    assert "The practice&#x27;s region answers you at this address." in html
    assert "privacy notice</a>" in html
    assert "mailto:" not in html.split('<main id="main"')[1].split("</main>")[0]
    assert practice.contact_email not in html
    # The desk's help texts stay in the admin.
    assert "The sender&#x27;s name, as sent." not in html


def test_the_form_stores_a_question_and_shows_the_reference(client, practice):
    response = ask(client, practice)
    assert response.status_code == 302
    question = PracticeQuestion.objects.get(email=SENDER["email"])
    assert question.reference.startswith("PQ-")
    assert question.region_id == practice.origin_region_id
    assert question.practice_id == practice.pk
    assert question.status == "new" and question.consent
    assert question.due_date is not None
    assert question.reference not in response["Location"]
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert f"Your reference: <strong>{question.reference}</strong>" in text(thanks)


def test_the_region_and_the_sender_are_e_mailed(client, practice):
    ask(client, practice)
    question = PracticeQuestion.objects.get(email=SENDER["email"])
    desk, acknowledgement = mail.outbox
    assert set(desk.to) == {"desk@test-north.example", practice.contact_email}
    assert question.reference in desk.subject
    assert SENDER["message"] in desk.body
    assert "/admin/snippets/practices/practicequestion/" in desk.body
    assert acknowledgement.to == [SENDER["email"]]
    assert question.reference in acknowledgement.subject
    assert question.reference in acknowledgement.body
    # Nothing the visitor typed is echoed back to the address they entered.
    assert SENDER["message"] not in acknowledgement.body
    question.refresh_from_db()
    assert question.notified_at is not None


def test_the_honeypot_refuses_and_stores_nothing(client, practice):
    response = ask(client, practice, website="http://spam.example")
    assert response.status_code == 400
    assert "looked automated" in text(response)
    assert not PracticeQuestion.objects.filter(email=SENDER["email"]).exists()
    assert mail.outbox == []


def test_missing_consent_is_refused_with_a_message(client, practice):
    response = ask(client, practice, consent="")
    html = text(response)
    assert response.status_code == 400
    assert "Tick the box to agree to the privacy notice" in html
    assert 'aria-invalid="true"' in html
    # What was typed is kept for the second try.
    assert SENDER["message"] in html
    assert (
        not PracticeQuestion.objects.exists()
        or not PracticeQuestion.objects.filter(email=SENDER["email"]).exists()
    )


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"email": "not-an-address"}, "Enter an e-mail address in the form"),
        ({"name": ""}, "Enter your name."),
        ({"message": "x" * 5001}, "5000"),
        ({"sender_region": "999999"}, "Choose a region from the list."),
    ],
    ids=["email", "name", "too-long", "region"],
)
def test_bad_input_is_a_4xx_with_a_message(client, practice, changes, message):
    response = ask(client, practice, **changes)
    assert response.status_code == 400
    assert message in text(response)


def test_a_get_of_the_form_route_goes_back_to_the_form(client, practice):
    response = client.get(practice.url + practice.reverse_subpage("question"))
    assert response.status_code == 302
    assert response["Location"].endswith("#question")


def test_the_rate_limit_is_shared_with_the_inquiry_form(client, practice, rf):
    request = rf.post("/")
    for _attempt in range(ratelimit.PUBLIC_FORM_LIMIT):
        # As if the same address had used up its budget on the investor form.
        ratelimit.hit(
            request,
            ratelimit.PUBLIC_FORM_SCOPE,
            ratelimit.PUBLIC_FORM_LIMIT,
            ratelimit.PUBLIC_FORM_WINDOW,
        )
    response = ask(client, practice)
    assert response.status_code == 429
    assert "wait an hour" in text(response)
    assert not PracticeQuestion.objects.filter(email=SENDER["email"]).exists()


def test_the_sixth_question_within_the_hour_is_refused(client, practice):
    for number in range(ratelimit.PUBLIC_FORM_LIMIT):
        assert ask(client, practice, email=f"s{number}@example.org").status_code == 302
    assert ask(client, practice).status_code == 429


def test_a_signed_in_partner_is_identified_and_the_segment_is_translated(
    client, practice, governed
):
    client.force_login(governed.south.users.editor)
    html = text(client.get(practice.url))
    south = governed.south.region
    assert f'<option value="{south.pk}" selected>' in html
    italian = published_translation(practice, "it")
    assert italian.reverse_subpage("question") == "domanda/"
    response = client.post(italian.url + "domanda/", {**SENDER, "sender_region": ""})
    assert response.status_code == 302
    assert "/domanda/grazie/" in response["Location"]
    question = PracticeQuestion.objects.get(email=SENDER["email"])
    assert question.locale.language_code == "it"
    # The case is the owner region's in English, whatever the language.
    assert question.region_id == practice.origin_region_id


# The case ----------------------------------------------------------------------


def test_the_life_cycle(client, practice, governed):
    ask(client, practice)
    question = PracticeQuestion.objects.get(email=SENDER["email"])
    coordinator = governed.north.users.coordinator
    with pytest.raises(IllegalTransition):
        question.transition("assigned")  # nobody assigned yet
    question.assign(coordinator)
    assert question.status == "assigned"
    client.force_login(coordinator)
    response = client.post(
        case_url("transition", question),
        {"status": "answered", "comment": "Sent the evaluation report."},
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == "answered"
    assert question.notes.filter(text="Sent the evaluation report.").exists()
    client.post(case_url("note", question), {"text": "Thanked us."})
    question.transition("closed", user=coordinator)
    question.refresh_from_db()
    assert question.closed_at is not None
    with pytest.raises(IllegalTransition):
        question.transition("assigned")
    html = text(client.get(case_url("inspect", question)))
    assert "Thanked us." in html and question.reference in html
    from cms.models import CaseLogEntry

    actions = set(
        CaseLogEntry.objects.filter(object_id=str(question.pk)).values_list(
            "action", flat=True
        )
    )
    assert {"cms.case.assign", "cms.case.transition", "cms.case.note"} <= actions


def test_nobody_adds_a_question_by_hand(client, governed):
    client.force_login(governed.lead)
    response = client.get(reverse("wagtailsnippets_practices_practicequestion:add"))
    assert response.status_code in (302, 403)


def test_another_region_and_a_user_without_case_rights_see_nothing(
    client, practice, governed
):
    question = make_question(
        practice, governed.north.region, title="Confidential visit ZQSECRET"
    )
    surfaces = [
        reverse("wagtailsnippets_practices_practicequestion:list") + "?q=Confidential",
        reverse("wagtailadmin_home"),
        "/admin/snippets/choose/practices/practicequestion/?q=Confidential",
        "/admin/reports/site-history/",
    ]
    for user in (
        governed.south.users.coordinator,
        governed.south.users.editor,
        governed.north.users.editor,
        governed.north.users.stakeholder,
    ):
        client.force_login(user)
        for url in (
            case_url("inspect", question),
            case_url("edit", question),
            case_url("open_transfer", question),
            case_url("erase", question),
        ):
            response = client.get(url)
            assert response.status_code in (302, 403, 404), (user, url)
            assert "ZQSECRET" not in text(response)
        for url in surfaces:
            body = text(client.get(url))
            assert "ZQSECRET" not in body, (user, url)
            assert question.reference not in body, (user, url)
    client.force_login(governed.north.users.coordinator)
    for url in surfaces[:3]:
        assert "ZQSECRET" in text(client.get(url)), url
    assert client.get(case_url("inspect", question)).status_code == 200


# One step to a transfer case -----------------------------------------------------


def test_a_partner_regions_question_becomes_its_transfer_case(
    client, practice, governed
):
    south = governed.south.region
    question = make_question(practice, governed.north.region, sender_region=south)
    client.force_login(governed.north.users.coordinator)
    html = text(client.get(case_url("inspect", question)))
    assert "Open a transfer case" in html
    confirm = client.get(case_url("open_transfer", question))
    assert confirm.status_code == 200
    response = client.post(case_url("open_transfer", question))
    assert response.status_code == 302
    question.refresh_from_db()
    case = question.transfer_case
    assert case.region_id == south.pk
    assert case.practice_id == practice.pk
    assert case.status == "identified"
    assert case.notes.filter(text__contains=question.reference).exists()
    from cms.models import CaseLogEntry

    assert CaseLogEntry.objects.filter(
        object_id=str(question.pk), action="practices.question.transfer_opened"
    ).exists()
    # A second time is refused, with the reason, and nothing new is made.
    again = client.post(case_url("open_transfer", question), follow=True)
    assert "already became a transfer case" in text(again)
    assert TransferCase.objects.filter(practice=practice).count() == 1
    # The case is the south's: its coordinator sees it, the north's does not.
    assert client.get(
        reverse("wagtailsnippets_practices_transfercase:inspect", args=[case.pk])
    ).status_code in (403, 404)


@pytest.mark.parametrize("sender", ["none", "owner", "open-case"])
def test_the_transfer_case_is_refused_when_it_cannot_be(
    client, practice, governed, sender
):
    north, south = governed.north.region, governed.south.region
    sender_region = {"none": None, "owner": north, "open-case": south}[sender]
    if sender == "open-case":
        TransferCase.objects.create(title="Already", region=south, practice=practice)
    question = make_question(practice, north, sender_region=sender_region)
    client.force_login(governed.north.users.coordinator)
    response = client.post(case_url("open_transfer", question), follow=True)
    assert response.status_code == 200
    expected = {
        "none": "Only a question from a partner region",
        "owner": "a region does not adopt its own practice",
        "open-case": "already has an open transfer case",
    }[sender]
    assert expected in text(response)
    question.refresh_from_db()
    assert question.transfer_case_id is None
    assert TransferCase.objects.filter(practice=practice).count() == (
        1 if sender == "open-case" else 0
    )


# Personal data --------------------------------------------------------------------


def test_erasure_removes_the_senders_data_and_keeps_the_case(
    client, practice, governed
):
    question = make_question(
        practice,
        governed.north.region,
        name="Piotr Nowak",
        organisation="Nowak Sp. z o.o.",
    )
    question.add_note(None, "Called Piotr Nowak back at piotr@partner.example.")
    client.force_login(governed.north.users.coordinator)
    assert client.get(case_url("erase", question)).status_code == 200
    assert client.post(case_url("erase", question)).status_code == 302
    question.refresh_from_db()
    assert question.is_anonymised
    assert question.email == "" and "Nowak" not in question.name
    assert question.reference and question.practice_id == practice.pk
    note = question.notes.get()
    assert "Piotr" not in note.text and "piotr@" not in note.text
    from cms.models import CaseLogEntry

    assert CaseLogEntry.objects.filter(
        object_id=str(question.pk), action=ERASE_ACTION
    ).exists()


def test_closed_questions_are_anonymised_after_the_retention_period(
    practice, governed, settings
):
    from django.core.management import call_command

    settings.INQUIRY_RETENTION_DAYS = 0
    question = make_question(practice, governed.north.region)
    question.transition("spam")
    call_command("anonymise_questions", verbosity=0)
    question.refresh_from_db()
    assert question.is_anonymised
    assert anonymise(question) == 0  # nothing left to scrub


# Queries -------------------------------------------------------------------------

# The practice page with its question form, anonymous or signed in (the budget of
# tests/test_query_budgets.py, "practice page").
PRACTICE_PAGE_BUDGET = 26
# Signed in, the page also reads the session, the user, the viewer's groups and
# regions, and Wagtail's user bar; the form adds the sender's region, and the
# experts' opinions one query (members only, practices.validation).
SIGNED_IN_BUDGET = 44


def test_the_practice_page_query_count_is_pinned(client, practice, governed):
    for user, budget in (
        (None, PRACTICE_PAGE_BUDGET),
        (governed.south.users.editor, SIGNED_IN_BUDGET),
    ):
        if user is not None:
            client.force_login(user)
        client.get(practice.url)  # warm the site and the fragment caches
        with CaptureQueriesContext(connection) as context:
            assert client.get(practice.url).status_code == 200
        assert len(context) <= budget, "\n".join(q["sql"][:150] for q in context)


def test_the_question_listing_costs_the_same_at_3_and_30_questions(
    client, practice, governed
):
    client.force_login(governed.north.users.coordinator)
    url = reverse("wagtailsnippets_practices_practicequestion:list")
    counts = []
    for total in (3, 30):
        mine = PracticeQuestion._base_manager.filter(region=governed.north.region)
        while mine.count() < total:
            make_question(
                practice,
                governed.north.region,
                sender_region=governed.south.region,
                assignee=governed.north.users.coordinator,
            )
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        counts.append(len(context))
    assert counts[0] == counts[1]
