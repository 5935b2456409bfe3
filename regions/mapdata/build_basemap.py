"""Build ``regions/mapdata/europe.json``, the base map that ``regions.maps`` draws.

Source and licence: Natural Earth's Admin 0 country boundaries at 1:50m, version
4.1.0, public domain (https://www.naturalearthdata.com/about/terms-of-use/), as
redistributed in TopoJSON by the npm package ``world-atlas`` 2.0.2 (ISC licence).
The built asset is committed, so neither npm nor this script is needed to run the
site; re-run it only to change the data, the box or the simplification::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python regions/mapdata/build_basemap.py /tmp/package/countries-50m.json

Why this shape: the TopoJSON arcs are simplified one by one (Douglas-Peucker), so a
border shared by two countries is simplified once and both fills still meet. The
land's outline is the coastline; an arc used by two countries is a border, stored
apart so that the map draws it in its own style over the land. Everything is stored
in hundredths of a degree with north as negative y (``x = lon * 100``,
``y = -lat * 100``), so that ``regions.maps`` places the same paths on any box with
one SVG ``transform`` and no work per point.
Two levels: ``europe`` (coarse, for the whole continent) and ``detail`` (for a box
fitted to one region's sites). Standard library only.
"""

import json
import math
import sys
from pathlib import Path

OUT = Path(__file__).with_name("europe.json")
# The box kept: wider than the Europe map so that a box fitted to sites near its
# edge still has land under it.
BOX = (-26.0, 46.0, 27.0, 72.0)  # west, east, south, north
UNIT = 100  # stored coordinates are hundredths of a degree
LEVELS = {
    # tolerance in degrees (longitude scaled by cos 50°), smallest ring kept
    "europe": (0.06, 0.25),
    "detail": (0.012, 0.03),
}
COS = math.cos(math.radians(50))

# ISO 3166-1 numeric (world-atlas ids) to alpha-2, for the countries in the box;
# Kosovo and Northern Cyprus have no numeric id in the source.
ALPHA2 = {
    "008": "AL", "012": "DZ", "020": "AD", "040": "AT", "056": "BE", "070": "BA",
    "100": "BG", "112": "BY", "191": "HR", "196": "CY", "203": "CZ", "208": "DK",
    "233": "EE", "234": "FO", "246": "FI", "248": "AX", "250": "FR", "268": "GE",
    "276": "DE", "292": "GI", "300": "GR", "304": "GL", "348": "HU", "352": "IS",
    "372": "IE", "376": "IL", "380": "IT", "368": "IQ", "364": "IR", "400": "JO",
    "398": "KZ", "422": "LB", "428": "LV", "434": "LY", "438": "LI", "440": "LT",
    "442": "LU", "470": "MT", "492": "MC", "498": "MD", "499": "ME", "504": "MA",
    "528": "NL", "578": "NO", "616": "PL", "620": "PT", "642": "RO", "643": "RU",
    "674": "SM", "688": "RS", "703": "SK", "705": "SI", "724": "ES", "752": "SE",
    "756": "CH", "760": "SY", "788": "TN", "792": "TR", "804": "UA", "807": "MK",
    "818": "EG", "826": "GB", "831": "GG", "832": "JE", "833": "IM", "336": "VA",
    "051": "AM", "031": "AZ", "682": "SA", "275": "PS", "744": "SJ",
}  # fmt: skip
NAMED = {"Kosovo": "XK", "N. Cyprus": "CY-N"}


def decode_arcs(topology):
    """Absolute (lon, lat) points of every arc (TopoJSON's delta encoding)."""
    (kx, ky), (tx, ty) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * kx + tx, y * ky + ty))
        arcs.append(points)
    return arcs


