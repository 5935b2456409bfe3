"""Pictures the demo draws itself: compositions in a region's or a theme's
colours, so that every region, showcase, practice and event has a proper visual
without a photograph, a download or a licence to track.

Each composition is deterministic (the same title and palette give the same
picture), saved once as a Wagtail image with its focal point on the motif's
centre, so that every crop keeps it. The pictures are decorative: their
description (the alternative text) is left empty, and pages render them with
``alt=""``.
"""

import io
import math
import random
import zlib

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

WIDTH, HEIGHT = 1600, 900


def rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def mix(first, second, share):
    return tuple(round(a + (b - a) * share) for a, b in zip(first, second, strict=True))


def gradient(draw, top, bottom):
    for y in range(HEIGHT):
        draw.line([(0, y), (WIDTH, y)], fill=mix(top, bottom, y / HEIGHT))


def landscape(draw, palette, rng):
    """Hills under a sun: a territory. Returns the motif's centre."""
    sky, hills = palette[0], palette[1:] or palette
    gradient(draw, mix(sky, (255, 255, 255), 0.55), mix(sky, (255, 255, 255), 0.15))
    sun = (rng.randint(900, 1300), rng.randint(180, 320))
    draw.ellipse(
        [sun[0] - 120, sun[1] - 120, sun[0] + 120, sun[1] + 120], fill=(255, 214, 92)
    )
    for layer in range(4):
        colour = mix(hills[layer % len(hills)], (20, 24, 40), layer * 0.12)
        base = 430 + layer * 120
        amplitude, phase = rng.randint(40, 90), rng.random() * math.tau
        wave = rng.uniform(1.2, 2.6)
        points = [
            (x, base + amplitude * math.sin(phase + wave * math.tau * x / WIDTH))
            for x in range(0, WIDTH + 40, 40)
        ]
        draw.polygon([(0, HEIGHT), *points, (WIDTH, HEIGHT)], fill=colour)
    return sun


def circles(draw, palette, rng):
    """Overlapping discs and a band: a practice's theme."""
    gradient(
        draw,
        mix(palette[0], (255, 255, 255), 0.8),
        mix(palette[0], (255, 255, 255), 0.6),
    )
    centre = (rng.randint(500, 1100), rng.randint(300, 600))
    for index in range(7):
        radius = rng.randint(120, 320)
        x = centre[0] + rng.randint(-420, 420)
        y = centre[1] + rng.randint(-260, 260)
        colour = palette[index % len(palette)]
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    draw.polygon(
        [
            (0, HEIGHT - 140),
            (WIDTH, HEIGHT - 320),
            (WIDTH, HEIGHT - 250),
            (0, HEIGHT - 70),
        ],
        fill=mix(palette[-1], (255, 255, 255), 0.3),
    )
    return centre


def plots(draw, palette, rng):
    """Parcels of land seen from above: an investment showcase."""
    draw.rectangle([0, 0, WIDTH, HEIGHT], fill=mix(palette[0], (255, 255, 255), 0.85))
    size = 150
    for column in range(WIDTH // size + 1):
        for row in range(HEIGHT // size + 1):
            share = rng.random()
            colour = mix(
                palette[rng.randrange(len(palette))], (255, 255, 255), share * 0.6
            )
            x, y = column * size, row * size
            draw.rectangle([x + 8, y + 8, x + size - 8, y + size - 8], fill=colour)
    centre = (rng.randint(600, 1000), rng.randint(300, 600))
    draw.rectangle(
        [centre[0] - 160, centre[1] - 110, centre[0] + 160, centre[1] + 110],
        outline=(255, 255, 255),
        width=14,
    )
    return centre


def network(draw, palette, rng):
    """People and places linked: an exchange activity."""
    gradient(draw, mix(palette[0], (20, 24, 40), 0.35), palette[0])
    nodes = [
        (rng.randint(120, WIDTH - 120), rng.randint(120, HEIGHT - 120))
        for _ in range(14)
    ]
    for index, node in enumerate(nodes):
        for other in nodes[index + 1 : index + 3]:
            draw.line(
                [node, other], fill=mix(palette[0], (255, 255, 255), 0.5), width=6
            )
    for index, (x, y) in enumerate(nodes):
        radius = 26 + (index % 3) * 14
        colour = (
            palette[1 + index % max(1, len(palette) - 1)]
            if len(palette) > 1
            else (255, 255, 255)
        )
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    xs, ys = zip(*nodes, strict=True)
    return (sum(xs) // len(xs), sum(ys) // len(ys))


MOTIFS = {
    "landscape": landscape,
    "circles": circles,
    "plots": plots,
    "network": network,
}


def compose(motif, palette, seed):
    """``(png bytes, (x, y) of the motif's centre)``."""
    colours = [rgb(colour) for colour in palette]
    rng = random.Random(zlib.crc32(seed.encode()))
    canvas = PILImage.new("RGB", (WIDTH, HEIGHT))
    centre = MOTIFS[motif](ImageDraw.Draw(canvas), colours, rng)
    buffer = io.BytesIO()
    canvas.quantize(colors=64).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue(), centre


def demo_picture(title, motif, palette, collection=None):
    """The demo's picture called ``title``, drawn and saved once."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data, (x, y) = compose(motif, palette, title)
    fields = {"title": title, "description": ""}
    if collection is not None:
        fields["collection"] = collection
    image = Image(**fields)
    image.file = ImageFile(io.BytesIO(data), name=f"{slug(title)}.png")
    image.focal_point_x, image.focal_point_y = x, y
    image.focal_point_width = image.focal_point_height = 240
    image.save()
    return image


def slug(title):
    from django.utils.text import slugify

    return slugify(title)[:80] or "picture"
