"""What can be searched, by the short names used in the ``type`` parameter."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

PAGE_TYPES = {
    "practice": ("practices.PracticePage", _("Good practices")),
    "region": ("regions.RegionPage", _("Territories")),
    "value_chain": ("regions.ValueChainPage", _("Value chains")),
    "event": ("practices.EventPage", _("Exchange activities")),
    "action_plan": ("regions.ActionPlanPage", _("Action plans")),
    "page": ("home.StandardPage", _("Other pages")),
}
DOCUMENT_TYPE = "document"
DOCUMENT_LABEL = _("Documents")


def page_models():
    """{type name: model} for the page types installed now."""
    found = {}
    for name, (label, _verbose) in PAGE_TYPES.items():
        try:
            found[name] = apps.get_model(label)
        except LookupError:
            continue
    return found


def type_choices():
    models = page_models()
    choices = [(name, PAGE_TYPES[name][1]) for name in models]
    choices.append((DOCUMENT_TYPE, DOCUMENT_LABEL))
    return choices
