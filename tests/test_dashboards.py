"""The dashboard drives the day's work, per role: what each panel shows, its
total, where its "see all" link leads, and nothing from another region."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from branding.factories import make_inquiry
from branding.models import InvestorInquiry
from cms.cases.panels import PANEL_LIMIT
from cms.testing import text


def inquiry(region, company="Acme", **fields):
    return make_inquiry(region, company=company, **fields)


def panel(html, title):
    """The text of the dashboard panel headed ``title``."""
    start = html.index(f">{title}")
    return html[start : html.index("</section>", start)]


def dashboard(client, user):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_new_inquiry_is_on_the_coordinators_dashboard(client, governed):
    new = inquiry(governed.north.region)
    other = inquiry(governed.south.region, company="Elsewhere")
    html = dashboard(client, governed.north.users.coordinator)
    shown = panel(html, "New and unassigned")
    assert new.reference in shown
    assert other.reference not in html  # nothing from another region
    listing = reverse("wagtailsnippets_branding_investorinquiry:list")
    assert f'href="{listing}?status=new&amp;unassigned=true"' in shown
    assert "See all (1): investor inquiries" in shown


def test_the_see_all_link_lists_the_same_cases(client, governed):
    new = inquiry(governed.north.region)
    taken = inquiry(governed.north.region, company="Taken")
    taken.assign(governed.north.users.coordinator)
    client.force_login(governed.north.users.coordinator)
    listing = reverse("wagtailsnippets_branding_investorinquiry:list")
    page = text(client.get(f"{listing}?status=new&unassigned=true"))
    assert new.reference in page
    assert taken.reference not in page


def test_taking_a_case_moves_it_to_my_open_cases(client, governed):
    coordinator = governed.north.users.coordinator
    case = inquiry(governed.north.region)
    case.assign(coordinator)
    html = dashboard(client, coordinator)
    assert case.reference not in panel(html, "New and unassigned")
    mine = panel(html, "My open cases")
    assert case.reference in mine
    listing = reverse("wagtailsnippets_branding_investorinquiry:list")
    assert f"{listing}?assignee={coordinator.pk}&amp;open=true" in mine


def test_the_lead_partner_sees_every_regions_new_cases(client, governed):
    north = inquiry(governed.north.region)
    south = inquiry(governed.south.region, company="Elsewhere")
    shown = panel(dashboard(client, governed.lead), "New and unassigned")
    assert north.reference in shown and south.reference in shown


def test_editors_and_stakeholders_get_no_case_panels(client, governed):
    inquiry(governed.north.region)
    for person in (governed.north.users.editor, governed.north.users.stakeholder):
        html = dashboard(client, person)
        assert "New and unassigned" not in html
        assert "INQ-" not in html


def test_a_long_panel_says_its_total_and_links_to_all(client, governed):
    for number in range(PANEL_LIMIT + 2):
        inquiry(governed.north.region, company=f"Company {number}")
    shown = panel(
        dashboard(client, governed.north.users.coordinator), "New and unassigned"
    )
    assert shown.count("INQ-") == PANEL_LIMIT
    assert f'<span class="w-status">{PANEL_LIMIT + 2}</span>' in shown
    assert f"See all ({PANEL_LIMIT + 2}): investor inquiries" in shown


def test_overdue_cases_link_to_the_overdue_listing(client, governed):
    late = inquiry(governed.north.region)
    InvestorInquiry.objects.filter(pk=late.pk).update(
        due_date=timezone.localdate() - datetime.timedelta(days=3)
    )
    shown = panel(
        dashboard(client, governed.north.users.coordinator),
        "Overdue cases and actions",
    )
    assert late.reference in shown
    listing = reverse("wagtailsnippets_branding_investorinquiry:list")
    assert f"{listing}?overdue=true" in shown


def test_an_empty_panel_says_so(client, governed):
    html = dashboard(client, governed.north.users.coordinator)
    assert "No new case waits for someone to take it." in html
    assert "No open case is assigned to you." in html


def _many_inquiries(region, count):
    today = timezone.localdate()
    InvestorInquiry.objects.bulk_create(
        InvestorInquiry(
            reference=f"INQ-BULK-{region.pk}-{number}",
            title=f"Bulk {number}",
            name="Ann Example",
            company=f"Bulk {number}",
            email="ann@acme.example",
            country="Canada",
            message="We look for a site.",
            consent=True,
            region=region,
            due_date=today - datetime.timedelta(days=number % 7),
        )
        for number in range(count)
    )


def _dashboard_queries(client, user):
    client.force_login(user)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return len(queries)


# The whole dashboard (Wagtail's panels and ours), measured, not guessed. The
# "Translations to do" panel costs 10 of them, whatever the number of pages
# (cms/tests/test_translation_status.py pins the table itself). Wagtail's review
# panels ask the regional task for the reviews the person may take
# (RegionalCoordinatorApprovalTask.get_task_states_user_can_moderate): a fixed
# number of queries since 2026-12-07, no longer 4 per open review (79 and 77
# with the demo's six). The practice questions' panel (a third case type, issue 20)
# adds 3.
PINNED = {"coordinator": 64, "lead": 62}


@pytest.mark.parametrize("role", ["coordinator", "lead"])
def test_dashboard_queries_do_not_grow_with_the_cases(client, governed, role):
    person = governed.lead if role == "lead" else governed.north.users.coordinator
    _many_inquiries(governed.north.region, 100)
    at_100 = _dashboard_queries(client, person)
    _many_inquiries(governed.south.region, 9_900)
    assert InvestorInquiry.objects.count() >= 10_000
    at_10_000 = _dashboard_queries(client, person)
    assert at_10_000 == at_100
    assert at_100 == PINNED[role], at_100


def test_case_listings_offer_the_same_ready_made_filters(client, governed):
    coordinator = governed.north.users.coordinator
    new = inquiry(governed.north.region)
    mine = inquiry(governed.north.region, company="Mine")
    mine.assign(coordinator)
    client.force_login(coordinator)
    listing = reverse("wagtailsnippets_branding_investorinquiry:list")
    page = client.get(listing).content.decode()
    assert 'aria-current="page">All cases' in page
    mine_url = f"{listing}?assignee={coordinator.pk}&amp;open=true"
    assert f'href="{mine_url}"' in page
    assert f'href="{listing}?status=new&amp;unassigned=true"' in page
    assert f'href="{listing}?overdue=true"' in page
    filtered = client.get(mine_url.replace("&amp;", "&")).content.decode()
    assert f'href="{mine_url}" aria-current="page"' in filtered
    assert mine.reference in filtered and new.reference not in filtered
