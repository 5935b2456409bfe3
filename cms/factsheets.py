"""Factsheets: A4 PDFs generated from a page's own data, in the page's language.

The floor keeps the layout (a header with the project's name, figure cards,
tables, bullet lists, a contact block) and the cache; each app says what goes
in its pages' factsheets (``regions/factsheets.py``, ``branding/factsheets.py``).
fpdf2 is pure Python and the font is shipped in ``cms/fonts/`` (DejaVu Sans,
with Polish, Swedish and Spanish letters), so ``make run`` needs no system
package.

A factsheet is cached under the content generation (``cms/caching.py``) with the
page's id, language and live revision in its key: publishing any page (the page
itself, a value chain under its region, a translated sector) retires it through
the receivers ``cms/pagecache.py`` connects, and the next download builds it
afresh from the published data.
"""

from dataclasses import dataclass
from pathlib import Path

from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from fpdf import FPDF, FontFace, XPos, YPos

from cms.caching import get_or_build

PROJECT_NAME = "COMPETE IN"
FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVu"
CACHE_TIMEOUT = 24 * 60 * 60
BROWSER_MAX_AGE = 60 * 60
DEFAULT_ACCENT = "#1D3557"
INK = (33, 37, 41)
MUTED = (90, 98, 106)
CARD = (241, 244, 248)
LINE_HEIGHT = 5.5
# The route of a page's factsheet, in the page's language (home.translated_routes);
# Wagtail's page URLs end in a slash, so the file name is in the response.
FACTSHEET_SEGMENTS = {
    "en": "factsheet/",
    "it": "scheda/",
    "es": "ficha/",
    "sv": "faktablad/",
    "pl": "karta/",
}


def rgb(hex_colour):
    """“#1D3557” → (29, 53, 87)."""
    value = (hex_colour or DEFAULT_ACCENT).lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


@dataclass
class Figure:
    """A figure card: “66.3 bn EUR”, “Exports”, “2023 · Eurostat”."""

    value: str
    label: str
    note: str = ""


