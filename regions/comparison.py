"""Side-by-side comparison of 2 to 4 regions, from ``?compare=slug1,slug2``."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MIN_REGIONS = 2
MAX_REGIONS = 4

# A small bar chart per figure (drawn as SVG by regions/includes/comparison_chart.html).
CHART_WIDTH = 360
NAME_WIDTH = 146  # room for the region's name, left of the bars
VALUE_ROOM = 74  # room for the value, right of the longest bar
BAR_HEIGHT = 18
ROW_HEIGHT = 28


@dataclass
class Bar:
    name: str
    value: str
    length: float
    y: float

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT / 2

    @property
    def value_x(self):
        return NAME_WIDTH + self.length + 6


@dataclass
class FigureChart:
    """One figure across the compared regions, as horizontal bars on a shared
    scale from zero; drawn only when the regions give it in the same unit."""

    label: str
    unit: str
    bars: list

    width = CHART_WIDTH
    name_width = NAME_WIDTH

    @property
    def height(self):
        return len(self.bars) * ROW_HEIGHT + 4

    @property
    def bar_height(self):
        return BAR_HEIGHT


def figure_chart(label, figures, regions):
    present = [
        (region, figure)
        for region, figure in zip(regions, figures, strict=True)
        if figure
    ]
    if len(present) < MIN_REGIONS or len({f.unit for _r, f in present}) != 1:
        return None
    largest = max(abs(float(f.value)) for _r, f in present) or 1.0
    room = CHART_WIDTH - NAME_WIDTH - VALUE_ROOM
    bars = [
        Bar(
            name=region.title,
            value=figure.display_value,
            length=round(abs(float(figure.value)) / largest * room, 1),
            y=4 + row * ROW_HEIGHT,
        )
        for row, (region, figure) in enumerate(present)
    ]
    return FigureChart(label=label, unit=present[0][1].unit, bars=bars)


@dataclass
class Comparison:
    requested: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def is_valid(self):
        return bool(self.regions) and not self.errors

    @property
    def charts(self):
        """A small chart per figure that two regions or more give in one unit."""
        charts = []
        for label, figures in self.rows:
            chart = figure_chart(label, figures, self.regions)
            if chart is not None:
                charts.append(chart)
        return charts


def requested_slugs(request):
    """Slugs from ``?compare=a,b`` or ``?compare=a&compare=b``, deduplicated."""
    slugs = []
    for raw in request.GET.getlist("compare"):
        for slug in raw.split(","):
            slug = slug.strip().lower()
            if slug and slug not in slugs:
                slugs.append(slug)
    return slugs


def build_comparison(slugs, regions_by_slug):
    """Check the request and, if it is sound, build the table's rows.

    ``regions_by_slug`` holds the live regions of the visitor's language. A row is
    a key figure label; a region without that figure gets an empty cell.
    """
    comparison = Comparison(requested=slugs)
    if len(slugs) < MIN_REGIONS:
        comparison.errors.append(
            _("Choose at least two regions to compare (you chose %(count)d).")
            % {"count": len(slugs)}
        )
    elif len(slugs) > MAX_REGIONS:
        comparison.errors.append(
            _(
                "You can compare at most four regions at a time; you chose "
                "%(count)d. Remove some and try again."
            )
            % {"count": len(slugs)}
        )
    unknown = [slug for slug in slugs if slug not in regions_by_slug]
    if unknown:
        comparison.errors.append(
            ngettext(
                "There is no region with the address “%(slugs)s”.",
                "There are no regions with the addresses “%(slugs)s”.",
                len(unknown),
            )
            % {"slugs": "”, “".join(unknown)}
        )
    if comparison.errors:
        return comparison

    comparison.regions = [regions_by_slug[slug] for slug in slugs]
    labels = []
    cells = {}
    for index, region in enumerate(comparison.regions):
        for figure in region.key_figures.all():
            if figure.label not in labels:
                labels.append(figure.label)
            cells[(figure.label, index)] = figure
    comparison.rows = [
        (label, [cells.get((label, i)) for i in range(len(comparison.regions))])
        for label in labels
    ]
    return comparison
