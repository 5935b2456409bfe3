"""What each open-data export contains: its rows and its columns, with their meaning.

A dataset is the single definition behind the CSV, XLSX and JSON files and behind
the field documentation on the public "Open data" page, so the two cannot drift.
A column taken from a model field documents itself with the field's help text
(already translated for the admin); computed columns carry their own description.

Only live pages without a view restriction are exported, in one language, and a
link to another page (a practice's origin region, the practices presented at an
event) is written only when that page is public too. One export reads the view
restrictions once (an anonymous ``cms.access`` viewer) for its rows, its version
and its links.

Each app defines its own datasets in ``<app>/opendata.py`` (a ``DATASETS`` list of
``Dataset`` classes); they are found by that name and built on first use, after the
apps are loaded: ``cms`` is the floor of the project and imports no app.
"""

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Count, Max
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from cms.access import public_viewer
from cms.api.fields import plain
from cms.discovery import app_modules

TEXT, INTEGER, DECIMAL, DATE, DATETIME, LIST, URL, RECORDS = (
    "text",
    "integer",
    "decimal",
    "date",
    "datetime",
    "list",
    "url",
    "records",
)
KIND_LABELS = {
    TEXT: _("text"),
    INTEGER: _("whole number"),
    DECIMAL: _("decimal number (a string in JSON, to keep its precision)"),
    DATE: _("date (YYYY-MM-DD)"),
    DATETIME: _("date and time (ISO 8601, UTC)"),
    LIST: _("list (separated by “; ” in CSV and XLSX)"),
    URL: _("web address"),
    RECORDS: _("list of records (an array of objects in JSON, text in CSV and XLSX)"),
}


@dataclass
class Column:
    name: str
    value: Callable[[Any, "ExportContext"], Any]
    description: Any = ""
    kind: str = TEXT
    # For RECORDS columns: how one record reads in a CSV or XLSX cell.
    flat: Callable[[dict], str] | None = None

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]

    def flat_value(self, value):
        """The value in one CSV or XLSX cell."""
        if value is None:
            return ""
        if self.kind == RECORDS:
            return "; ".join(self.flat(record) for record in value)
        if self.kind == LIST:
            return "; ".join(str(item) for item in value)
        return value


def logged_changes():
    """The latest entries of Wagtail's page and model logs, in one query.

    Every publish, unpublish, move, rename, delete, view-restriction change and
    admin edit of a snippet or model (a sector, a monitoring report) writes one, so
    an export whose rows show other pages' titles or snippets' names changes
    version with them.
    """
    from wagtail.models import ModelLogEntry, PageLogEntry

    def latest(model):
        quote = connection.ops.quote_name
        column, table = quote(model._meta.pk.column), quote(model._meta.db_table)
        return f"(SELECT MAX({column}) FROM {table})"

    subqueries = ", ".join(latest(model) for model in (PageLogEntry, ModelLogEntry))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {subqueries}")
        return tuple(cursor.fetchone())


@dataclass
class ExportContext:
    """What rows need besides the object: the request, and which pages are public."""

    request: Any
    language: str = ""
    public_page_ids: set = field(default_factory=set)

    def page_url(self, page):
        url = page.get_url(self.request)
        return self.request.build_absolute_uri(url) if url else None

    def link_title(self, page_id, page):
        """The title of a linked page, only when that page is public."""
        if page_id is None or page_id not in self.public_page_ids:
            return None
        return page.title


def text_of(rich_text):
    """Rich text as plain text, one paragraph per line."""
    if not rich_text:
        return ""
    spaced = rich_text.replace("</p>", "</p>\n").replace("<br/>", "\n")
    return html.unescape(strip_tags(spaced)).strip()


def model_column(model, name, kind=TEXT, value=None, rich_text=False):
    """A column that is a model field, documented by the field's help text."""
    model_field = model._meta.get_field(name)

    def default(obj, context):
        raw = getattr(obj, name)
        return text_of(raw) if rich_text else plain(raw)

    return Column(
        name=name,
        value=value or default,
        description=model_field.help_text,
        kind=kind,
    )


def choice_label_column(model, name):
    model_field = model._meta.get_field(name)
    return Column(
        name=f"{name}_label",
        value=lambda obj, context: str(getattr(obj, f"get_{name}_display")()),
        description=format_lazy(
            _("The “{field}” value as a reader sees it, in this language."),
            field=model_field.verbose_name,
        ),
    )


