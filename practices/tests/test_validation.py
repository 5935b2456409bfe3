"""Interreg-style validation of good practices (issue 20 item 5): submitted →
validated by the project (the lead partner) → validated by a thematic expert,
with the expert's opinion for signed-in members, the author's status tracking,
e-mails at each step, and the library's filter by level."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry

from cms.factories import make_user, published_translation
from cms.governance import thematic_experts_group
from cms.testing import text
from practices.factories import make_practice
from practices.models import ExpertOpinion, PracticePage
from practices.validation import OPINION_ACTION, STEP_ACTION

pytestmark = pytest.mark.django_db

OPINION = "Solid evidence over ten years; the chamber network makes it transferable."


@pytest.fixture
def people(governed):
    expert = make_user("expert-t", [thematic_experts_group()], first_name="Ada")
    author = governed.north.users.editor
    return governed, expert, author


@pytest.fixture
def practice(people, django_capture_on_commit_callbacks):
    governed, _expert, author = people
    page = make_practice(
        governed.north.region,
        title="Export mentoring for first-time exporters",
        slug="export-mentoring-first-timers",
        owner=author,
    )
    published_translation(page, "it")
    return page


def validate_by_project(page, lead, captured):
    page = PracticePage.objects.get(pk=page.pk)
    page.validation_status = "validated"
    page.validated_by = lead
    with captured(execute=True):
        page.save_revision(user=lead).publish(user=lead)
    return PracticePage.objects.get(pk=page.pk)


def give(client, expert, page, **data):
    client.force_login(expert)
    form = {"verdict": "endorsed", "opinion": OPINION, "language": "en", **data}
    return client.post(reverse("practices_validation", args=[page.pk]), form)


def opinions(page):
    return ExpertOpinion.objects.filter(practice_key=page.translation_key).exists()


def statuses(page):
    return set(
        PracticePage.objects.filter(translation_key=page.translation_key).values_list(
            "validation_status", flat=True
        )
    )


def test_the_two_levels_end_to_end(
    client, people, practice, django_capture_on_commit_callbacks
):
    governed, expert, author = people
    mail.outbox.clear()
    practice = validate_by_project(
        practice, governed.lead, django_capture_on_commit_callbacks
    )
    assert practice.validation_status == "validated"
    # The author, the region's coordinator and the lead partner hear of it; the
    # experts are asked for their opinion.
    to = {address for message in mail.outbox for address in message.to}
    assert author.email in to
    assert governed.north.users.coordinator.email in to
    assert expert.email in to
    assert governed.south.users.coordinator.email not in to
    assert any("awaits your opinion" in m.subject for m in mail.outbox)

    # The practice waits in the expert's queue and on their dashboard.
    client.force_login(expert)
    queue = text(client.get(reverse("practices_validation_queue")))
    assert reverse("practices_validation", args=[practice.pk]) in queue
    assert "Practices awaiting your opinion" in text(
        client.get(reverse("wagtailadmin_home"))
    )

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = give(client, expert, practice)
    assert response.status_code == 302
    # Every language reaches the second level; the history records it.
    assert statuses(practice) == {"expert_validated"}
    actions = PageLogEntry.objects.filter(page=practice).values_list(
        "action", flat=True
    )
    assert STEP_ACTION in actions and OPINION_ACTION in actions
    assert author.email in {a for m in mail.outbox for a in m.to}
    queue = text(client.get(reverse("practices_validation_queue")))
    assert reverse("practices_validation", args=[practice.pk]) not in queue

    # The public page shows the level to everyone, the opinion to members only.
    client.logout()
    page = text(client.get(practice.url))
    assert "Validated by a thematic expert" in page
    assert OPINION not in page
    client.force_login(governed.south.users.stakeholder)
    assert OPINION in text(client.get(practice.url))
    italian = practice.get_translation(
        PracticePage.objects.get(pk=practice.pk).locale.__class__.objects.get(
            language_code="it"
        )
    )
    assert "Convalidata da un esperto tematico" in text(client.get(italian.url))

    # The library filters by level.
    index = practice.get_parent()
    listed = text(client.get(index.url + "?validation=expert_validated"))
    assert practice.title in listed


def test_a_draft_written_before_the_opinion_cannot_undo_it(
    client, people, practice, django_capture_on_commit_callbacks
):
    governed, expert, _author = people
    practice = validate_by_project(
        practice, governed.lead, django_capture_on_commit_callbacks
    )
    draft = PracticePage.objects.get(pk=practice.pk)
    draft.summary = "A new summary written before the expert's opinion."
    revision = draft.save_revision(user=governed.lead)
    with django_capture_on_commit_callbacks(execute=True):
        give(client, expert, practice)
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish(user=governed.lead)
    assert statuses(practice) == {"expert_validated"}


def test_reservations_keep_the_first_level_and_tell_the_region(
    client, people, practice, django_capture_on_commit_callbacks
):
    governed, expert, author = people
    practice = validate_by_project(
        practice, governed.lead, django_capture_on_commit_callbacks
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        give(client, expert, practice, verdict="reservations", opinion="More data.")
    assert statuses(practice) == {"validated"}
    assert any("More data." in m.body for m in mail.outbox if author.email in m.to)


def test_withdrawing_the_project_validation_goes_back_to_submitted(
    client, people, practice, django_capture_on_commit_callbacks
):
    governed, expert, author = people
    practice = validate_by_project(
        practice, governed.lead, django_capture_on_commit_callbacks
    )
    with django_capture_on_commit_callbacks(execute=True):
        give(client, expert, practice)
    mail.outbox.clear()
    page = PracticePage.objects.get(pk=practice.pk)
    page.validation_status = "submitted"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=governed.lead).publish(user=governed.lead)
    assert PracticePage.objects.get(pk=practice.pk).validation_status == "submitted"
    assert any(author.email in m.to and "withdrawn" in m.body for m in mail.outbox)


@pytest.mark.parametrize(
    "data, message",
    [
        ({"opinion": ""}, "Write the opinion"),
        ({"verdict": "perfect"}, "Select a valid choice"),
        ({"language": "xx"}, "Select a valid choice"),
        ({"opinion": "x" * 5001}, "at most 5000 characters"),
    ],
)
def test_bad_opinions_are_refused_with_a_message(
    client, people, practice, django_capture_on_commit_callbacks, data, message
):
    governed, expert, _author = people
    validate_by_project(practice, governed.lead, django_capture_on_commit_callbacks)
    response = give(client, expert, practice, **data)
    assert response.status_code == 400
    assert message in text(response)
    assert not opinions(practice)


def test_a_submitted_practice_gets_no_opinion(client, people, practice):
    _governed, expert, _author = people
    response = give(client, expert, practice)
    assert response.status_code == 302
    assert not opinions(practice)
    assert statuses(practice) == {"submitted"}


@pytest.mark.parametrize(
    "who", ["north-coordinator", "north-editor", "south-editor", "lead", "stakeholder"]
)
def test_only_experts_give_opinions(
    client, people, practice, django_capture_on_commit_callbacks, who
):
    governed, _expert, _author = people
    validate_by_project(practice, governed.lead, django_capture_on_commit_callbacks)
    users = {
        "north-coordinator": governed.north.users.coordinator,
        "north-editor": governed.north.users.editor,
        "south-editor": governed.south.users.editor,
        "lead": governed.lead,
        "stakeholder": governed.north.users.stakeholder,
    }
    response = give(client, users[who], practice)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/login/" in response["Location"]
    assert not opinions(practice)
    assert statuses(practice) == {"validated"}


def test_who_follows_a_practice_validation(client, people, practice):
    governed, expert, author = people
    url = reverse("practices_validation", args=[practice.pk])
    for user in (author, governed.north.users.coordinator, governed.lead, expert):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200, user
        assert ("Save the opinion" in text(response)) == (user == expert)
    client.force_login(governed.south.users.editor)
    assert client.get(url).status_code == 403
    client.force_login(governed.south.users.coordinator)
    assert client.get(reverse("practices_validation_queue")).status_code == 403
    missing = reverse("practices_validation", args=[999999])
    assert client.get(missing, follow=True).status_code == 404


def test_the_author_follows_the_level_on_the_dashboard(client, people, practice):
    _governed, _expert, author = people
    client.force_login(author)
    dashboard = text(client.get(reverse("wagtailadmin_home")))
    assert "Validation of your practices" in dashboard
    assert practice.title in dashboard
