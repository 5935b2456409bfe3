"""The practices app's open-data exports: good practices and events (registered
with the floor's open-data framework, ``cms.opendata``, by this module's name)."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.access import public_viewer
from cms.opendata.datasets import (
    DATE,
    DATETIME,
    DECIMAL,
    INTEGER,
    LIST,
    TEXT,
    URL,
    Column,
    Dataset,
    choice_label_column,
    model_column,
    page_columns,
    public_page_ids,
    publication_columns,
)


class PracticeDataset(Dataset):
    slug = "practices"
    position = 10
    title = _("Good practices")
    description = _(
        "Every published good practice, following the Interreg Europe good-practice "
        "template: one row per practice."
    )
    sheet_title = pgettext_lazy("spreadsheet tab", "practices")

    def page_model(self):
        from practices.models import PracticePage

        return PracticePage

    def prepare(self, queryset, public=None):
        return (
            queryset.select_related("locale", "origin_region")
            .prefetch_related("tagged_items__tag")
            .order_by("path")
        )

    def public_link_ids(self, public):
        from regions.models import RegionPage

        return public_page_ids(RegionPage, public)

    def get_columns(self):
        from practices.models import PracticePage as P

        return [
            *page_columns(),
            model_column(P, "summary"),
            model_column(P, "pillar"),
            choice_label_column(P, "pillar"),
            model_column(P, "implementation_level"),
            choice_label_column(P, "implementation_level"),
            Column(
                "origin_region",
                lambda page, context: context.link_title(
                    page.origin_region_id, page.origin_region
                ),
                P._meta.get_field("origin_region").help_text,
            ),
            Column(
                "topics",
                lambda page, context: sorted(
                    item.tag.name for item in page.tagged_items.all()
                ),
                P._meta.get_field("topics").help_text,
                LIST,
            ),
            model_column(P, "location"),
            model_column(P, "latitude", DECIMAL),
            model_column(P, "longitude", DECIMAL),
            model_column(P, "start_date", DATE),
            model_column(P, "end_date", DATE),
            model_column(P, "main_institution"),
            model_column(P, "description", rich_text=True),
            model_column(P, "resources_needed", rich_text=True),
            model_column(P, "evidence_of_success", rich_text=True),
            model_column(P, "difficulties", rich_text=True),
            model_column(P, "potential_for_transfer", rich_text=True),
            model_column(P, "stakeholders", rich_text=True),
            model_column(P, "contact_name"),
            model_column(P, "contact_organisation"),
            model_column(P, "validation_status"),
            model_column(P, "validated_at", DATE),
            *publication_columns(),
        ]


class EventDataset(Dataset):
    slug = "events"
    position = 40
    title = _("Exchange activities")
    description = _(
        "Study visits, workshops, training, Local Stakeholder Group meetings and "
        "peer reviews: one row per activity."
    )
    sheet_title = pgettext_lazy("spreadsheet tab", "events")

    def page_model(self):
        from practices.models import EventPage

        return EventPage

    def prepare(self, queryset, public=None):
        from practices.models import EventPagePractice, PracticePage

        public = public or public_viewer()
        public_practices = public.pages(PracticePage.objects.all()).values("pk")
        return (
            queryset.select_related("locale", "host_region")
            .prefetch_related(
                Prefetch(
                    "presented_practices",
                    queryset=EventPagePractice.objects.filter(
                        practice__in=public_practices
                    ).select_related("practice"),
                ),
                "participations",
            )
            .order_by("start", "pk")
        )

    def public_link_ids(self, public):
        from regions.models import RegionPage

        return public_page_ids(RegionPage, public)

    def get_columns(self):
        from practices.models import EventPage as E

        return [
            *page_columns(),
            model_column(E, "kind"),
            choice_label_column(E, "kind"),
            model_column(E, "summary"),
            model_column(E, "start", DATETIME),
            model_column(E, "end", DATETIME),
            Column(
                "host_region",
                lambda page, context: context.link_title(
                    page.host_region_id, page.host_region
                ),
                E._meta.get_field("host_region").help_text,
            ),
            model_column(E, "venue"),
            Column(
                "practices",
                lambda page, context: [
                    link.practice.title for link in page.presented_practices.all()
                ],
                _("The good practices presented or discussed at the activity."),
                LIST,
            ),
            Column(
                "participants",
                lambda page, context: sum(p.count for p in page.participations.all()),
                _("How many people took part, all organisation categories together."),
                INTEGER,
            ),
            model_column(E, "outcomes", rich_text=True),
            model_column(E, "lessons_learned", rich_text=True),
            *publication_columns(),
        ]


FIGURES = {
    "practices_given": _("Good practices of the region taken up by other regions."),
    "practices_taken": _("Good practices of other regions the region took up."),
    "events_hosted": _("Exchange activities the region hosted for other regions."),
    "events_attended": _("Exchange activities of other regions it attended."),
    "actions_inspired_abroad": _(
        "Actions of other regions' action plans inspired by its practices."
    ),
}


def _doc(name, description, kind=TEXT):
    return Column(name, lambda obj, context: None, description, kind)


class LearningNetworkDataset(Dataset):
    """Who learned what from whom (practices.network), public facts only: a
    graph, so nodes and edges in JSON and GraphML rather than rows."""

    slug = "learning-network"
    position = 30
    title = _("Learning network")
    description = _(
        "The partner regions (nodes) and what they learned from each other (edges): "
        "published exchange activities, from the host to each region that attended, "
        "and actions of published action plans inspired by another region's "
        "practice. Transfer cases are internal and not included."
    )
    sheet_title = pgettext_lazy("spreadsheet tab", "learning network")
    own_formats = {
        "json": "application/json; charset=utf-8",
        "graphml": "application/graphml+xml; charset=utf-8",
    }

    def page_model(self):
        from practices.models import EventPage

        return EventPage

    def get_columns(self):
        return [
            _doc("nodes.id", _("The region's identifier, the same in every language.")),
            _doc("nodes.title", _("The region's name in the export's language.")),
            _doc("nodes.url", _("The region's page."), URL),
            *[_doc(f"nodes.{name}", text, INTEGER) for name, text in FIGURES.items()],
            _doc("edges.source", _("The region that gave (a node's id).")),
            _doc("edges.target", _("The region that learned (a node's id).")),
            _doc(
                "edges.kind",
                _("“event” (an exchange activity) or “inspired” (an action)."),
            ),
            _doc("edges.weight", _("How many activities or actions."), INTEGER),
            _doc("edges.pillars", _("The pillars of the practices involved."), LIST),
            _doc("edges.years", _("The years of the activities or actions."), LIST),
        ]

    def graph(self, request, locale, public):
        from .network import build

        return build(locale, request)

    def data(self, request, locale, public):
        graph = self.graph(request, locale, public)
        nodes = [
            {
                "id": str(node.key),
                "title": node.title,
                "url": request.build_absolute_uri(node.url)
                if node.url and request is not None
                else "",
                **node.figures,
            }
            for node in graph.nodes
        ]
        edges = [
            {
                "source": str(edge.source.key),
                "target": str(edge.target.key),
                "kind": edge.kind,
                "weight": edge.weight,
                "pillars": sorted(set().union(*(link.pillars for link in edge.links))),
                "years": sorted({link.year for link in edge.links if link.year}),
            }
            for edge in graph.edges
        ]
        return {"nodes": nodes, "edges": edges}

    def version(self, locale, public=None):
        import hashlib
        import json

        # The graph itself: a fixed number of queries, whatever its size.
        data = self.data(None, locale, public)
        digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
        return {"graph": digest}

    def respond(self, request, locale, fmt, filename, public):
        import json

        from django.http import HttpResponse

        data = self.data(request, locale, public)
        if fmt == "graphml":
            body = graphml(data)
        else:
            body = json.dumps(data, ensure_ascii=False, indent=1)
        response = HttpResponse(body, content_type=self.own_formats[fmt])
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response


def graphml(data):
    """The graph as GraphML (http://graphml.graphdrawing.org/), directed."""
    from xml.etree import ElementTree as ET

    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    node_keys = ["title", "url", *FIGURES]
    edge_keys = ["kind", "weight", "pillars", "years"]
    integers = {*FIGURES, "weight"}
    for domain, names in (("node", node_keys), ("edge", edge_keys)):
        for name in names:
            ET.SubElement(
                root,
                "key",
                {
                    "id": name,
                    "for": domain,
                    "attr.name": name,
                    "attr.type": "int" if name in integers else "string",
                },
            )
    graph = ET.SubElement(root, "graph", id="learning-network", edgedefault="directed")
    for node in data["nodes"]:
        element = ET.SubElement(graph, "node", id=node["id"])
        for name in node_keys:
            ET.SubElement(element, "data", key=name).text = str(node[name])
    for number, edge in enumerate(data["edges"], start=1):
        element = ET.SubElement(
            graph, "edge", id=f"e{number}", source=edge["source"], target=edge["target"]
        )
        for name in edge_keys:
            value = edge[name]
            if isinstance(value, list):
                value = "; ".join(str(item) for item in value)
            ET.SubElement(element, "data", key=name).text = str(value)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


DATASETS = [PracticeDataset, EventDataset, LearningNetworkDataset]
