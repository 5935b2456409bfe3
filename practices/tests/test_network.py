"""The learning network (issue 20 item 2): its counts come from the events,
actions and cases, only public facts reach the public graph, transfer cases only
the lead partner's admin view, and its cost does not grow with the content."""

import datetime
import json
from xml.etree import ElementTree

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from cms.testing import text as body
from practices.models import (
    ActionPractice,
    EventIndexPage,
    EventPage,
    EventPageRegion,
    LearningNetworkPage,
    PracticePage,
    TransferCase,
)
from practices.network import EVENT, EXCHANGE_KINDS, INSPIRED, TRANSFER, Filters, build
from regions.models import ActionPlanPage, RegionPage

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "it", "es", "sv", "pl"]
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def english():
    return Locale.objects.get(language_code="en")


def network_page(language="en"):
    return LearningNetworkPage.objects.get(locale__language_code=language)


def user(username):
    return get_user_model().objects.get(username=username)


def public_events():
    events = (
        EventPage.objects.live()
        .public()
        .filter(locale=english(), kind__in=EXCHANGE_KINDS)
    )
    return {
        event.pk
        for event in events
        if EventPageRegion.objects.filter(page=event)
        .exclude(region__translation_key=event.host_region.translation_key)
        .exists()
    }


def public_actions():
    plans = ActionPlanPage.objects.live().public().filter(locale=english())
    practices = PracticePage.objects.live().public()
    return set(
        ActionPractice.objects.filter(
            action__page__in=plans, practice__in=practices
        ).values_list("action__translation_key", flat=True)
    )


def test_the_counts_equal_the_events_and_actions_they_come_from():
    graph = build(english())
    totals = graph.totals()
    assert totals[EVENT] == len(public_events()) > 0
    assert totals[INSPIRED] == len(public_actions()) > 0
    assert TRANSFER not in totals
    attendances = EventPageRegion.objects.filter(
        page_id__in=public_events()
    ).select_related("page__host_region", "region")
    event_links = [link for link in graph.links if link.kind == EVENT]
    assert len(event_links) == sum(
        1
        for a in attendances
        if a.region.translation_key != a.page.host_region.translation_key
    )
    # An edge's weight counts its events or actions; the figures add up.
    assert sum(e.weight for e in graph.edges if e.kind == EVENT) == len(event_links)
    hosted = sum(node.figures["events_hosted"] for node in graph.nodes)
    assert hosted == len(public_events())


def test_every_demo_region_is_connected_in_every_language():
    for language in LANGUAGES:
        graph = build(Locale.objects.get(language_code=language))
        assert (
            len(graph.nodes)
            == RegionPage.objects.live().filter(locale__language_code=language).count()
        )
        touched = {e.source.key for e in graph.edges} | {
            e.target.key for e in graph.edges
        }
        assert touched == {node.key for node in graph.nodes}, language


def test_filters_narrow_the_links_and_bad_values_are_ignored():
    whole = build(english())
    events_only = build(english(), filters=Filters(kind=EVENT))
    assert {e.kind for e in events_only.edges} == {EVENT}
    governance = build(english(), filters=Filters(pillar="value_chain"))
    assert all("value_chain" in link.pillars for link in governance.links)
    assert len(governance.links) < len(whole.links)
    early = build(english(), filters=Filters(start=2017, end=2017))
    assert early.links and all(link.year == 2017 for link in early.links)
    found = Filters.from_query({"pillar": "x", "kind": TRANSFER, "start": "abc"})
    assert not found.active
    assert len(found.ignored) == 3  # transfer is not a public kind
    found = Filters.from_query({"start": "２０１８", "end": "²"})
    assert not found.active and len(found.ignored) == 2
    found = Filters.from_query({"start": "2019", "end": "2017"})
    assert (found.start, found.end) == (2017, 2019)


def test_the_page_ignores_bad_filters_with_a_message(client):
    url = network_page().url
    response = client.get(url + "?pillar=nope&kind=transfer&start=-1&end=99999999")
    assert response.status_code == 200
    assert "were not understood" in body(response)
    response = client.get(url + "?kind=event&start=2017&end=2018")
    assert response.status_code == 200


def test_a_private_or_unpublished_event_stays_off_the_public_graph(client):
    event = EventPage.objects.get(pk=min(public_events()))
    before = build(english()).totals()[EVENT]
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.LOGIN
    )
    assert build(english()).totals()[EVENT] == before - 1
    PageViewRestriction.objects.filter(page=event).delete()
    event.unpublish()
    assert build(english()).totals()[EVENT] == before - 1
    # The lead partner's view follows live pages only too.
    admin = build(english(), user=user("admin"))
    assert event.pk not in {link.item for link in admin.links if link.kind == EVENT}


