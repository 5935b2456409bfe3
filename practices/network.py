"""The learning network: who learned what from whom.

Regions are the nodes. A link goes from the region that gave to the region that
took:

- ``event``: an exchange activity (study visit, workshop, training, peer review)
  goes from its host to each partner region that attended it;
- ``inspired``: an action of a Local Action Plan names a good practice among its
  inspiring practices: from the practice's origin region to the plan's region,
  with the action's latest monitored status;
- ``transfer``: a transfer case, from the practice's origin region to the
  adopting region, with its stage.

The public graph counts only public facts: live events without a view
restriction, and the actions of live, public plans naming live, public practices.
Transfer cases are internal: only the lead partner's admin view shows them
(``build(..., user=lead partner)``). Regions are matched by ``translation_key``,
so links made in any language meet. ``build`` runs a fixed number of queries,
whatever the number of events, actions and cases.
"""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from cms.access import public_viewer, viewer_for, visible_pages

from .models import (
    ActionPractice,
    EventKind,
    EventPage,
    PracticePage,
    TransferCase,
    TransferStage,
)
from .network_filters import Filters  # noqa: F401 (the views' entry point)

EVENT, INSPIRED, TRANSFER = "event", "inspired", "transfer"
EXCHANGE_KINDS = [
    EventKind.STUDY_VISIT,
    EventKind.WORKSHOP,
    EventKind.TRAINING,
    EventKind.PEER_REVIEW,
]
LINK_KINDS = {
    EVENT: _("Exchange activities"),
    INSPIRED: _("Actions inspired by a practice"),
    TRANSFER: _("Transfer cases"),
}
PUBLIC_KINDS = (EVENT, INSPIRED)
# The drawing: room beside the circle of regions for their names.
WIDTH, HEIGHT, RADIUS = 900, 640, 230


@dataclass
class Link:
    """One fact: an event attended, an action inspired, a case."""

    kind: str
    source: str  # translation_key of the region that gave
    target: str  # ... and of the region that took
    item: object  # the event, action or case id
    pillars: frozenset
    year: object  # int or None
    detail: str  # the event's kind, the action's status, the case's stage
    practice: str = ""  # translation_key of the practice (inspired, transfer)
    label: str = ""  # the case's reference and title (admin)


@dataclass
class Node:
    key: str
    title: str
    url: str = ""
    x: float = 0
    y: float = 0
    label_x: float = 0
    label_y: float = 0
    anchor: str = "middle"
    figures: dict = field(default_factory=dict)


@dataclass
class Edge:
    source: Node
    target: Node
    kind: str
    links: list = field(default_factory=list)
    path: str = ""

    @property
    def weight(self):
        return len({link.item for link in self.links})

    @property
    def width(self):
        return min(1 + 1.5 * self.weight, 10)

    @property
    def kind_label(self):
        return LINK_KINDS[self.kind]

    @property
    def details(self):
        """(label, count) of event kinds, action statuses or case stages."""
        labels = detail_labels()
        counts = Counter()
        for _item, detail in {(link.item, link.detail) for link in self.links}:
            counts[detail] += 1
        return [(labels.get(d) or _("Not reported yet"), n) for d, n in counts.items()]


@dataclass
class Graph:
    nodes: list
    edges: list
    links: list
    public: bool = True
    width: int = WIDTH
    height: int = HEIGHT

    def totals(self):
        items = defaultdict(set)
        for link in self.links:
            items[link.kind].add(link.item)
        return {kind: len(found) for kind, found in items.items()}

    def neighbourhood(self, key):
        """The edges touching region ``key``: (given, taken)."""
        given = [e for e in self.edges if e.source.key == key]
        taken = [e for e in self.edges if e.target.key == key]
        return given, taken

    def node(self, key):
        return next((n for n in self.nodes if n.key == key), None)


def detail_labels():
    from regions.models import ActionProgress

    return {
        **dict(EventKind.choices),
        **dict(ActionProgress.Status.choices),
        **dict(TransferStage.choices),
    }


# Reading the facts ------------------------------------------------------------


def _regions(locale, public, request):
    from regions.models import RegionPage

    regions = RegionPage.objects.live().filter(locale=locale)
    if public is not None:
        regions = visible_pages(public, regions)
    return list(
        regions.only(
            "pk", "title", "url_path", "path", "depth", "translation_key", "longitude"
        ).order_by("longitude", "title")
    )


def event_links(locale, public):
    from .models.events import EventPagePractice, EventPageRegion

    events = visible_pages(
        public,
        EventPage.objects.live().filter(locale=locale, kind__in=EXCHANGE_KINDS),
    )
    rows = events.values_list("pk", "kind", "start", "host_region__translation_key")
    pillars = defaultdict(set)
    for page_id, pillar in EventPagePractice.objects.filter(
        page__in=events
    ).values_list("page_id", "practice__pillar"):
        pillars[page_id].add(pillar)
    attended = defaultdict(set)
    for page_id, key in EventPageRegion.objects.filter(page__in=events).values_list(
        "page_id", "region__translation_key"
    ):
        attended[page_id].add(key)
    links = []
    for pk, kind, start, host in rows:
        for key in sorted(attended[pk] - {host}):
            links.append(
                Link(EVENT, host, key, pk, frozenset(pillars[pk]), start.year, kind)
            )
    return links


