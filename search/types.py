"""What can be searched, by the short names used in the ``type`` parameter."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

# type name: (model label or labels, what the visitor reads)
PAGE_TYPES = {
    "practice": ("practices.PracticePage", _("Good practices")),
    "region": ("regions.RegionPage", _("Territories")),
    "value_chain": ("regions.ValueChainPage", _("Value chains")),
    "event": ("practices.EventPage", _("Exchange activities")),
    "action_plan": ("regions.ActionPlanPage", _("Action plans")),
    "page": (
        ("home.StandardPage", "branding.BrandPage", "branding.ShowcasePage"),
        _("Other pages"),
    ),
}
DOCUMENT_TYPE = "document"
DOCUMENT_LABEL = _("Documents")


def page_models():
    """{type name: [model, ...]} for the page types installed now.

    A type whose models are not installed (an app still being built) is left out.
    """
    found = {}
    for name, (labels, _verbose) in PAGE_TYPES.items():
        if isinstance(labels, str):
            labels = (labels,)
        models = []
        for label in labels:
            try:
                models.append(apps.get_model(label))
            except LookupError:
                continue
        if models:
            found[name] = models
    return found
