"""What pages a viewer may open: the view restrictions, read once per viewer."""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction


@dataclass(frozen=True)
class Restriction:
    """What the rules need of one page or collection view restriction."""

    pk: int
    restriction_type: str
    path: str  # of the page or collection it closes
    group_ids: frozenset
    session_key: str  # where a password passed in the session is noted


def read_restrictions(model, target):
    """Every restriction of ``model`` (PageViewRestriction or
    CollectionViewRestriction; ``target`` is "page" or "collection"), in one query
    of plain values: a row per restriction and group (None for a restriction
    without groups). Read afresh for each viewer, never cached: a restriction
    added by any means (a bulk insert, a migration) applies on the next request,
    and the audiences it changes get new names (``Viewer.audience``)."""
    rows = model.objects.values_list(
        "pk", "restriction_type", f"{target}__path", "groups"
    ).order_by("pk")
    found = {}
    for pk, kind, path, group_id in rows:
        kind, path, groups = found.setdefault(pk, (kind, path, set()))
        if group_id is not None:
            groups.add(group_id)
    return [
        Restriction(
            pk,
            kind,
            path,
            frozenset(groups),
            model.passed_view_restrictions_session_key,
        )
        for pk, (kind, path, groups) in found.items()
    ]


class PageRules:
    """Mixed into ``Viewer``: needs ``request``, ``is_active``, ``is_superuser``,
    ``is_lead_partner`` and ``group_ids``."""

    @cached_property
    def _page_restrictions(self):
        return read_restrictions(PageViewRestriction, "page")

    def _passes(self, restriction):
        kind = restriction.restriction_type
        if kind == BaseViewRestriction.NONE:
            return True
        if kind == BaseViewRestriction.PASSWORD:
            session = getattr(self.request, "session", None)
            if session is None:
                return False
            return restriction.pk in session.get(restriction.session_key, [])
        if not self.is_active:
            return False
        if kind == BaseViewRestriction.LOGIN:
            return True
        if kind == BaseViewRestriction.GROUPS:
            return self.is_superuser or bool(restriction.group_ids & self.group_ids)
        return False

    @cached_property
    def refused_page_restrictions(self):
        """The PageViewRestrictions this viewer does not pass."""
        return [r for r in self._page_restrictions if not self._passes(r)]

    @cached_property
    def hidden_page_paths(self):
        """Tree paths of the pages closed to this viewer (with all below them)."""
        paths = []
        for path in sorted({r.path for r in self.refused_page_restrictions}):
            if not paths or not path.startswith(paths[-1]):
                paths.append(path)  # a restriction inside another adds nothing
        return paths

    def hidden_pages_condition(self, prefix=""):
        """A Q matching the closed pages (``prefix`` for a relation, e.g. "page__")."""
        hidden = Q()
        for path in self.hidden_page_paths:
            hidden |= Q(**{f"{prefix}path__startswith": path})
        return hidden

    def pages(self, queryset=None, *, locale=None):
        """``queryset`` (every page by default) narrowed to the live pages the
        viewer may open, in ``locale`` (a Locale or its id) when given.

        Filters are plain path prefixes, so the result can still be searched on
        the database backend and on engines.
        """
        if queryset is None:
            queryset = Page.objects.all()
        queryset = queryset.live()
        if locale is not None:
            queryset = queryset.filter(locale=locale)
        hidden = self.hidden_pages_condition()
        return queryset.exclude(hidden) if hidden else queryset

    def may_open_page(self, page):
        """For one page already loaded: live and outside every closed subtree
        (no query beyond the viewer's restrictions, read once)."""
        if page is None or not page.live:
            return False
        return not any(page.path.startswith(p) for p in self.hidden_page_paths)

    def page_titles_queryset(self, queryset):
        """For admin listings of page titles (choosers): drafts included, closed
        subtrees left out unless the viewer may edit there."""
        if self.is_lead_partner:
            return queryset
        hidden = self.hidden_pages_condition()
        return queryset.exclude(hidden) if hidden else queryset