class Factsheet(FPDF):
    """An A4 page set in DejaVu Sans: a coloured band with the project's and the
    page's names on every page, numbered pages, and the blocks a factsheet is
    made of, each a small method."""

    def __init__(self, title, language, accent=DEFAULT_ACCENT):
        super().__init__(format="A4", unit="mm")
        self.sheet_title = title
        self.accent = rgb(accent)
        self.add_font(FONT, "", FONT_DIR / "DejaVuSans.ttf")
        self.add_font(FONT, "B", FONT_DIR / "DejaVuSans-Bold.ttf")
        self.set_margins(15, 28, 15)
        self.set_auto_page_break(True, margin=18)
        self.set_title(title)
        self.set_author(PROJECT_NAME)
        self.set_creator(f"{PROJECT_NAME} platform")
        self.set_lang(language)
        self.add_page()

    # Every page -----------------------------------------------------------

    def header(self):
        self.set_fill_color(*self.accent)
        self.rect(0, 0, self.w, 20, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(15, 6)
        self.set_font(FONT, "B", 9)
        self.cell(0, 4, PROJECT_NAME, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FONT, "", 12)
        self.cell(0, 7, self.sheet_title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.set_y(28)

    def footer(self):
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        self.cell(
            0,
            5,
            gettext("Page %(page)s of %(pages)s")
            % {"page": self.page_no(), "pages": "{nb}"},
            align="R",
        )

    # Blocks -----------------------------------------------------------------

    def headline(self, text, intro=""):
        self.set_font(FONT, "B", 17)
        self.set_text_color(*self.accent)
        self.multi_cell(0, 8, text, align="LEFT", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        if intro:
            self.ln(1)
            self.paragraph(intro, size=11)

    def section(self, title, room=40):
        """A heading, on a new page unless ``room`` mm (the heading and the
        start of what follows) are left on this one."""
        if self.get_y() + room > self.h - self.b_margin:
            self.add_page()
        self.ln(4)
        self.set_font(FONT, "B", 13)
        self.set_text_color(*self.accent)
        self.cell(0, 8, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*self.accent)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_text_color(*INK)
        self.ln(2)

    def paragraph(self, text, size=10, bold=False, colour=INK):
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(*colour)
        self.multi_cell(
            0, LINE_HEIGHT, text, align="LEFT", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(*INK)

    def bullets(self, items):
        """``items``: (bold lead, text) pairs; either may be empty."""
        for lead, text in items:
            self.set_font(FONT, "", 10)
            self.cell(5, LINE_HEIGHT, "•")
            line = f"**{escape_markdown(lead)}**" if lead else ""
            if lead and text:
                line += ": "
            line += escape_markdown(text)
            self.multi_cell(
                0,
                LINE_HEIGHT,
                line,
                markdown=True,
                align="LEFT",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(0.5)

    def figure_cards(self, figures, per_row=3):
        gap = 4
        width = (self.epw - gap * (per_row - 1)) / per_row
        height = 24
        for start in range(0, len(figures), per_row):
            if self.get_y() + height > self.h - self.b_margin:
                self.add_page()
            top = self.get_y()
            for column, figure in enumerate(figures[start : start + per_row]):
                self.figure_card(
                    self.l_margin + column * (width + gap), top, width, height, figure
                )
            self.set_y(top + height + gap)

    def figure_card(self, x, y, width, height, figure):
        self.set_fill_color(*CARD)
        self.rect(x, y, width, height, style="F")
        self.set_fill_color(*self.accent)
        self.rect(x, y, 1.5, height, style="F")
        self.set_xy(x + 4, y + 2.5)
        self.set_font(FONT, "B", 14)
        self.set_text_color(*self.accent)
        self.cell(width - 6, 7, figure.value, new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_font(FONT, "", 9)
        self.set_text_color(*INK)
        self.multi_cell(width - 6, 4.2, figure.label, align="LEFT")
        if figure.note:
            self.set_font(FONT, "", 7.5)
            self.set_text_color(*MUTED)
            self.set_xy(x + 4, y + height - 5.5)
            self.cell(width - 6, 4, figure.note)
        self.set_text_color(*INK)

    def table_of(self, headings, rows, col_widths=None, align=None):
        """A table with a header row repeated on each page; ``align`` one of
        "LEFT"/"RIGHT" per column (numbers right-aligned)."""
        self.set_font(FONT, "", 9)
        self.set_draw_color(200, 205, 210)
        self.set_fill_color(*CARD)
        headings_style = FontFace(
            emphasis="BOLD", color=(255, 255, 255), fill_color=self.accent
        )
        with self.table(
            col_widths=col_widths,
            text_align=align or "LEFT",
            headings_style=headings_style,
            line_height=5,
            padding=1.5,
            cell_fill_color=CARD,
            cell_fill_mode="ROWS",
        ) as table:
            header = table.row()
            for heading in headings:
                header.cell(heading)
            for values in rows:
                row = table.row()
                for value in values:
                    row.cell(str(value))
        self.ln(2)

    def contact(self, lines, heading=""):
        if heading:
            self.paragraph(heading, size=11, bold=True)
        for line in lines:
            if line:
                self.paragraph(line)

    def bytes(self):
        return bytes(self.output())


def escape_markdown(text):
    """fpdf2's markdown reads ``**``, ``__`` and ``--`` as markers: a backslash
    before one prints it as it is."""
    text = str(text or "")
    for marker in FPDF.MARKDOWN_MARKERS:
        text = text.replace(marker, "\\" + marker)
    return text


def cache_key(page):
    return (
        f"factsheet:{page.pk}:{page.locale.language_code}:{page.live_revision_id or 0}"
    )


def cached_factsheet(page, build):
    """The PDF bytes of ``page``'s factsheet, built by ``build(page)`` once per
    content generation."""
    return get_or_build(cache_key(page), lambda: build(page), CACHE_TIMEOUT)


def pdf_response(pdf, filename, public=True):
    """The PDF shown in the browser (``inline``), named ``filename``. Pages
    under a view restriction must not sit in a shared cache."""
    response = HttpResponse(pdf, content_type="application/pdf")
    # Django quotes the name and adds filename*= for one outside ASCII (a
    # page's slug may have any letter).
    response["Content-Disposition"] = content_disposition_header(False, filename)
    response["Content-Length"] = str(len(pdf))
    if public:
        patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    return response


def serve_factsheet(page, build, name=""):
    """The response of a page's factsheet route: cached bytes, named
    ``<name or slug>-<language>.pdf``. Wagtail routes only live pages here, after its
    view restrictions (and cms's region refusals) have been checked."""
    pdf = cached_factsheet(page, build)
    language = page.locale.language_code
    restricted = page.get_view_restrictions().exists()
    return pdf_response(
        pdf, f"{name or page.slug}-{language}.pdf", public=not restricted
    )
