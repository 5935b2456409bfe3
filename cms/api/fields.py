"""Serializer fields for the structured parts of pages in the read-only API.

Page models list what they expose in ``api_fields``; inline children, choices and
links to other pages go through these fields so the JSON stays flat and readable
(``{"label": "Exports", "value": "66.30", ...}``) instead of Wagtail's nested
``meta`` objects for every child row. Decimals are strings, as in the rest of
Wagtail's API, so no precision is lost.

This module must not import any app's models: the models import it.
"""

import datetime
from decimal import Decimal

from rest_framework.fields import Field

from cms.access import public_viewer


def plain(value):
    """A JSON-ready value: decimals as strings, dates in ISO 8601, lists kept."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return str(value)


class ChoiceWithLabel(Field):
    """A choice field as ``{"value": "governance", "label": "Policies and ..."}``.

    The label is in the language of the request (the ``locale`` of the page when
    the API is asked for one language), so consumers need no vocabulary table.
    """

    def __init__(self, choices_from=None, **kwargs):
        kwargs["read_only"] = True
        self.choices_from = choices_from
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        name = self.choices_from or self.field_name
        value = getattr(instance, name)
        if not value:
            return None
        display = getattr(instance, f"get_{name}_display")
        return {"value": value, "label": str(display())}


def restricted_collection_ids(request):
    """Collections whose documents anonymous visitors may not open (per request),
    from the access layer, so the API and the site agree on what is private."""
    return public_viewer(request).hidden_collection_ids


def page_link(page, request):
    if not public_viewer(request).may_open_page(page):
        return None
    url = page.get_url(request)
    return {
        "id": page.pk,
        "title": page.title,
        "slug": page.slug,
        "html_url": request.build_absolute_uri(url) if request and url else url,
    }


class PageLink(Field):
    """A link to another page as ``{"id", "title", "slug", "html_url"}``.

    Only live pages without a view restriction are linked; any other reads as null.
    ``source_method`` names a method or property that returns the page.
    """

    def __init__(self, source_method=None, **kwargs):
        kwargs["read_only"] = True
        self.source_method = source_method
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        if self.source_method:
            value = getattr(instance, self.source_method)
            return value() if callable(value) else value
        return super().get_attribute(instance)

    def to_representation(self, page):
        return page_link(page, self.context.get("request"))


class PageLinks(PageLink):
    """A list of links to public pages (from a method returning pages)."""

    def to_representation(self, pages):
        request = self.context.get("request")
        links = [page_link(page, request) for page in pages]
        return [link for link in links if link is not None]


class ObjectFields(Field):
    """A related object (a snippet such as a sector) as a dict of some attributes."""

    def __init__(self, *names, **kwargs):
        kwargs["read_only"] = True
        self.names = names
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return {name: plain(getattr(obj, name)) for name in self.names}


class PublicDocuments(Field):
    """Documents attached to a page, without any in a restricted collection.

    ``source`` is the inline relation (rows with a ``document``) or, with
    ``single=True``, a document foreign key.
    """

    def __init__(self, single=False, **kwargs):
        kwargs["read_only"] = True
        self.single = single
        super().__init__(**kwargs)

    def describe(self, document):
        request = self.context.get("request")
        if document is None or document.collection_id in restricted_collection_ids(
            request
        ):
            return None
        url = document.url
        return {
            "id": document.pk,
            "title": document.title,
            "download_url": request.build_absolute_uri(url) if request else url,
        }

    def to_representation(self, value):
        if self.single:
            return self.describe(value)
        described = [self.describe(row.document) for row in value.all()]
        return [item for item in described if item is not None]


class InlineList(Field):
    """Inline children (an InlinePanel's rows) as a list of plain dicts.

    ``fields`` are attribute names; a name given as ``("category", "label")``
    adds the choice's display label under ``category_label``. ``related`` names
    a foreign key whose ``(attribute, ...)`` values are flattened in, e.g.
    ``related=("sector", ("code", "name"))`` gives ``sector_code``, ``sector_name``.
    """

    def __init__(self, *fields, related=None, choice_labels=(), **kwargs):
        kwargs["read_only"] = True
        self.names = fields
        self.related = related
        self.choice_labels = choice_labels
        super().__init__(**kwargs)

    def to_representation(self, manager):
        rows = []
        items = manager if isinstance(manager, (list, tuple)) else manager.all()
        for item in items:
            row = {name: plain(getattr(item, name)) for name in self.names}
            for name in self.choice_labels:
                row[f"{name}_label"] = str(getattr(item, f"get_{name}_display")())
            if self.related:
                relation, attributes = self.related
                target = getattr(item, relation)
                for attribute in attributes:
                    row[f"{relation}_{attribute}"] = (
                        plain(getattr(target, attribute)) if target else None
                    )
            rows.append(row)
        return rows


class TagNames(Field):
    """A tag manager as a sorted list of tag names."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, manager):
        return sorted(tag.name for tag in manager.all())


class Translations(Field):
    """The live, public translations of a page, one per other language.

    The listing view fills ``context["translation_map"]`` for the whole page of
    results from one query; the detail view falls back to one query per page.
    """

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        request = self.context.get("request")
        translation_map = self.context.get("translation_map")
        if translation_map is None:
            view = self.context["view"]
            translation_map = translations_by_key(view.get_base_queryset(), [page])
        router = self.context.get("router")
        result = []
        for other in translation_map.get(page.translation_key, []):
            if other.pk == page.pk:
                continue
            url = other.get_url(request)
            detail = router.get_object_detail_urlpath(type(other), other.pk)
            result.append(
                {
                    "id": other.pk,
                    "locale": other.locale.language_code,
                    "title": other.title,
                    "html_url": request.build_absolute_uri(url) if url else None,
                    "detail_url": request.build_absolute_uri(detail)
                    if detail
                    else None,
                }
            )
        return result


def translations_by_key(base_queryset, pages):
    """{translation_key: [live public pages sharing it]} in one query."""
    keys = {page.translation_key for page in pages}
    mapping = {}
    if not keys:
        return mapping
    for other in (
        base_queryset.filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("locale__language_code")
    ):
        mapping.setdefault(other.translation_key, []).append(other)
    return mapping
