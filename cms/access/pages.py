"""What pages a viewer may open: the view restrictions, read once per viewer."""

from functools import cached_property

from django.db.models import Q
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction


class PageRules:
    """Mixed into ``Viewer``: needs ``request``, ``is_active``, ``is_superuser``,
    ``is_lead_partner`` and ``group_ids``."""

    @cached_property
    def _page_restrictions(self):
        restrictions = PageViewRestriction.objects.select_related("page")
        if self.is_active and not self.is_superuser:
            # Only signed-in people can pass a group restriction.
            restrictions = restrictions.prefetch_related("groups")
        return list(restrictions)

    def _passes(self, restriction):
        kind = restriction.restriction_type
        if kind == BaseViewRestriction.NONE:
            return True
        if kind == BaseViewRestriction.PASSWORD:
            session = getattr(self.request, "session", None)
            if session is None:
                return False
            passed = session.get(restriction.passed_view_restrictions_session_key, [])
            return restriction.pk in passed
        if not self.is_active:
            return False
        if kind == BaseViewRestriction.LOGIN:
            return True
        if kind == BaseViewRestriction.GROUPS:
            return self.is_superuser or any(
                group.pk in self.group_ids for group in restriction.groups.all()
            )
        return False

    @cached_property
    def refused_page_restrictions(self):
        """The PageViewRestrictions this viewer does not pass."""
        return [r for r in self._page_restrictions if not self._passes(r)]

    @cached_property
    def hidden_page_paths(self):
        """Tree paths of the pages closed to this viewer (with all below them)."""
        paths = []
        for path in sorted({r.page.path for r in self.refused_page_restrictions}):
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
