"""What the search index holds for page types whose models live in other apps.

RegionPage, ValueChainPage, BrandPage and ShowcasePage declare no text of their
own in ``search_fields``, and the facets need ``EventPage.host_region`` and
``ValueChainPage.sector`` as filter fields. The search app owns what is
searchable, so it adds them here, once, when the apps are ready (before any
indexing). Fields a model already declares, or does not have (an app that is
not installed yet, a field renamed), are skipped.

If a model later declares these itself, the entries here become no-ops.
"""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from wagtail.search import index

EXTRA_SEARCH_FIELDS = {
    "regions.RegionPage": [
        index.SearchField("partner_name"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.AutocompleteField("partner_name"),
    ],
    "regions.ValueChainPage": [
        index.SearchField("summary"),
        index.SearchField("stages"),
        index.SearchField("market_trends"),
        index.SearchField("key_companies"),
        index.FilterField("sector"),
    ],
    "practices.PracticePage": [
        index.SearchField("resources_needed"),
        index.SearchField("evidence_of_success"),
        index.SearchField("difficulties"),
        index.SearchField("potential_for_transfer"),
        index.SearchField("stakeholders"),
    ],
    "practices.EventPage": [
        index.SearchField("outcomes"),
        index.SearchField("lessons_learned"),
        index.FilterField("host_region"),
    ],
    "branding.BrandPage": [
        index.SearchField("brand_name"),
        index.SearchField("claim"),
        index.SearchField("story"),
        index.SearchField("values"),
        index.SearchField("usage_guidelines"),
        index.SearchField("campaigns"),
    ],
    "branding.ShowcasePage": [
        index.SearchField("headline"),
        index.SearchField("intro"),
        index.SearchField("selling_points"),
        index.SearchField("contact_intro"),
    ],
}


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def add_search_fields(extra=EXTRA_SEARCH_FIELDS):
    """Append the missing entries of ``extra`` to each model's own search_fields."""
    for label, fields in extra.items():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        # Only the model's own list: subclasses built from it keep theirs.
        own = list(model.__dict__.get("search_fields", model.search_fields))
        present = {(type(f), f.field_name) for f in own}
        added = [
            f
            for f in fields
            if (type(f), f.field_name) not in present
            and _has_field(model, f.field_name)
        ]
        if added:
            model.search_fields = [*own, *added]
