"""The demo brands' logos and downloadable assets, drawn here so no file is needed:
a wordmark in the brand's palette (a Wagtail image, and PNG documents in two
sizes) and a brand-guidelines PDF listing the palette and typography.

Everything is looked up by title first, so a second demo run adds nothing."""

import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import cms
from branding.colours import best_text_colour
from cms.demo import translations_of
from cms.factsheets import Factsheet, rgb

FONT_FILE = Path(cms.__file__).resolve().parent / "fonts" / "DejaVuSans-Bold.ttf"
LOGO_SIZES = {"small": (600, 200), "large": (1200, 400)}


def wordmark(name, colours, size):
    """A PNG: a ringed disc and an underline in the palette's first two
    colours, the brand's name in the first, on white."""
    width, height = size
    primary, accent = (list(colours) + [colours[0]])[:2]
    canvas = PILImage.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    unit = height / 200
    draw.ellipse((24 * unit, 40 * unit, 144 * unit, 160 * unit), fill=rgb(accent))
    draw.ellipse((54 * unit, 70 * unit, 114 * unit, 130 * unit), fill=rgb(primary))
    draw.rectangle(
        (170 * unit, 150 * unit, width - 24 * unit, 158 * unit), fill=rgb(accent)
    )
    font = fitting_font(draw, name, width - 200 * unit, 72 * unit)
    draw.text((170 * unit, 100 * unit), name, font=font, fill=rgb(primary), anchor="lm")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def fitting_font(draw, text, max_width, size):
    """The bundled bold font at ``size`` or smaller, until ``text`` fits."""
    while True:
        font = ImageFont.truetype(str(FONT_FILE), int(size))
        if draw.textlength(text, font=font) <= max_width or size <= 12:
            return font
        size *= 0.9


def logo_image(demo, brand):
    """The brand's wordmark as a Wagtail image; its title, the brand's name, is
    the alternative text (a wordmark says just that)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=brand["brand_name"]).first()
    if existing is not None:
        return existing
    colours = [colour["hex"] for colour in brand["colours"]]
    data = wordmark(brand["brand_name"], colours, LOGO_SIZES["small"])
    image = Image(
        title=brand["brand_name"],
        description=f"Wordmark of the {brand['brand_name']} brand",
    )
    image.file = ImageFile(io.BytesIO(data), name=f"{slugify(brand)}-logo.png")
    image.save()
    demo.count("images")
    return image


def slugify(brand):
    from django.utils.text import slugify as django_slugify

    return django_slugify(brand["brand_name"])


def document(demo, titles, filename, content):
    Document = get_document_model()
    existing = Document.objects.filter(title=titles["en"]).first()
    if existing is not None:
        return existing
    made = Document(
        title=titles["en"],
        titles=translations_of(titles),
        document_type="other",
        language="en",
    )
    made.file.save(filename, ContentFile(content), save=False)
    made.save()
    demo.count("documents")
    return made


def guidelines_pdf(brand, usage):
    """The brand manual in brief: claim, palette swatches, typography, usage."""
    colours = brand["colours"]
    sheet = Factsheet(
        f"{brand['brand_name']} brand guidelines", "en", colours[0]["hex"]
    )
    sheet.headline(brand["brand_name"], brand["claim"])
    sheet.section("Palette")
    for colour in colours:
        top = sheet.get_y()
        sheet.set_fill_color(*rgb(colour["hex"]))
        sheet.set_draw_color(200, 205, 210)
        sheet.rect(sheet.l_margin, top, 30, 14, style="DF")
        sheet.set_xy(sheet.l_margin + 34, top + 1)
        sheet.paragraph(f"{colour['name']}  {colour['hex']}", bold=True)
        sheet.set_x(sheet.l_margin + 34)
        sheet.paragraph(
            f"{colour['usage']}. Text on it: "
            f"{'white' if best_text_colour(colour['hex']) == '#FFFFFF' else 'black'}.",
            size=9,
        )
        sheet.set_y(top + 18)
    sheet.section("Typography")
    sheet.paragraph(brand["typography"])
    sheet.section("Using the brand")
    sheet.paragraph(usage)
    return sheet.bytes()


def brand_assets(demo, brand, texts):
    """The logo image and the asset blocks (two logo sizes, the guidelines) of
    a brand; ``texts`` has the titles and descriptions in every language."""
    name = brand["brand_name"]
    colours = [colour["hex"] for colour in brand["colours"]]
    slug = slugify(brand)
    assets = []
    for size, dimensions in LOGO_SIZES.items():
        titles = {
            code: text.format(brand=name)
            for code, text in texts[f"logo_{size}_title"].items()
        }
        made = document(
            demo, titles, f"{slug}-logo-{size}.png", wordmark(name, colours, dimensions)
        )
        assets.append((made, texts[f"logo_{size}_description"]["en"]))
    titles = {
        code: text.format(brand=name)
        for code, text in texts["guidelines_title"].items()
    }
    guidelines = document(
        demo,
        titles,
        f"{slug}-brand-guidelines.pdf",
        guidelines_pdf(brand, texts["usage_guidelines"]["en"]),
    )
    assets.append((guidelines, texts["guidelines_description"]["en"]))
    return logo_image(demo, brand), [
        ("asset", {"document": made, "description": description})
        for made, description in assets
    ]