def page_columns():
    """The columns every page dataset starts with."""
    return [
        Column(
            "id",
            lambda page, context: page.pk,
            _("The page's number; the API's /api/v2/pages/<id>/ gives all its fields."),
            INTEGER,
        ),
        Column(
            "translation_key",
            lambda page, context: str(page.translation_key),
            _("The same in every language: rows with equal keys are translations."),
        ),
        Column(
            "language",
            lambda page, context: page.locale.language_code,
            _("The language of the row (en, it, es, sv or pl)."),
        ),
        Column("title", lambda page, context: page.title, _("The page title.")),
        Column(
            "url",
            lambda page, context: context.page_url(page),
            _("The page on this site."),
            URL,
        ),
    ]


def publication_columns():
    return [
        Column(
            "first_published_at",
            lambda page, context: plain(page.first_published_at),
            _("When the page was first published."),
            DATETIME,
        ),
        Column(
            "last_published_at",
            lambda page, context: plain(page.last_published_at),
            _("When the page was last published."),
            DATETIME,
        ),
    ]


class Dataset:
    """A list of rows of one kind, in one language."""

    slug = ""
    position = 0  # where the catalogue lists it
    title = ""
    description = ""
    sheet_title = ""
    # A dataset that is not a list of rows (a graph) names its own formats
    # ({extension: content type}) and answers them in ``respond``.
    own_formats = None

    def offered_formats(self):
        from .writers import FORMATS

        return tuple(self.own_formats or FORMATS)

    def respond(self, request, locale, fmt, filename, public):
        """The response in one of ``own_formats``; None: the rows' writers answer."""
        return None

    def page_model(self):
        """The page model whose public pages the rows come from."""
        raise NotImplementedError

    def pages(self, locale, public=None):
        """Live pages without view restrictions, in ``locale``."""
        public = public or public_viewer()
        return public.pages(
            self.page_model().objects.filter(locale=locale).select_related("locale")
        )

    def queryset(self, locale, public=None):
        """The rows' objects, ready to stream: related data fetched per chunk."""
        public = public or public_viewer()
        return self.prepare(self.pages(locale, public), public)

    def prepare(self, queryset, public=None):
        return queryset.order_by("path")

    @cached_property
    def columns(self):
        return self.get_columns()

    def get_columns(self):
        raise NotImplementedError

    def field_names(self):
        return [column.name for column in self.columns]

    def context(self, request, language, public=None):
        return ExportContext(
            request=request,
            language=language,
            public_page_ids=self.public_link_ids(public or public_viewer()),
        )

    def public_link_ids(self, public):
        return set()

    def row(self, obj, context):
        return {column.name: column.value(obj, context) for column in self.columns}

    def version(self, locale, public=None):
        """What the rows depend on (for the ETag): any change that can change a row
        must change it. The rows' count, latest publication and latest live
        revision (one aggregate query), the restricted pages (unpublishing or
        restricting a page changes the count; restricting one this export only
        links to changes the paths) and the latest logged change anywhere (a
        linked page renamed or moved, a sector renamed)."""
        public = public or public_viewer()
        version = (
            self.pages(locale, public)
            .order_by()
            .aggregate(
                count=Count("pk"),
                latest=Max("last_published_at"),
                revision=Max("live_revision_id"),
            )
        )
        version["restricted"] = public.hidden_page_paths
        version["logged"] = logged_changes()
        return version


def public_page_ids(model, public):
    return set(public.pages(model.objects.all()).values_list("pk", flat=True))


def _registry():
    """Every app's datasets (``<app>/opendata.py``'s ``DATASETS``), in the
    order of their ``position``: the catalogue lists them so."""
    datasets = [
        dataset()
        for _app, module in app_modules("opendata", "DATASETS")
        for dataset in module.DATASETS
    ]
    datasets.sort(key=lambda dataset: dataset.position)
    return {dataset.slug: dataset for dataset in datasets}


_DATASETS = None


def all_datasets():
    global _DATASETS
    if _DATASETS is None:
        _DATASETS = _registry()
    return _DATASETS


def get_dataset(slug):
    return all_datasets().get(slug)


__all__ = [
    "Column",
    "Dataset",
    "ExportContext",
    "all_datasets",
    "get_dataset",
]