def test_a_private_plan_stays_off_the_public_graph():
    plan = ActionPlanPage.objects.live().filter(locale=english()).first()
    keys = set(plan.actions.values_list("translation_key", flat=True))
    graph = build(english())
    assert keys & {link.item for link in graph.links}
    PageViewRestriction.objects.create(
        page=plan, restriction_type=PageViewRestriction.LOGIN
    )
    graph = build(english())
    assert not keys & {link.item for link in graph.links}


def test_transfer_cases_only_in_the_lead_partners_view(client):
    cases = TransferCase.objects.exclude(practice__origin_region=None)
    reference = cases.first().reference
    public = client.get(network_page().url)
    assert reference not in body(public)
    admin = build(english(), user=user("admin"))
    counted = {link.item for link in admin.links if link.kind == TRANSFER}
    assert counted == set(cases.values_list("pk", flat=True))
    client.force_login(user("admin"))
    response = client.get(reverse("practices_learning_network"))
    assert response.status_code == 200
    assert reference in body(response)


@pytest.mark.parametrize(
    "username", ["emilia-romagna-coordinator", "emilia-romagna-editor"]
)
def test_the_admin_network_is_refused_to_regional_people(client, username):
    client.force_login(user(username))
    response = client.get(reverse("practices_learning_network"))
    assert response.status_code == 403
    assert "TC-" not in body(response)


def test_open_data_json_and_graphml_have_the_same_counts(client):
    graph = build(english())
    data = json.loads(body(client.get("/en/opendata/learning-network.json")))
    assert len(data["nodes"]) == len(graph.nodes)
    assert len(data["edges"]) == len(graph.edges)
    assert sum(e["weight"] for e in data["edges"]) == sum(e.weight for e in graph.edges)
    response = client.get("/en/opendata/learning-network.graphml")
    assert response["Content-Type"].startswith("application/graphml+xml")
    root = ElementTree.fromstring(response.content)
    tree = root.find(f"{GRAPHML}graph")
    assert len(tree.findall(f"{GRAPHML}node")) == len(graph.nodes)
    assert len(tree.findall(f"{GRAPHML}edge")) == len(graph.edges)
    assert client.get("/en/opendata/learning-network.csv").status_code == 404
    assert b"TC-" not in response.content


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_renders_in_every_language(client, language):
    from django.utils import translation

    response = client.get(network_page(language).url)
    assert response.status_code == 200
    html = body(response)
    assert 'role="img"' in html and "<caption" in html
    assert 'style="' not in html and "<script>" not in html
    with translation.override(language):
        label = translation.gettext("Practices given")
        kinds = translation.gettext("Exchange activities")
    assert label in html and kinds in html
    if language != "en":
        assert label != "Practices given"


def test_the_region_page_shows_its_neighbourhood(client):
    region = RegionPage.objects.live().get(
        locale__language_code="pl", slug="wielkopolska"
    )
    html = body(client.get(region.url))
    assert 'id="network-heading"' in html


def add_events(count, offset=0):
    index = EventIndexPage.objects.get(locale=english())
    regions = list(RegionPage.objects.live().filter(locale=english()))
    start = timezone.now() - datetime.timedelta(days=400)
    for number in range(offset, offset + count):
        event = EventPage(
            title=f"Extra visit {number}",
            slug=f"extra-visit-{number}",
            kind="study_visit",
            summary="A visit.",
            start=start,
            end=start,
            host_region=regions[number % len(regions)],
        )
        event.attending_regions.add(
            EventPageRegion(region=regions[(number + 1) % len(regions)])
        )
        index.add_child(instance=event)


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_the_cost_is_the_same_at_few_and_many_events(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = network_page().url
    add_events(3)
    few = queries(client, url)
    add_events(30, offset=3)
    many = queries(client, url)
    assert few == many, (few, many)
    assert many == 21, many  # the graph: 10; the page around it: 11
    with CaptureQueriesContext(connection) as context:
        build(english())
    assert len(context) == 10


def test_one_network_page_per_language_under_the_home_page():
    from wagtail.test.utils import WagtailPageTestCase

    from home.models import HomePage

    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(LearningNetworkPage, {HomePage})
    case.assertAllowedSubpageTypes(LearningNetworkPage, set())
    for language in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=language, depth=2)
        assert network_page(language).get_parent().pk == home.pk
        assert not LearningNetworkPage.can_create_at(home)  # it already has one
    help_text = LearningNetworkPage._meta.get_field("intro").help_text
    assert "Transfer cases are internal" in str(help_text)
