"""Server-side SVG maps: no tile server, no JavaScript, no outside service.

The base map (land, coastlines, borders) is Natural Earth's, simplified once by
``regions/mapdata/build_basemap.py`` into ``mapdata/europe.json``: path data in
hundredths of a degree, which one SVG ``transform`` puts on any box. The projection
is equirectangular with the box's middle latitude as standard parallel: enough for
a continent and exact enough for a region, and the same arithmetic as ``project()``.

Points are links, and every page lists the same places as text. Labels are placed
greedily (right, left, above, below, then the diagonals) so that they never overlap
each other, any marker or the frame; a label that fits nowhere becomes a number in
its marker, explained by the key under the map.
"""

import json
import math
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from django.utils.safestring import mark_safe

WEST, EAST, SOUTH, NORTH = -11.0, 32.0, 34.0, 62.0
EUROPE = (WEST, EAST, SOUTH, NORTH)
WIDTH = 600
MARGIN = 12
MIN_SPAN = 7.0  # degrees of longitude: a fitted map never zooms closer than this
ASPECT = (0.6, 0.9)  # a fitted map's height over its width
DETAIL_SPAN = 12.0  # degrees of longitude under which the detailed outlines are used
PARTNER_COUNTRIES = frozenset({"IT", "ES", "SE", "PL", "GB"})
BASEMAP = Path(__file__).with_name("mapdata") / "europe.json"

FONT_SIZE = 13  # px, as in the stylesheet (.map-point text)
CHAR_WIDTH = 0.62  # of the font size: a generous average for bold sans-serif
LABEL_PAD = 2  # px around a label's box (the white halo)
MARKER_RADIUS = 6
NUMBER_RADIUS = 9  # a marker with a number in it
MARKER_ROOM = NUMBER_RADIUS + 1  # what a marker occupies, whatever it becomes
GAP = 1  # px between the room a marker takes and its label
SPREAD = 2 * MARKER_ROOM  # markers closer than this are moved apart
MAX_LABELLED = 60  # more points than this: markers only (the page lists them)


def height_for(bounds):
    west, east, south, north = bounds
    cos = math.cos(math.radians((south + north) / 2))
    return round(WIDTH * (north - south) / ((east - west) * cos))


HEIGHT = height_for(EUROPE)


def in_bounds(latitude, longitude, bounds=EUROPE):
    west, east, south, north = bounds
    return south <= latitude <= north and west <= longitude <= east


def project(latitude, longitude, bounds=EUROPE):
    """(x, y) in the SVG's coordinates; north is up."""
    west, east, south, north = bounds
    x = MARGIN + (longitude - west) / (east - west) * WIDTH
    y = MARGIN + (north - latitude) / (north - south) * height_for(bounds)
    return round(x, 1), round(y, 1)


def fitted_bounds(coordinates):
    """A box around the points with room for context (coasts, neighbours): at
    least MIN_SPAN degrees wide, and landscape, between ASPECT[0] and ASPECT[1]
    as high as wide on screen."""
    lats = [lat for lat, _lon in coordinates]
    lons = [lon for _lat, lon in coordinates]
    centre_lat, centre_lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    cos = math.cos(math.radians(centre_lat))
    span_lon = max((max(lons) - min(lons)) * 1.5, MIN_SPAN)
    span_lat = max((max(lats) - min(lats)) * 1.5, 0.1)
    low, high = ASPECT
    span_lat = max(span_lat, low * span_lon * cos)
    span_lon = max(span_lon, span_lat / (high * cos))
    return (
        round(centre_lon - span_lon / 2, 4),
        round(centre_lon + span_lon / 2, 4),
        round(centre_lat - span_lat / 2, 4),
        round(centre_lat + span_lat / 2, 4),
    )


# The base map -----------------------------------------------------------------


@cache
def basemap():
    """The committed asset, read once per process."""
    return json.loads(BASEMAP.read_text(encoding="utf-8"))


def _overlaps(a, b):
    return a[0] <= b[1] and b[0] <= a[1] and a[2] <= b[3] and b[2] <= a[3]


def _base_parts(bounds):
    """(transform, [(country code, path data)], border path data, scale) of the
    outlines that reach into the frame of ``bounds``."""
    data = basemap()
    unit = data["unit"]
    west, east, south, north = bounds
    height = height_for(bounds)
    sx, sy = WIDTH / (east - west), height / (north - south)
    # The frame in degrees, margins included.
    frame = (
        west - MARGIN / sx,
        east + MARGIN / sx,
        south - MARGIN / sy,
        north + MARGIN / sy,
    )
    level = data["levels"]["europe" if east - west > DETAIL_SPAN else "detail"]
    transform = (
        f"matrix({sx / unit:.6g} 0 0 {sy / unit:.6g} "
        f"{MARGIN - west * sx:.6g} {MARGIN + north * sy:.6g})"
    )
    land = []
    for code, rings in level["countries"].items():
        shown = "".join(d for box, d in rings if _overlaps(box, frame))
        if shown:
            land.append((code, shown))
    borders = "".join(d for box, d in level["borders"] if _overlaps(box, frame))
    return transform, land, borders, sx / unit


