"""Server-side SVG line charts of an indicator: measured values against the target.

No JavaScript and no inline styles (the site's CSP forbids both): Python computes
the geometry, ``regions/includes/indicator_chart.html`` writes the SVG with
classes styled in ``regions.css``. Every number drawn is also in the table the
template puts next to the chart.
"""

import datetime
import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext

WIDTH = 640
HEIGHT = 260
LEFT, RIGHT, TOP, BOTTOM = 72, 20, 16, 44
TICKS = 4
# The labels' type, in user units: one type scale across charts (regions.css).
LABEL_SIZE = 12
CHARACTER_WIDTH = 7.2
POINT_RADIUS = 5


def display_number(value):
    """A number in the visitor's format without trailing zeros: 12.50 → “12.5”."""
    if value is None:
        return ""
    plain = Decimal(format(Decimal(value).normalize(), "f"))
    return number_format(plain, use_l10n=True, force_grouping=True)


def display_date(value):
    return date_format(value, "SHORT_DATE_FORMAT")


def nice_step(span):
    """A round step (1, 2, 2.5 or 5 × 10ⁿ) that cuts ``span`` into about 4 parts."""
    if span <= 0:
        return 1.0
    raw = span / TICKS
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


@dataclass
class ChartPoint:
    date: datetime.date
    value: Decimal
    x: float = 0.0
    y: float = 0.0

    @property
    def date_label(self):
        return display_date(self.date)

    @property
    def value_label(self):
        return display_number(self.value)


@dataclass
class Tick:
    label: str
    position: float
    anchor: str = "middle"


@dataclass
class LineLabel:
    """Where a line's label is written: ``x``, ``y`` (the text's baseline) and
    its anchor, with the box it covers, so that other labels can avoid it."""

    text: str
    x: float
    y: float
    anchor: str
    box: tuple


def label_box(text, x, y, anchor):
    width = len(text) * CHARACTER_WIDTH
    left = x - width if anchor == "end" else x
    return (left, y - LABEL_SIZE, left + width, y + 3)


def overlaps(box, other):
    return not (
        box[2] <= other[0]
        or other[2] <= box[0]
        or box[3] <= other[1]
        or other[3] <= box[1]
    )


def place_line_label(text, line_y, ends, points, taken=(), bounds=None):
    """Put ``text`` above or below a horizontal line at one of its ``ends``
    (``[(x, anchor), ...]`` in order of preference), where it covers no point
    and no label already placed; the first place that is free, else the first."""
    top, bottom = bounds or (0, math.inf)
    candidates = []
    for x, anchor in ends:
        for y in (line_y - 5, line_y + LABEL_SIZE + 4):
            if y - LABEL_SIZE >= top and y + 3 <= bottom:
                candidates.append((x, y, anchor))
    for x, y, anchor in candidates:
        box = label_box(text, x, y, anchor)
        hit_point = any(
            overlaps(
                box,
                (
                    p.x - POINT_RADIUS,
                    p.y - POINT_RADIUS,
                    p.x + POINT_RADIUS,
                    p.y + POINT_RADIUS,
                ),
            )
            for p in points
        )
        if not hit_point and not any(overlaps(box, other) for other in taken):
            return LineLabel(text, x, y, anchor, box)
    x, y, anchor = candidates[0] if candidates else (ends[0][0], line_y - 5, ends[0][1])
    return LineLabel(text, x, y, anchor, label_box(text, x, y, anchor))


@dataclass
class IndicatorChart:
    """The geometry of one chart; coordinates are in the SVG's user units."""

    baseline: Decimal
    target: Decimal
    points: list = field(default_factory=list)
    start: datetime.date | None = None
    end: datetime.date | None = None
    width: int = WIDTH
    height: int = HEIGHT

    def __post_init__(self):
        self.points = sorted(self.points, key=lambda p: p.date)
        dates = [p.date for p in self.points]
        if self.start is not None:
            dates.append(self.start)
        if self.end is not None:
            dates.append(self.end)
        self.first_day = min(dates) if dates else None
        self.last_day = max(dates) if dates else None
        values = [float(p.value) for p in self.points]
        values += [float(self.baseline), float(self.target), 0.0]
        step = nice_step(max(values) - min(values))
        self.low = math.floor(min(values) / step) * step
        self.high = math.ceil(max(values) / step) * step
        if self.high == self.low:
            self.high = self.low + step
        self.step = step
        for point in self.points:
            point.x = self.x_for(point.date)
            point.y = self.y_for(point.value)

    # Scales -------------------------------------------------------------------

    @property
    def plot_left(self):
        return LEFT

    @property
    def plot_right(self):
        return self.width - RIGHT

    @property
    def plot_top(self):
        return TOP

    @property
    def plot_bottom(self):
        return self.height - BOTTOM

    def x_for(self, day):
        if self.first_day is None or self.last_day == self.first_day:
            return round((self.plot_left + self.plot_right) / 2, 1)
        span = (self.last_day - self.first_day).days
        share = (day - self.first_day).days / span
        return round(self.plot_left + share * (self.plot_right - self.plot_left), 1)

    def y_for(self, value):
        share = (float(value) - self.low) / (self.high - self.low)
        return round(self.plot_bottom - share * (self.plot_bottom - self.plot_top), 1)

    # What the template draws ----------------------------------------------------

    @property
    def has_points(self):
        return bool(self.points)

    @property
    def polyline(self):
        return " ".join(f"{p.x},{p.y}" for p in self.points)

    @property
    def baseline_y(self):
        return self.y_for(self.baseline)

    @property
    def target_y(self):
        return self.y_for(self.target)

    @property
    def y_ticks(self):
        ticks = []
        value = self.low
        while value <= self.high + self.step / 1000:
            ticks.append(
                Tick(display_number(Decimal(str(round(value, 6)))), self.y_for(value))
            )
            value += self.step
        return ticks

    @property
    def x_ticks(self):
        """One label per measured date; the first and last day of the axis too."""
        days = []
        for day in [self.first_day, *(p.date for p in self.points), self.last_day]:
            if day is not None and day not in days:
                days.append(day)
        ticks = [Tick(display_date(day), self.x_for(day)) for day in sorted(days)]
        # Labels closer than 70 units would overlap: keep the first of each cluster.
        kept = []
        for tick in ticks:
            if not kept or tick.position - kept[-1].position >= 70:
                kept.append(tick)
        # The outermost labels stay inside the picture.
        if kept and kept[0].position <= self.plot_left + 1:
            kept[0].anchor = "start"
        if len(kept) > 1 and kept[-1].position >= self.plot_right - 1:
            kept[-1].anchor = "end"
        return kept

    def line_labels(self):
        """The target's and the baseline's labels, placed so that they cover no
        measured point and not each other (the target at the right end first,
        the baseline at the left)."""
        right = (self.plot_right, "end")
        left = (self.plot_left + 8, "start")
        bounds = (self.plot_top - 12, self.plot_bottom)
        target = place_line_label(
            f"{gettext('Target')} {self.target_label}",
            self.target_y,
            [right, left],
            self.points,
            bounds=bounds,
        )
        baseline = place_line_label(
            f"{gettext('Baseline')} {self.baseline_label}",
            self.baseline_y,
            [left, right],
            self.points,
            taken=[target.box],
            bounds=bounds,
        )
        return target, baseline

    @property
    def target_text(self):
        return self.line_labels()[0]

    @property
    def baseline_text(self):
        return self.line_labels()[1]

    @property
    def baseline_label(self):
        return display_number(self.baseline)

    @property
    def target_label(self):
        return display_number(self.target)
