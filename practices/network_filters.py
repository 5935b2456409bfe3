"""The learning network's filters, read from a query string: pillar, kind of link
and period (from and to a year). A value not understood is ignored and named,
never an error."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .models import Pillar

YEARS = (2000, 2100)  # the periods a filter may name


@dataclass
class Filters:
    """What the visitor asked for, checked: unknown values are ignored and named."""

    pillar: str = ""
    kind: str = ""
    start: object = None
    end: object = None
    ignored: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query, kinds=("event", "inspired")):
        found = cls()
        pillar = query.get("pillar", "")
        if pillar and pillar in Pillar.values:
            found.pillar = pillar
        elif pillar:
            found.ignored.append({"facet": _("Pillar"), "value": pillar})
        kind = query.get("kind", "")
        if kind and kind in kinds:
            found.kind = kind
        elif kind:
            found.ignored.append({"facet": _("Kind of link"), "value": kind})
        for name, label in (("start", _("From year")), ("end", _("To year"))):
            value = query.get(name, "").strip()
            if (
                value.isascii()
                and value.isdigit()
                and YEARS[0] <= int(value) <= YEARS[1]
            ):
                setattr(found, name, int(value))
            elif value:
                found.ignored.append({"facet": label, "value": value[:20]})
        if found.start and found.end and found.start > found.end:
            found.start, found.end = found.end, found.start
        return found

    @property
    def active(self):
        return bool(self.pillar or self.kind or self.start or self.end)

    def keeps(self, link):
        if self.pillar and self.pillar not in link.pillars:
            return False
        if self.kind and link.kind != self.kind:
            return False
        if (self.start or self.end) and link.year is None:
            return False
        if self.start and link.year < self.start:
            return False
        return not (self.end and link.year > self.end)
