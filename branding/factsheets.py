"""The factsheet of an “Invest in …” showcase: the region's key figures, why invest,
target sectors, incentives, investment sites (a table and a locator), success
stories and the investment desk, in the showcase's language and its brand's
colour (the layout and the cache are the floor's, ``cms/factsheets.py``)."""

import io

from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext

from branding.colours import contrast_ratio
from cms.factsheets import DEFAULT_ACCENT, Factsheet
from regions.factsheets import add_desk, figure_cards
from regions.maps import (
    MARGIN,
    WIDTH,
    fitted_bounds,
    height_for,
    print_base_svg,
    project,
)
from regions.models import RegionPage

from .models.brand import BrandPage


def brand_accent(region):
    """The first colour of the region's brand palette that white text reads on
    (the header band and table headings are white on it), if it has a brand."""
    brand = BrandPage.objects.child_of(region).live().first()
    colours = brand.colours.all() if brand else []
    for colour in colours:
        if contrast_ratio(colour.hex, "#FFFFFF") >= 4.5:
            return colour.hex
    return DEFAULT_ACCENT


def euros(amount):
    """“€ 5,000,000” in English, “5.000.000 €” in Italian."""
    return gettext("€ %(amount)s") % {"amount": amount}


def incentive_rows(incentives):
    return [
        [
            incentive.name,
            incentive.get_kind_display(),
            euros(incentive.display_amount) if incentive.max_amount_eur else "—",
            incentive.eligibility or "—",
        ]
        for incentive in incentives
    ]


def site_rows(sites):
    return [
        [
            str(number),
            site.name,
            site.get_kind_display(),
            site.display_area,
            site.municipality,
            site.get_availability_display(),
            site.admissible_uses or "—",
        ]
        for number, site in enumerate(sites, start=1)
    ]


def story_items(stories):
    items = []
    for story in stories:
        facts = [story.country_of_origin]
        if story.amount_invested_eur:
            facts.append(
                gettext("%(amount)s invested") % {"amount": euros(story.display_amount)}
            )
        if story.jobs_created:
            facts.append(
                ngettext("%(jobs)s job", "%(jobs)s jobs", story.jobs_created)
                % {"jobs": number_format(story.jobs_created, force_grouping=True)}
            )
        if story.year:
            facts.append(str(story.year))
        text = " · ".join(facts)
        if story.quote:
            text += f"\n“{story.quote}”"
            if story.quote_by:
                text += f" ({story.quote_by})"
        items.append((story.investor, text))
    return items


def add_incentives(sheet, incentives):
    sheet.section(gettext("Incentives"), room=50)
    sheet.table_of(
        [
            gettext("Incentive"),
            gettext("Kind"),
            gettext("Up to"),
            gettext("Eligibility"),
        ],
        incentive_rows(incentives),
        col_widths=(30, 14, 16, 40),
    )


def add_sites(sheet, sites):
    sheet.section(gettext("Investment sites"), room=60)
    sheet.table_of(
        [
            "#",
            gettext("Site"),
            gettext("Kind"),
            gettext("Area (m²)"),
            gettext("Municipality"),
            gettext("Availability"),
            gettext("Admissible uses"),
        ],
        site_rows(sites),
        col_widths=(4, 22, 17, 17, 14, 16, 19),
        align=("RIGHT", "LEFT", "LEFT", "RIGHT", "LEFT", "LEFT", "LEFT"),
    )
    add_locator(sheet, sites)


PRINT_FRAME = (123, 135, 153)


def add_locator(sheet, sites):
    """The sites as numbered dots on the same Natural Earth map as the web page
    (land, coasts, borders, partner countries shaded), fitted to the sites."""
    located = [site for site in sites if site.latitude is not None]
    if not located:
        return
    bounds = fitted_bounds(
        [(float(site.latitude), float(site.longitude)) for site in located]
    )
    svg = print_base_svg(bounds)
    width = sheet.epw * 0.75
    scale = width / (WIDTH + 2 * MARGIN)
    height = (height_for(bounds) + 2 * MARGIN) * scale
    if sheet.get_y() + height + 8 > sheet.h - sheet.b_margin:
        sheet.add_page()
    sheet.paragraph(gettext("Where the sites are"), size=9, bold=True)
    top, left = sheet.get_y() + 1, sheet.l_margin
    # The outlines run past the frame (the web map's viewBox clips them).
    with sheet.rect_clip(x=left, y=top, w=width, h=height):
        sheet.image(io.BytesIO(svg.encode()), x=left, y=top, w=width)
    sheet.set_draw_color(*PRINT_FRAME)
    sheet.rect(left, top, width, height)
    sheet.set_font("DejaVu", "B", 7)
    placed = []
    for number, site in enumerate(located, start=1):
        x, y = project(float(site.latitude), float(site.longitude), bounds)
        x, y = left + x * scale, top + y * scale
        # Dots of neighbouring sites side by side, never one on another.
        while any(abs(x - px) < 5 and abs(y - py) < 5 for px, py in placed):
            x += 5
        placed.append((x, y))
        sheet.set_fill_color(*sheet.accent)
        sheet.set_draw_color(255, 255, 255)
        sheet.circle(x, y, 2.4, style="DF")
        sheet.set_text_color(255, 255, 255)
        sheet.set_xy(x - 2.4, y - 2.4)
        sheet.cell(4.8, 4.8, str(number), align="C")
    sheet.set_text_color(0, 0, 0)
    sheet.set_y(top + height + 3)


def add_why_invest(sheet, page):
    points = [
        (block.value["title"], block.value["text"]) for block in page.selling_points
    ]
    if points:
        sheet.section(gettext("Why invest here"))
        sheet.bullets(points)


def build_showcase_factsheet(page):
    """The PDF bytes of ``page``'s factsheet, in the page's language."""
    region = page.region
    region = region if isinstance(region, RegionPage) else None
    with translation.override(page.locale.language_code):
        sheet = Factsheet(
            page.title,
            page.locale.language_code,
            accent=brand_accent(region) if region else DEFAULT_ACCENT,
        )
        sheet.headline(page.headline, page.intro)
        figures = figure_cards(region) if region else []
        if figures:
            sheet.section(gettext("Key figures"))
            sheet.figure_cards(figures)
        add_why_invest(sheet, page)
        sectors = [
            link.sector for link in page.showcase_sectors.select_related("sector")
        ]
        if sectors:
            sheet.section(gettext("Target sectors"))
            sheet.paragraph(" · ".join(sector.name for sector in sectors))
        incentives = list(page.incentives.all())
        if incentives:
            add_incentives(sheet, incentives)
        sites = list(page.investment_sites.all())
        if sites:
            add_sites(sheet, sites)
        stories = list(page.success_stories.all())
        if stories:
            sheet.section(gettext("Success stories"))
            sheet.bullets(story_items(stories))
        if region and (region.desk_name or region.desk_email):
            add_desk(sheet, region, page.full_url or "")
        return sheet.bytes()