def inspired_links(locale, public, region_paths):
    """Actions of live public plans in ``locale`` naming live public practices."""
    from regions.models import ActionPlanPage

    from .traceability import latest_statuses

    plans = visible_pages(public, ActionPlanPage.objects.live().filter(locale=locale))
    practices = visible_pages(public, PracticePage.objects.live())
    rows = list(
        ActionPractice.objects.filter(
            action__page__in=plans, practice__in=practices
        ).values_list(
            "action__translation_key",
            "action__start_date",
            "action__page__path",
            "practice__translation_key",
            "practice__pillar",
            "practice__origin_region__translation_key",
        )
    )
    statuses = latest_statuses({row[0] for row in rows}, submitted_only=True)
    links = []
    for action, start, plan_path, practice, pillar, origin in rows:
        region = region_paths.get(plan_path[:-4])
        links.append(
            Link(
                INSPIRED,
                origin,
                region,
                action,
                frozenset([pillar]),
                start.year if start else None,
                statuses.get(action, ""),
                practice=practice,
            )
        )
    return links


def transfer_links(user):
    """The cases ``user`` may see (cms.access), every stage."""
    cases = viewer_for(user).cases(TransferCase.objects.all())
    links = []
    for (
        pk,
        ref,
        title,
        stage,
        created,
        region,
        practice,
        pillar,
        origin,
    ) in cases.values_list(
        "pk",
        "reference",
        "title",
        "status",
        "created_at",
        "region__translation_key",
        "practice__translation_key",
        "practice__pillar",
        "practice__origin_region__translation_key",
    ):
        links.append(
            Link(
                TRANSFER,
                origin,
                region,
                pk,
                frozenset([pillar]),
                created.year,
                stage,
                practice=practice,
                label=f"{ref} · {title}",
            )
        )
    return links


# The graph -----------------------------------------------------------------------


def build(locale, request=None, filters=None, user=None):
    """The network in ``locale``; public unless ``user`` (the lead partner) is
    given, then with every region and transfer case the user may see."""
    public = None if user is not None else public_viewer(request)
    regions = _regions(locale, public, request)
    nodes = {
        r.translation_key: Node(r.translation_key, r.title, _url(r, request))
        for r in regions
    }
    region_paths = {r.path: r.translation_key for r in regions}
    viewer = public if public is not None else viewer_for(user)
    links = event_links(locale, viewer) + inspired_links(locale, viewer, region_paths)
    if user is not None and viewer.is_lead_partner:
        links += transfer_links(user)
    links = [
        link
        for link in links
        if link.source in nodes and link.target in nodes and link.source != link.target
    ]
    if filters is not None:
        links = [link for link in links if filters.keeps(link)]
    edges = {}
    for link in links:
        key = (link.source, link.target, link.kind)
        if key not in edges:
            edges[key] = Edge(nodes[link.source], nodes[link.target], link.kind)
        edges[key].links.append(link)
    graph = Graph(list(nodes.values()), list(edges.values()), links, public is not None)
    _figures(graph)
    _layout(graph)
    return graph


def _url(region, request):
    if request is None:
        return region.url or ""
    return region.get_url(request) or ""


def _figures(graph):
    given, taken = defaultdict(set), defaultdict(set)
    hosted, attended, abroad = defaultdict(set), defaultdict(set), defaultdict(set)
    for link in graph.links:
        if link.kind == EVENT:
            hosted[link.source].add(link.item)
            attended[link.target].add(link.item)
            continue
        given[link.source].add(link.practice)
        taken[link.target].add(link.practice)
        if link.kind == INSPIRED:
            abroad[link.source].add(link.item)
    for node in graph.nodes:
        node.figures = {
            "practices_given": len(given[node.key]),
            "practices_taken": len(taken[node.key]),
            "events_hosted": len(hosted[node.key]),
            "events_attended": len(attended[node.key]),
            "actions_inspired_abroad": len(abroad[node.key]),
        }


def _layout(graph):
    """Regions on a circle, the westernmost on the left, then clockwise over the
    top; each edge a curve bending to its left, so the two directions between a
    pair and their kinds stay apart."""
    cx, cy, count = WIDTH / 2, HEIGHT / 2, max(len(graph.nodes), 1)
    for index, node in enumerate(graph.nodes):
        angle = math.pi + 2 * math.pi * index / count
        node.x = round(cx + RADIUS * math.cos(angle), 1)
        node.y = round(cy + RADIUS * math.sin(angle), 1)
        node.label_x = round(cx + (RADIUS + 20) * math.cos(angle), 1)
        node.label_y = round(cy + (RADIUS + 20) * math.sin(angle) + 5, 1)
        cos = math.cos(angle)
        node.anchor = "start" if cos > 0.3 else "end" if cos < -0.3 else "middle"
    bends = {EVENT: 0.12, INSPIRED: 0.24, TRANSFER: 0.36}
    for edge in graph.edges:
        a, b = edge.source, edge.target
        dx, dy = b.x - a.x, b.y - a.y
        bend = bends[edge.kind]
        cx, cy = (a.x + b.x) / 2 + dy * bend, (a.y + b.y) / 2 - dx * bend
        edge.path = f"M{a.x} {a.y} Q{cx:.1f} {cy:.1f} {b.x} {b.y}"