def simplify(points, tolerance):
    """Douglas-Peucker, iterative; the ends are kept so that arcs still join."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        x1, x2 = x1 * COS, x2 * COS
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        worst, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i][0] * COS, points[i][1]
            if length == 0:
                distance = math.hypot(px - x1, py - y1)
            else:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
            if distance > worst:
                worst, index = distance, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def bbox(points):
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    return min(xs), max(xs), min(ys), max(ys)


def intersects(box, other):
    return not (
        box[1] < other[0] or box[0] > other[1] or box[3] < other[2] or box[2] > other[3]
    )


def clip_ring(ring, box):
    """Sutherland-Hodgman against the box: the fill of a ring cut by the box."""
    west, east, south, north = box
    edges = [
        (lambda p: p[0] >= west, lambda a, b: _at_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _at_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _at_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _at_y(a, b, north)),
    ]
    for inside, cut in edges:
        if not ring:
            break
        result = []
        previous = ring[-1]
        for point in ring:
            if inside(point):
                if not inside(previous):
                    result.append(cut(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cut(previous, point))
            previous = point
        ring = result
    return ring


def _at_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def clip_line(points, box):
    """The runs of a polyline inside the box, each with one point past either end
    (drawn outside the view, so a line never stops short at the edge)."""
    runs, current = [], []
    inside = [box[0] <= x <= box[1] and box[2] <= y <= box[3] for x, y in points]
    for i, point in enumerate(points):
        near = (
            inside[i]
            or (i > 0 and inside[i - 1])
            or (i + 1 < len(points) and inside[i + 1])
        )
        if near:
            current.append(point)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [run for run in runs if len(run) > 1]


def quantise(points):
    out = []
    for lon, lat in points:
        point = (round(lon * UNIT), round(-lat * UNIT))
        if not out or point != out[-1]:
            out.append(point)
    return out


def path(points, close):
    """Relative SVG path data: ``M x y l dx dy …`` (``z`` closes a ring)."""
    (x0, y0), *rest = points
    parts = [f"M{x0} {y0}"]
    if rest:
        steps = []
        px, py = x0, y0
        for x, y in rest:
            steps.append(f"{x - px} {y - py}")
            px, py = x, y
        parts.append("l" + " ".join(steps))
    if close:
        parts.append("z")
    return "".join(parts).replace(" -", "-")


def stored_bbox(points):
    """The bbox of quantised points in degrees, as (west, east, south, north)."""
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    return [min(xs) / UNIT, max(xs) / UNIT, -max(ys) / UNIT, -min(ys) / UNIT]


def country_code(geometry):
    if geometry.get("id") in ALPHA2:
        return ALPHA2[geometry["id"]]
    return NAMED.get(geometry["properties"]["name"])


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def arc_points(arcs, index):
    return arcs[index] if index >= 0 else arcs[~index][::-1]


def build_level(topology, arcs, tolerance, smallest):
    countries = {}
    uses = {}
    geometries = topology["objects"]["countries"]["geometries"]
    for geometry in geometries:
        code = country_code(geometry)
        for polygon in polygons(geometry):
            for ring in polygon:
                for index in ring:
                    key = index if index >= 0 else ~index
                    uses.setdefault(key, set()).add(
                        code or geometry["properties"]["name"]
                    )
    simplified = {key: simplify(arcs[key], tolerance) for key in uses}

    for geometry in geometries:
        code = country_code(geometry)
        if code is None:
            continue
        rings = []
        for polygon in polygons(geometry):
            for ring in polygon:
                points = []
                for index in ring:
                    part = simplified[index if index >= 0 else ~index]
                    part = part if index >= 0 else part[::-1]
                    points.extend(part if not points else part[1:])
                if not intersects(bbox(points), BOX):
                    continue
                west, east, south, north = bbox(points)
                if max((east - west) * COS, north - south) < smallest:
                    continue  # an islet smaller than a pixel or two
                clipped = quantise(clip_ring(points, BOX))
                if len(clipped) >= 3:
                    rings.append([stored_bbox(clipped), path(clipped, close=True)])
        if rings:
            countries[code] = rings

    # Coasts are the land's own outline (its stroke); borders, the arcs two
    # countries share, are drawn over it in their own style.
    borders = []
    for key, owners in sorted(uses.items()):
        points = simplified[key]
        if len(owners) < 2 or not intersects(bbox(points), BOX):
            continue
        for run in clip_line(points, BOX):
            line = quantise(run)
            if len(line) > 1:
                borders.append([stored_bbox(line), path(line, close=False)])
    return {"countries": countries, "borders": borders}


def main(source):
    topology = json.loads(Path(source).read_text())
    arcs = decode_arcs(topology)
    data = {
        "source": "Natural Earth 1:50m Admin 0 countries 4.1.0 (public domain), "
        "via npm world-atlas 2.0.2; built by regions/mapdata/build_basemap.py",
        "unit": UNIT,
        "box": BOX,
        "levels": {
            name: build_level(topology, arcs, tolerance, smallest)
            for name, (tolerance, smallest) in LEVELS.items()
        },
    }
    OUT.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
    for name, level in data["levels"].items():
        size = len(json.dumps(level, separators=(",", ":")))
        print(f"{name}: {len(level['countries'])} countries, {size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "countries-50m.json")
