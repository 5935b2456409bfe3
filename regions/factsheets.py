"""The factsheet of a region's profile: key figures, sectors, value chains and the
investment desk, from the published page in its own language (the layout and the
cache are the floor's, ``cms/factsheets.py``)."""

from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext

from cms.factsheets import Factsheet, Figure


def figure_cards(page):
    """The key figures as cards: “66.3 bn EUR”, “Exports”, “2023 · Eurostat”."""
    return [
        Figure(
            value=" ".join(filter(None, [figure.display_value, figure.unit])),
            label=figure.label,
            note=" · ".join(filter(None, [str(figure.year), figure.source])),
        )
        for figure in page.key_figures.all()
    ]


def partner_line(page):
    parts = [
        f"{gettext('Partner')}: {page.partner_name}"
        f" ({page.get_partner_kind_display()})",
        f"{gettext('Country')}: {page.get_country_display()}",
    ]
    if page.nuts_code:
        parts.append(f"{gettext('NUTS code')}: {page.nuts_code}")
    return " · ".join(parts)


def grouped(value):
    return number_format(value, use_l10n=True, force_grouping=True) if value else "—"


def value_chain_rows(chains):
    return [
        [
            chain.title,
            chain.sector.name if chain.sector else "—",
            grouped(chain.companies),
            grouped(chain.employees),
            f"{number_format(chain.export_share, use_l10n=True)} %"
            if chain.export_share is not None
            else "—",
        ]
        for chain in chains
    ]


def desk_lines(region):
    """The investment desk's name, e-mail, telephone and website, those it has."""
    return [region.desk_email, region.desk_phone, region.desk_url]


def add_desk(sheet, region, page_url=""):
    sheet.section(gettext("Investment desk"))
    sheet.contact(desk_lines(region), heading=region.desk_name)
    if page_url:
        sheet.ln(2)
        sheet.paragraph(gettext("More online: %(url)s") % {"url": page_url}, size=9)


def add_value_chains(sheet, chains):
    sheet.section(gettext("Value chains"))
    sheet.bullets([(chain.title, chain.summary) for chain in chains])
    sheet.ln(2)
    sheet.table_of(
        [
            gettext("Value chain"),
            gettext("Sector"),
            gettext("Companies"),
            gettext("Employees"),
            gettext("Export share"),
        ],
        value_chain_rows(chains),
        col_widths=(34, 24, 14, 14, 14),
        align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )


def build_region_factsheet(page):
    """The PDF bytes of ``page``'s factsheet, in the page's language."""
    with translation.override(page.locale.language_code):
        sheet = Factsheet(
            gettext("%(region)s: factsheet") % {"region": page.title},
            page.locale.language_code,
        )
        sheet.headline(page.title, page.intro)
        sheet.paragraph(partner_line(page), size=9)
        figures = figure_cards(page)
        if figures:
            sheet.section(gettext("Key figures"))
            sheet.figure_cards(figures)
        sectors = [link.sector for link in page.region_sectors.select_related("sector")]
        if sectors:
            sheet.section(gettext("Sectors"))
            sheet.paragraph(" · ".join(sector.name for sector in sectors))
        chains = list(page.get_value_chains())
        if chains:
            add_value_chains(sheet, chains)
        if page.desk_name or page.desk_email:
            add_desk(sheet, page, page.full_url or "")
        return sheet.bytes()
