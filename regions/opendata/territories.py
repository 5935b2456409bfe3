"""Open-data exports of the territory profiles: regions and their key figures."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.api.fields import plain
from cms.opendata.datasets import (
    DECIMAL,
    INTEGER,
    LIST,
    RECORDS,
    URL,
    Column,
    Dataset,
    choice_label_column,
    model_column,
    page_columns,
    publication_columns,
)


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
    position = 20
    title = _("Partner regions")
    description = _(
        "The territory profiles: partner, place, sectors, key figures and the "
        "investment desk. One row per region."
    )
    sheet_title = pgettext_lazy("spreadsheet tab", "regions")

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
    position = 30
    title = _("Key figures of the regions")
    description = _(
        "The regions' key figures, one row per figure, for charts and comparisons."
    )
    sheet_title = pgettext_lazy("spreadsheet tab", "key figures")

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
