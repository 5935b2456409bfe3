"""The listing toolkit: filters read from the query string, facet counts, sorting
and pagination, declared once per listing and the same on every listing.

A listing names its filters and sorts::

    class ActivityListing(Listing):
        filters = [
            Filter("kind", _("Kind"), field="kind", choices=EventKind.choices),
            Filter("year", _("Year"), field="start__year", parse=parse_year),
        ]
        sorts = {"upcoming": (_("Soonest first"), ("start", "pk"))}

and a view asks it for its context: ``ActivityListing(request, queryset).context()``.
``queryset`` is what the visitor may see (the access layer's ``visible_pages``); the
toolkit only narrows it. What holds on every listing:

- Every filter is a GET parameter that may repeat (``?kind=workshop&kind=training``):
  values of one filter are alternatives (OR), different filters narrow each other
  (AND).
- A value that means nothing (an unknown choice, a year like "20x6", a region of
  another language) is ignored and reported in ``ignored``, never a 400 or a 500.
- Each filter's counts apply every *other* active filter, so a visitor sees how many
  results each choice would give; one aggregate query per filter, whatever the
  number of results. Options with no result are not offered, but a chosen one is.
- Links keep only known values, in the declared order, and go back to the first
  page; the page number is read forgivingly (``paginate``).
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

DEFAULT_PER_PAGE = 12
MAX_SHOWN_VALUE = 60
MIN_YEAR, MAX_YEAR = 1900, 2100


def paginate(request, items, per_page=DEFAULT_PER_PAGE, param="page"):
    """Return the requested page of ``items``, forgiving bad input.

    ``?page=abc`` or a missing value gives the first page, ``?page=-1`` or ``0``
    the first page, and a number past the end the last page: a visitor never gets
    an error for a hand-edited or stale URL.
    """
    try:
        number = max(int(request.GET.get(param, "1")), 1)
    except (TypeError, ValueError):
        number = 1
    return Paginator(items, per_page).get_page(number)  # past the end: the last


def query_without(request, *params):
    """The current parameters minus ``params``, for ``{% querystring %}``."""
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query


def parse_year(raw):
    """A year between 1900 and 2100 as written in a URL, else None."""
    if raw.isascii() and raw.isdigit() and MIN_YEAR <= int(raw) <= MAX_YEAR:
        return int(raw)
    return None


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    query: str

    @property
    def url(self):
        return f"?{self.query}"


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)
    all_label: str = ""
    clear_query: str = ""

    @property
    def clear_url(self):
        return f"?{self.clear_query}"

    @property
    def has_selection(self):
        return any(option.selected for option in self.options)


@dataclass
class ActiveFilter:
    facet_label: str
    label: str
    query: str

    @property
    def remove_url(self):
        return f"?{self.query}"


class Filter:
    """One filter of a listing.

    ``field`` is the lookup path the values are compared with (``kind``,
    ``origin_region__slug``, ``start_date__year``). Known values come from
    ``choices`` when they are fixed (a list, or a callable read only when a value
    is asked for), else from the listing's own rows (with
    ``label_field`` as their label), or from ``known(listing, values)``.
    ``parse`` turns a raw value into the compared one, or None when it means
    nothing. ``condition`` replaces the
    default ``field__in`` for relations a plain lookup cannot express;
    ``counts(listing, queryset)`` likewise replaces the default grouped count.
    """

    def __init__(
        self,
        name,
        label,
        *,
        field,
        choices=None,
        label_field=None,
        parse=None,
        known=None,
        condition=None,
        counts=None,
        newest_first=False,
        many=False,
        all_label=None,
    ):
        self.name = name
        self.label = label
        self.field = field
        self.choices = choices
        self.label_field = label_field
        self.parse = parse
        self.known_function = known
        self.condition_function = condition
        self.counts_function = counts
        self.newest_first = newest_first
        self.many = many
        self.all_label = all_label

    def get_choices(self):
        return self.choices() if callable(self.choices) else self.choices

    def condition(self, values, model):
        """The rows of ``model`` matching ``values``. A ``many`` filter crosses a
        to-many relation (a region's sectors): it compares through a subquery, so
        that a row matching two values is listed once."""
        if self.condition_function is not None:
            return self.condition_function(values)
        matching = Q(**{f"{self.field}__in": values})
        if self.many:
            return Q(pk__in=model._base_manager.filter(matching).values("pk"))
        return matching

    def known(self, listing, values):
        """{value: label} for the ``values`` that mean something."""
        if self.known_function is not None:
            return self.known_function(listing, values)
        if self.choices is not None:
            labels = dict(self.get_choices())
            return {value: labels[value] for value in values if value in labels}
        label_field = self.label_field or self.field
        rows = (
            listing.queryset.filter(self.condition(values, listing.queryset.model))
            .order_by()
            .values_list(self.field, label_field)
            .distinct()
        )
        return {str(value): str(label) for value, label in rows}

    def counts(self, queryset, listing=None):
        """[(value, label, count)] over ``queryset``: one aggregate query."""
        if self.counts_function is not None:
            return self.counts_function(listing, queryset)
        columns = [self.field]
        if self.label_field:
            columns.append(self.label_field)
        rows = (
            queryset.order_by()
            .values(*columns)
            .annotate(n=Count("pk", distinct=True))
            .filter(**{f"{self.field}__isnull": False})
        )
        if self.choices is not None:
            found = {str(row[self.field]): row["n"] for row in rows}
            return [
                (value, label, found[value])
                for value, label in self.get_choices()
                if value in found
            ]
        label_field = self.label_field or self.field
        options = [
            (str(row[self.field]), str(row[label_field]), row["n"]) for row in rows
        ]
        if self.newest_first:
            return sorted(options, key=lambda option: option[0], reverse=True)
        return sorted(options, key=lambda option: option[1].lower())


class Listing:
    """A filtered, sorted, paginated listing of ``queryset`` for one request."""

    filters = []
    sorts = {}
    default_sort = None
    per_page = DEFAULT_PER_PAGE

    def __init__(self, request, queryset, page=None):
        self.request = request
        self.queryset = queryset
        self.page = page  # the page the listing is on (its language), if any
        self.ignored = []
        self.labels = {}
        self.selected = self._read_filters()
        self.sort = self._read_sort()

    # Reading the query string ------------------------------------------------

    def _read_filters(self):
        selected = {}
        for filter_ in self.filters:
            values = []
            for raw in self.request.GET.getlist(filter_.name):
                value = raw.strip()
                if not value or value in values:
                    continue
                if filter_.parse is not None and filter_.parse(value) is None:
                    self._ignore(filter_, raw)
                    continue
                values.append(value)
            if not values:
                continue
            compared = self._compared(filter_, values)
            known = filter_.known(self, compared)
            kept = []
            for value, compared_value in zip(values, compared, strict=True):
                label = known.get(str(compared_value))
                if label is None:
                    self._ignore(filter_, value)
                else:
                    self.labels[(filter_.name, value)] = label
                    kept.append(value)
            if kept:
                selected[filter_.name] = kept
        return selected

    def _ignore(self, filter_, raw):
        self.ignored.append({"facet": filter_.label, "value": raw[:MAX_SHOWN_VALUE]})

    def _read_sort(self):
        if not self.sorts:
            return None
        raw = self.request.GET.get("sort", self.default_sort)
        if raw not in self.sorts:
            self.ignored.append({"facet": _("Sort"), "value": raw[:MAX_SHOWN_VALUE]})
            return self.default_sort
        return raw

    # Results -----------------------------------------------------------------

    def _compared(self, filter_, values):
        return [filter_.parse(v) for v in values] if filter_.parse else values

    def filtered(self, except_filter=None):
        queryset = self.queryset
        for filter_ in self.filters:
            values = self.selected.get(filter_.name)
            if values and filter_.name != except_filter:
                queryset = queryset.filter(
                    filter_.condition(
                        self._compared(filter_, values), self.queryset.model
                    )
                )
        return queryset

    def results(self):
        queryset = self.filtered()
        if self.sort is not None:
            queryset = queryset.order_by(*self.sorts[self.sort][1])
        return queryset

    # Links -------------------------------------------------------------------

    def query_dict(self, selected=None, sort=None):
        """The clean parameters: known values only, in the declared order (what
        ``{% querystring %}`` builds the page links from)."""
        selected = self.selected if selected is None else selected
        sort = self.sort if sort is None else sort
        query = QueryDict(mutable=True)
        for filter_ in self.filters:
            if selected.get(filter_.name):
                query.setlist(filter_.name, selected[filter_.name])
        if sort is not None and sort != self.default_sort:
            query["sort"] = sort
        return query

    def fragment_key(self, max_page=50):
        """The clean query string and page number, when the address asks for
        nothing else, to keep a rendered part of the listing under; else None.

        An address with unknown parameters, repeated or ignored values, a sort
        written out or a page past ``max_page`` is built afresh each time, so
        nobody can fill the cache with one entry per invented address. The
        other parameters are compared without reading them (``lists()``), so the
        page cache still sees which ones the page read (cms.pagecache).
        """
        if self.ignored:
            return None
        raw = dict(self.request.GET.lists())
        raw.pop("page", None)
        pages = self.request.GET.getlist("page") or ["1"]  # the listing reads it
        if len(pages) != 1 or not pages[0].isascii() or not pages[0].isdigit():
            return None
        if not 1 <= int(pages[0]) <= max_page:
            return None
        expected = self.query_dict()
        if raw != dict(expected.lists()):
            return None
        return f"{expected.urlencode()}#{int(pages[0])}"

    def query(self, selected=None, sort=None):
        """``query_dict`` as a query string."""
        return self.query_dict(selected, sort).urlencode()

    def _toggled(self, name, value):
        values = list(self.selected.get(name, []))
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        return self.query({**self.selected, name: values})

    def facets(self):
        facets = []
        for filter_ in self.filters:
            chosen = self.selected.get(filter_.name, [])
            counts = filter_.counts(
                self.filtered(except_filter=filter_.name), listing=self
            )
            # A chosen value the other filters leave empty stays on offer, with
            # (0), so that the visitor sees it and can take it back.
            offered = {value for value, _label, _count in counts}
            counts += [
                (value, self.labels[(filter_.name, value)], 0)
                for value in chosen
                if value not in offered
            ]
            facets.append(
                Facet(
                    name=filter_.name,
                    label=filter_.label,
                    all_label=filter_.all_label or "",
                    clear_query=self.query({**self.selected, filter_.name: []}),
                    options=[
                        Option(
                            value=value,
                            label=label,
                            count=count,
                            selected=value in chosen,
                            query=self._toggled(filter_.name, value),
                        )
                        for value, label, count in counts
                    ],
                )
            )
        return facets

    def active_filters(self):
        labels = {f.name: f.label for f in self.filters}
        return [
            ActiveFilter(
                facet_label=labels[name],
                label=self.labels.get((name, value), value),
                query=self._toggled(name, value),
            )
            for name, values in self.selected.items()
            for value in values
        ]

    def sort_options(self):
        return [
            {
                "key": key,
                "label": label,
                "url": f"?{self.query(sort=key)}",
                "current": key == self.sort,
            }
            for key, (label, _ordering) in self.sorts.items()
        ]

    def context(self, per_page=None, results=None):
        """What a listing's template shows. ``results`` replaces ``results()``
        where the page needs more than the current page of them (a map)."""
        facets = self.facets()
        if results is None:
            results = self.results()
        page_obj = paginate(self.request, results, per_page or self.per_page)
        query = self.query()
        return {
            "page_obj": page_obj,
            "items": list(page_obj.object_list),
            "total": page_obj.paginator.count,
            "facets": facets,
            "active_filters": self.active_filters(),
            "ignored": self.ignored,
            "sort_options": self.sort_options(),
            "sort": self.sort,
            "query": query,
            "link_query": self.query_dict(),
            "is_filtered": bool(self.selected),
        }