@lru_cache(maxsize=128)
def base_layer(bounds):
    """The land, coastlines and borders under a map of ``bounds``, as SVG markup.

    Only the outlines that reach into the frame are drawn; the frame clips the
    rest. Partner countries get their own class. Cached: a page draws the same
    box for every visitor.
    """
    transform, countries, borders, _scale = _base_parts(bounds)
    land = []
    for code, shown in countries:
        kind = " map-land--partner" if code in PARTNER_COUNTRIES else ""
        land.append(f'<path class="map-land{kind} map-land--{code}" d="{shown}"/>')
    markup = (
        f'<g class="map-base" aria-hidden="true" transform="{transform}">'
        f"{''.join(land)}"
        f'<path class="map-border" d="{borders}"/>'
        "</g>"
    )
    return mark_safe(markup)  # noqa: S308 (numbers and codes from our own asset)


# Points and labels --------------------------------------------------------------


@dataclass
class MapPoint:
    label: str
    url: str
    latitude: float
    longitude: float
    x: float = 0.0
    y: float = 0.0
    kind: str = "site"  # "site", "region" or "practices": the marker's shape
    label_x: float = 0.0
    label_y: float = 0.0
    anchor: str = "start"
    number: int | None = None  # set when no label fits: see the map's key
    box: tuple = ()  # the label's (left, right, top, bottom) in the SVG, if shown

    @property
    def radius(self):
        return MARKER_RADIUS if self.number is None else NUMBER_RADIUS

    @property
    def diamond(self):
        """A region's marker: a diamond, told apart from a site's circle by shape."""
        r = self.radius + 1
        x, y = self.x, self.y
        top, right, bottom, left = (
            round(y - r, 1),
            round(x + r, 1),
            round(y + r, 1),
            round(x - r, 1),
        )
        return f"{x},{top} {right},{y} {x},{bottom} {left},{y}"


@dataclass
class SvgMap:
    title: str
    bounds: tuple = EUROPE
    points: list = field(default_factory=list)
    description: str = ""
    listed: bool = False  # the page does not list the places: the map does

    @property
    def width(self):
        return WIDTH + 2 * MARGIN

    @property
    def height(self):
        return height_for(self.bounds) + 2 * MARGIN

    @property
    def base(self):
        return base_layer(self.bounds)

    @property
    def numbered(self):
        """The points shown by number, in number order: the map's key."""
        return sorted((p for p in self.points if p.number), key=lambda p: p.number)


def label_size(text, font_size=FONT_SIZE):
    """(width, height) of a label's box, from its length: no font metrics on the
    server, so the estimate is generous."""
    return len(text) * font_size * CHAR_WIDTH + 2 * LABEL_PAD, font_size * 1.3


def candidates(point, width, height):
    """Label boxes to try, best first: (left, right, top, bottom, anchor)."""
    x, y, room = point.x, point.y, MARKER_ROOM + GAP
    half = height / 2
    diagonal = room * 0.7
    return [
        (x + room, x + room + width, y - half, y + half, "start"),
        (x - room - width, x - room, y - half, y + half, "end"),
        (x - width / 2, x + width / 2, y - room - height, y - room, "middle"),
        (x - width / 2, x + width / 2, y + room, y + room + height, "middle"),
        (
            x + diagonal,
            x + diagonal + width,
            y - diagonal - height,
            y - diagonal,
            "start",
        ),
        (
            x - diagonal - width,
            x - diagonal,
            y - diagonal - height,
            y - diagonal,
            "end",
        ),
        (
            x + diagonal,
            x + diagonal + width,
            y + diagonal,
            y + diagonal + height,
            "start",
        ),
        (
            x - diagonal - width,
            x - diagonal,
            y + diagonal,
            y + diagonal + height,
            "end",
        ),
    ]


def marker_box(point):
    return (
        point.x - MARKER_ROOM,
        point.x + MARKER_ROOM,
        point.y - MARKER_ROOM,
        point.y + MARKER_ROOM,
    )


def _around(x0, y0, rings=6):
    """Places around (x0, y0), nearest first: rings of 6, 12, 18… at SPREAD."""
    yield x0, y0
    for ring in range(1, rings + 1):
        count = 6 * ring
        for step in range(count):
            angle = 2 * math.pi * step / count
            yield (
                round(x0 + SPREAD * ring * math.cos(angle), 1),
                round(y0 + SPREAD * ring * math.sin(angle), 1),
            )


def spread(points, width, height):
    """Move markers that would cover each other (two sites in one town) a little
    apart, around their true place, so that each stays a target of its own."""
    placed = []
    for point in points:
        for x, y in _around(point.x, point.y):
            inside = (
                MARKER_ROOM <= x <= width - MARKER_ROOM
                and MARKER_ROOM <= y <= height - MARKER_ROOM
            )
            if inside and all(
                math.hypot(x - other.x, y - other.y) >= SPREAD for other in placed
            ):
                point.x, point.y = x, y
                break
        placed.append(point)


