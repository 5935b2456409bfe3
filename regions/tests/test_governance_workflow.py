"""Two-step review: editor submits, coordinator approves, lead partner publishes.

Everything goes through the admin URLs an editor's browser would call, and the
e-mails land in Django's locmem outbox.
"""

from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from cms.factories import make_user
from home.factories import make_child_page
from home.models import HomePage
from regions.tests.test_governance_permissions import page_form


def submit(client, user, page, title):
    client.force_login(user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {**page_form(title, page.slug), "action-submit": "1"},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    return page.current_workflow_task_state


def act(client, user, page, action, comment=""):
    page.refresh_from_db()
    state = page.current_workflow_task_state
    client.force_login(user)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk]),
        {"comment": comment},
    )


def recipients():
    return {address for message in mail.outbox for address in message.to}


def test_editor_submits_coordinator_approves_lead_partner_publishes(client, governed):  # noqa: F811
    north, south = governed.north, governed.south
    page = north.news
    mail.outbox.clear()

    state = submit(client, north.users.editor, page, "North news, reviewed")
    assert state.task.specific.name == "Approval by the region's coordinators"
    page.refresh_from_db()
    assert page.title == "Test North news"  # not public yet
    assert north.users.coordinator.email in recipients()
    assert south.users.coordinator.email not in recipients()
    assert governed.lead.email not in recipients()
    assert "North news, reviewed" in mail.outbox[0].subject

    # The other region's coordinator has no action on it and is refused.
    task = state.task.specific
    assert task.get_actions(page, south.users.coordinator) == []
    assert task.get_actions(page, north.users.coordinator)
    response = act(client, south.users.coordinator, page, "approve")
    assert response.status_code in (302, 403)
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS
    assert not task.get_task_states_user_can_moderate(south.users.coordinator).exists()
    assert (
        task.get_task_states_user_can_moderate(north.users.coordinator)
        .filter(pk=state.pk)
        .exists()
    )

    mail.outbox.clear()
    act(client, north.users.coordinator, page, "approve")
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_APPROVED
    page.refresh_from_db()
    assert page.title == "Test North news"  # still waiting for the lead partner
    lead_state = page.current_workflow_task_state
    assert lead_state.task.name == "Approval by the lead partner"
    assert governed.lead.email in recipients()
    assert north.users.coordinator.email not in recipients()

    # A coordinator cannot take the lead partner's step.
    act(client, north.users.coordinator, page, "approve")
    lead_state.refresh_from_db()
    assert lead_state.status == TaskState.STATUS_IN_PROGRESS

    mail.outbox.clear()
    act(client, governed.lead, page, "approve", comment="Good to go")
    page.refresh_from_db()
    assert page.live
    assert page.title == "North news, reviewed"
    assert not page.workflow_in_progress
    assert north.users.editor.email in recipients()  # told it was approved
    response = client.get(page.url)
    assert b"North news, reviewed" in response.content


def test_rejection_returns_the_page_to_its_author_with_the_comment(client, governed):  # noqa: F811
    north = governed.north
    page = north.news
    submit(client, north.users.editor, page, "North news, too early")
    mail.outbox.clear()

    act(
        client,
        north.users.coordinator,
        page,
        "reject",
        comment="Add the 2023 export figures",
    )
    page.refresh_from_db()
    assert page.title == "Test North news"
    workflow_state = WorkflowState.objects.filter(base_content_type__isnull=False).get(
        object_id=str(page.pk), status=WorkflowState.STATUS_NEEDS_CHANGES
    )
    assert workflow_state.requested_by == north.users.editor
    [message] = [m for m in mail.outbox if north.users.editor.email in m.to]
    assert "Add the 2023 export figures" in message.body
    assert "rejected" in message.subject.lower()

    # The author changes it and submits again; the lead partner can reject too.
    submit(client, north.users.editor, page, "North news, with figures")
    act(client, north.users.coordinator, page, "approve")
    mail.outbox.clear()
    act(client, governed.lead, page, "reject", comment="Cite the source")
    page.refresh_from_db()
    assert page.title == "Test North news"
    [message] = [m for m in mail.outbox if north.users.editor.email in m.to]
    assert "Cite the source" in message.body


