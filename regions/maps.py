"""Server-side SVG maps: no tile server, no JavaScript, no outside service.

An equirectangular projection is enough to place a few dozen points; every point
is a link, and pages list the same links as text. The directory shows Europe's
bounding box; a showcase can fit the box to its own sites.
"""

import math
from dataclasses import dataclass, field

WEST, EAST, SOUTH, NORTH = -11.0, 32.0, 34.0, 62.0
EUROPE = (WEST, EAST, SOUTH, NORTH)
WIDTH = 600
MARGIN = 12
MIN_SPAN = 2.0  # degrees: a fitted map never zooms closer than this


def height_for(bounds):
    west, east, south, north = bounds
    cos = math.cos(math.radians((south + north) / 2))
    return round(WIDTH * (north - south) / ((east - west) * cos))


HEIGHT = height_for(EUROPE)


@dataclass
class MapPoint:
    label: str
    url: str
    latitude: float
    longitude: float
    x: float = 0.0
    y: float = 0.0
    label_x: float = 0.0
    anchor: str = "start"


@dataclass
class SvgMap:
    title: str
    bounds: tuple = EUROPE
    points: list = field(default_factory=list)

    @property
    def width(self):
        return WIDTH + 2 * MARGIN

    @property
    def height(self):
        return height_for(self.bounds) + 2 * MARGIN

    def _step(self):
        west, east, _south, _north = self.bounds
        return 10 if east - west > 15 else 1

    @property
    def meridians(self):
        west, east, south, _north = self.bounds
        step = self._step()
        start = math.ceil(west / step) * step
        return [
            project(south, lon, self.bounds)[0]
            for lon in range(start, int(east) + 1, step)
        ]

    @property
    def parallels(self):
        west, _east, south, north = self.bounds
        step = 5 if self._step() == 10 else 1
        start = math.ceil(south / step) * step
        return [
            project(lat, west, self.bounds)[1]
            for lat in range(start, int(north) + 1, step)
        ]


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
    """A box around the points with some room, at least MIN_SPAN wide and high."""
    lats = [lat for lat, _lon in coordinates]
    lons = [lon for _lat, lon in coordinates]
    centre_lat, centre_lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    half_lat = max((max(lats) - min(lats)) * 0.75, MIN_SPAN / 2)
    half_lon = max((max(lons) - min(lons)) * 0.75, MIN_SPAN / 2)
    return (
        centre_lon - half_lon,
        centre_lon + half_lon,
        centre_lat - half_lat,
        centre_lat + half_lat,
    )


def build_map(title, items, fit=False):
    """``items``: (label, url, latitude, longitude); those without coordinates or
    outside Europe's box are left off the map (they stay in the page's list).

    A label goes to the left of its point when the point is in the right third of
    the map or close to a point already labelled on the right, so that labels of
    neighbours do not overprint each other.
    """
    located = []
    for label, url, latitude, longitude in items:
        if latitude is None or longitude is None:
            continue
        latitude, longitude = float(latitude), float(longitude)
        if in_bounds(latitude, longitude):
            located.append((label, url, latitude, longitude))
    bounds = EUROPE
    if fit and located:
        bounds = fitted_bounds([(lat, lon) for _l, _u, lat, lon in located])
    svg_map = SvgMap(title=title, bounds=bounds)
    for label, url, latitude, longitude in located:
        x, y = project(latitude, longitude, bounds)
        point = MapPoint(label, url, latitude, longitude, x, y)
        crowded = any(
            abs(other.x - x) < 120 and abs(other.y - y) < 14 and other.anchor == "start"
            for other in svg_map.points
        )
        if x > WIDTH * 0.66 or crowded:
            point.anchor, point.label_x = "end", x - 8
        else:
            point.label_x = x + 8
        svg_map.points.append(point)
    return svg_map
