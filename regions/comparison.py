"""Side-by-side comparison of 2 to 4 regions, from ``?compare=slug1,slug2``."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MIN_REGIONS = 2
MAX_REGIONS = 4


@dataclass
class Comparison:
    requested: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def is_valid(self):
        return bool(self.regions) and not self.errors


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