def test_pages_outside_regions_are_reviewed_by_the_lead_partner(client, governed):  # noqa: F811
    home = HomePage.objects.get(locale__language_code="en")
    writer = make_user("site-writer", [governed.north.governance.editors])
    page = make_child_page(home, "Partnership news", "partnership-news")
    state = submit(client, governed.lead, page, "Partnership news, revised")
    task = state.task.specific
    assert task.get_actions(page, governed.north.users.coordinator) == []
    assert task.get_actions(page, governed.lead)
    assert task.get_actions(page, writer) == []
    act(client, governed.lead, page, "approve")
    act(client, governed.lead, page, "approve")
    page.refresh_from_db()
    assert Page.objects.get(pk=page.pk).title == "Partnership news, revised"


def _messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_each_review_step_says_what_happened(client, governed):  # noqa: F811
    """Wagtail's action view says nothing; the reviewer is told where the page
    went: on to the lead partner, published, or back to its editor."""
    north = governed.north
    page = north.news
    submit(client, north.users.editor, page, "North news, reviewed")
    response = act(client, north.users.coordinator, page, "approve")
    assert _messages(response)[-1] == (
        "‘North news, reviewed’ approved: it now awaits “Approval by the lead partner”."
    )
    response = act(client, governed.lead, page, "approve")
    assert _messages(response)[-1] == "‘North news, reviewed’ approved and published."

    submit(client, north.users.editor, page, "North news, again")
    response = act(client, north.users.coordinator, page, "reject", comment="No")
    assert _messages(response)[-1] == (
        "Changes requested on ‘North news, again’: it goes back to its editor, "
        "with your comment."
    )


def test_a_refused_action_says_nothing_and_changes_nothing(client, governed):  # noqa: F811
    north, south = governed.north, governed.south
    page = north.news
    state = submit(client, north.users.editor, page, "North news, reviewed")
    response = act(client, south.users.coordinator, page, "approve")
    assert response.status_code in (302, 403)
    assert not any("approved" in text for text in _messages(response))
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS


def _open_reviews(governed, count, north_only=False, batch="a"):
    """``count`` pages of each region (and one outside every region) in review."""
    pages = []
    for side in (governed.north,) if north_only else (governed.north, governed.south):
        for number in range(count):
            page = make_child_page(
                side.region,
                f"Review {side.region.slug} {batch}{number}",
                f"r-{batch}{number}",
            )
            page.save_revision(user=side.users.editor)
            page.get_workflow().start(page, side.users.editor)
            pages.append(page)
    home = HomePage.objects.get(locale__language_code="en")
    outside = make_child_page(home, f"Review outside {batch}", f"r-out-{batch}")
    outside.get_workflow().start(outside, governed.lead)
    return pages + [outside]


def test_reviews_one_may_take_are_found_at_once(
    governed, django_assert_max_num_queries
):  # noqa: F811
    """The set a dashboard asks for is the rule for each page, in a fixed number
    of queries whatever the number of open reviews."""
    pages = _open_reviews(governed, 2)
    task = pages[0].current_workflow_task.specific
    people = [
        governed.north.users.coordinator,
        governed.south.users.coordinator,
        governed.lead,
        governed.north.users.editor,
    ]
    for person in people:
        found = set(task.get_task_states_user_can_moderate(person))
        expected = {
            page.current_workflow_task_state
            for page in pages
            if task.user_is_reviewer(page, person)
        }
        assert found == expected, person
    assert {
        s.workflow_state.content_object.pk
        for s in task.get_task_states_user_can_moderate(governed.lead)
    } == {pages[-1].pk}

    coordinator = governed.north.users.coordinator
    with django_assert_max_num_queries(8):
        assert len(list(task.get_task_states_user_can_moderate(coordinator))) == 2
    _open_reviews(governed, 5, north_only=True, batch="b")
    with django_assert_max_num_queries(8):
        assert len(list(task.get_task_states_user_can_moderate(coordinator))) == 7
