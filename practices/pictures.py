"""The colours of the practices' and activities' drawn pictures
(``cms.demo_pictures``), shared by the demo and the generated content."""

from cms.demo_pictures import demo_picture

# The colours of the demo's illustrations (cms.demo_pictures): a practice's by
# its pillar, an activity's by its kind.
PILLAR_COLOURS = {
    "governance": ["#003399", "#ffcc00", "#1a7f5a", "#5b8db8"],
    "identity": ["#8c2f39", "#f2b632", "#e85d4a", "#2e6b30"],
    "value_chain": ["#1d3557", "#2a9d8f", "#e9c46a", "#f4a261"],
}
EVENT_COLOURS = {
    "study_visit": ["#1b3a5c", "#ffcc00", "#e85d4a"],
    "workshop": ["#3c2a5c", "#f2b632", "#2a9d8f"],
    "training": ["#1f5130", "#e9c46a", "#a7c957"],
    "lsg_meeting": ["#5b4b3a", "#f4a261", "#9bb7a0"],
    "peer_review": ["#003399", "#ffcc00", "#5b8db8"],
}


def event_picture(kind, title=None):
    """An activity's picture: its own (``title``) or one shared by its kind."""
    return demo_picture(
        title or f"Exchange activity: {kind}", "network", EVENT_COLOURS[kind]
    )
