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

The datasets are built on first use, after the apps are loaded: ``cms`` is the
floor of the project and must not import the other apps' models at import time.
"""

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Count, Max, Prefetch
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from cms.access import public_viewer
from cms.api.fields import plain

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
    title = ""
    description = ""
    sheet_title = ""

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


class PracticeDataset(Dataset):
    slug = "practices"
    title = _("Good practices")
    description = _(
        "Every published good practice, following the Interreg Europe good-practice "
        "template: one row per practice."
    )
    sheet_title = "practices"

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


def key_figure_text(record):
    unit = f" {record['unit']}" if record["unit"] else ""
    source = f", {record['source']}" if record["source"] else ""
    return f"{record['label']}: {record['value']}{unit} ({record['year']}{source})"


def key_figure_record(figure):
    return {
        "label": figure.label,
        "value": plain(figure.value),
        "unit": figure.unit,
        "year": figure.year,
        "source": figure.source,
    }


class RegionDataset(Dataset):
    slug = "regions"
    title = _("Partner regions")
    description = _(
        "The territory profiles: partner, place, sectors, key figures and the "
        "investment desk. One row per region."
    )
    sheet_title = "regions"

    def page_model(self):
        from regions.models import RegionPage

        return RegionPage

    def prepare(self, queryset, public=None):
        return (
            queryset.select_related("locale")
            .prefetch_related("region_sectors__sector", "key_figures")
            .defer_streamfields()
            .order_by("path")
        )

    def get_columns(self):
        from regions.models import RegionPage as R

        return [
            *page_columns(),
            model_column(R, "partner_name"),
            model_column(R, "partner_kind"),
            choice_label_column(R, "partner_kind"),
            model_column(R, "country"),
            choice_label_column(R, "country"),
            model_column(R, "nuts_code"),
            model_column(R, "latitude", DECIMAL),
            model_column(R, "longitude", DECIMAL),
            model_column(R, "intro"),
            Column(
                "sectors",
                lambda page, context: [
                    link.sector.code for link in page.region_sectors.all()
                ],
                _("The codes of the sectors the territory is strong in."),
                LIST,
            ),
            Column(
                "sector_names",
                lambda page, context: [
                    link.sector.name for link in page.region_sectors.all()
                ],
                _("The names of those sectors, in this language."),
                LIST,
            ),
            Column(
                "key_figures",
                lambda page, context: [
                    key_figure_record(figure) for figure in page.key_figures.all()
                ],
                _(
                    "Figures such as exports or population: label, value, unit, "
                    "reference year and source (also in the key-figures dataset)."
                ),
                RECORDS,
                flat=key_figure_text,
            ),
            model_column(R, "desk_name"),
            model_column(R, "desk_email"),
            model_column(R, "desk_phone"),
            model_column(R, "desk_url", URL),
            *publication_columns(),
        ]


class KeyFigureDataset(Dataset):
    """One row per key figure: the regions' figures as a tidy table."""

    slug = "key-figures"
    title = _("Key figures of the regions")
    description = _(
        "The regions' key figures, one row per figure, for charts and comparisons."
    )
    sheet_title = "key figures"

    def page_model(self):
        from regions.models import RegionPage

        return RegionPage

    def queryset(self, locale, public=None):
        from regions.models import RegionKeyFigure

        return (
            RegionKeyFigure.objects.filter(
                page__in=self.pages(locale, public).values("pk")
            )
            .select_related("page")
            .order_by("page__path", "sort_order", "pk")
        )

    def get_columns(self):
        from regions.models import RegionKeyFigure as F

        return [
            Column(
                "region_id",
                lambda figure, context: figure.page_id,
                _("The region's page number (the id in the regions dataset)."),
                INTEGER,
            ),
            Column(
                "region",
                lambda figure, context: figure.page.title,
                _("The region's name."),
            ),
            Column(
                "language",
                lambda figure, context: context.language,
                _("The language of the row (en, it, es, sv or pl)."),
            ),
            model_column(F, "label"),
            model_column(F, "value", DECIMAL),
            model_column(F, "unit"),
            model_column(F, "year", INTEGER),
            model_column(F, "source"),
        ]


class EventDataset(Dataset):
    slug = "events"
    title = _("Exchange activities")
    description = _(
        "Study visits, workshops, training, Local Stakeholder Group meetings and "
        "peer reviews: one row per activity."
    )
    sheet_title = "events"

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


def _registry():
    datasets = [PracticeDataset(), RegionDataset(), KeyFigureDataset(), EventDataset()]
    from .action_plans import action_plan_datasets

    datasets.extend(action_plan_datasets())
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