def place_labels(points, width, height):
    """Greedy placement: each label takes the first candidate box that stays in
    the frame and meets neither a marker nor a label already placed; a point
    whose label fits nowhere gets the next number."""
    markers = [marker_box(p) for p in points]
    taken = []
    number = 0
    for point in points:
        label_width, label_height = label_size(point.label)
        for left, right, top, bottom, anchor in candidates(
            point, label_width, label_height
        ):
            box = (left, right, top, bottom)
            if left < 1 or top < 1 or right > width - 1 or bottom > height - 1:
                continue
            if any(_overlaps(box, other) for other in taken):
                continue
            if any(_overlaps(box, other) for other in markers):
                continue
            taken.append(box)
            point.box = tuple(round(v, 1) for v in box)
            point.anchor = anchor
            text_x = {"start": left + LABEL_PAD, "end": right - LABEL_PAD}
            point.label_x = round(text_x.get(anchor, (left + right) / 2), 1)
            point.label_y = round((top + bottom) / 2 + FONT_SIZE * 0.35, 1)
            break
        else:
            number += 1
            point.number = number


def build_map(title, items, fit=False, bounds=None, description="", listed=False):
    """``items``: (label, url, latitude, longitude[, kind]); those without
    coordinates or outside Europe's box are left off the map (they stay in the
    page's list). ``fit`` zooms on the points; ``bounds`` sets the box; ``listed``
    lists the places under the map, for a page that does not list them itself."""
    located = []
    for label, url, latitude, longitude, *kind in items:
        if latitude is None or longitude is None:
            continue
        latitude, longitude = float(latitude), float(longitude)
        if in_bounds(latitude, longitude):
            located.append(
                (label, url, latitude, longitude, kind[0] if kind else "site")
            )
    if bounds is None:
        bounds = EUROPE
        if fit and located:
            bounds = fitted_bounds([(lat, lon) for _l, _u, lat, lon, _k in located])
    svg_map = SvgMap(title=title, bounds=bounds, description=description, listed=listed)
    for label, url, latitude, longitude, kind in located:
        x, y = project(latitude, longitude, bounds)
        svg_map.points.append(MapPoint(label, url, latitude, longitude, x, y, kind))
    if len(svg_map.points) <= MAX_LABELLED:
        spread(svg_map.points, svg_map.width, svg_map.height)
        place_labels(svg_map.points, svg_map.width, svg_map.height)
    return svg_map


# Places that other apps put on a region's map -----------------------------------

_region_point_sources = []


def register_region_points(source):
    """Register ``source(region, request)``, returning items for ``build_map``:
    an app above this one (branding's investment sites) adds its places to the
    region page's map without this app importing it."""
    _region_point_sources.append(source)
    return source


def region_points(region, request):
    return [
        item for source in _region_point_sources for item in source(region, request)
    ]


def partner_map(locale=None, title=None):
    """Every partner region of ``locale`` (default: the active one) on the map of
    Europe, each linking to its profile: for the home page (``{% partner_regions_map
    %}`` in regions_tags). One query."""
    from django.utils.translation import gettext
    from wagtail.models import Locale

    from cms.access import visible_pages

    from .models import RegionPage

    locale = locale or Locale.get_active()
    regions = (
        visible_pages(None, RegionPage.objects.all(), locale=locale)
        .only("title", "url_path", "latitude", "longitude", "path", "depth")
        .order_by("title")
    )
    return build_map(
        title or gettext("Map of the partner regions"),
        [(r.title, r.url, r.latitude, r.longitude, "region") for r in regions],
    )


# For print (PDF factsheets) -------------------------------------------------------

PRINT_COLOURS = {
    "sea": "#dbe8f5",
    "land": "#f4f1ea",
    "partner": "#fbe3a1",
    "coast": "#7b8799",
    "border": "#9aa3b5",
}


def _print_fill(code):
    return PRINT_COLOURS["partner" if code in PARTNER_COUNTRIES else "land"]


def print_base_svg(bounds):
    """The base map of ``bounds`` as a standalone SVG with its colours written
    in, for a PDF, where no stylesheet applies; same frame and projection as the
    web map, so ``project(lat, lon, bounds)`` places points on it."""
    transform, countries, borders, scale = _base_parts(bounds)
    width, height = WIDTH + 2 * MARGIN, height_for(bounds) + 2 * MARGIN
    line = 0.8 / scale  # widths in the outlines' own units
    border_path = (
        f'<path fill="none" stroke="{PRINT_COLOURS["border"]}" '
        f'stroke-width="{line * 0.75:.4g}" d="{borders}"/>'
        if borders
        else ""
    )
    paths = "".join(
        f'<path fill="{_print_fill(code)}" stroke="{PRINT_COLOURS["coast"]}" '
        f'stroke-width="{line:.4g}" d="{d}"/>'
        for code, d in countries
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">'
        f'<rect x="0" y="0" width="{width}" height="{height}" '
        f'fill="{PRINT_COLOURS["sea"]}"/>'
        f'<g transform="{transform}">{paths}{border_path}</g></svg>'
    )
