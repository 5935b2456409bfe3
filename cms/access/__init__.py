"""The access layer: the one place that answers "what may this person see and do".

Every surface that lists or opens pages, documents, images or cases asks a
``Viewer``: public views and templates, feeds, exports, the API, search, and the
admin (Wagtail's generic views reach it through the permission policies of the
case models, ``cms.cases.permissions``, and through the case models' default
manager, which applies the viewer of the current request to every query, so a
chooser, a bulk action or a report nobody wired by hand is scoped all the same).

Who is who (``Viewer.role``), from the groups ``cms.governance`` provisions:

========================  ===========================================================
anonymous                 live pages outside every view restriction, public documents
stakeholder               + their region's internal pages and documents
editor                    + edits their region's pages; no case at all
coordinator               + their region's cases; reviews their region's pages
lead partner, superuser   everything; only they publish
========================  ===========================================================

One viewer is made per request (``viewer_for(request)``, cached on it): the
restrictions, the user's groups and regions are read once, so a listing's query
count does not depend on the number of rows or restrictions.
"""

from .cases import case_workers, region_coordinators
from .current import (
    ViewerMiddleware,
    current_viewer,
    unscoped,
    viewer_for,
)
from .viewer import (
    ANONYMOUS,
    COORDINATOR,
    EDITOR,
    LEAD_PARTNER,
    STAKEHOLDER,
    SUPERUSER,
    Viewer,
)

__all__ = [
    "ANONYMOUS",
    "COORDINATOR",
    "EDITOR",
    "LEAD_PARTNER",
    "STAKEHOLDER",
    "SUPERUSER",
    "Viewer",
    "ViewerMiddleware",
    "case_workers",
    "current_viewer",
    "public_viewer",
    "region_coordinators",
    "unscoped",
    "viewer_for",
    "visible_documents",
    "visible_pages",
]


# Shorthands for the common questions ------------------------------------------------

PUBLIC_ATTR = "_competein_public_viewer"


def public_viewer(request=None):
    """An anonymous viewer, for what the public sees whoever asks (exports, the
    API, menus and fragments cached for everyone): it passes no restriction, not
    even a password given in this session. Made once per request when one is
    given, so the restrictions are read once."""
    if request is None:
        return Viewer()
    viewer = getattr(request, PUBLIC_ATTR, None)
    if viewer is None:
        viewer = Viewer()
        # The restrictions are the same records for every viewer: read once.
        viewer.__dict__["_page_restrictions"] = viewer_for(request)._page_restrictions
        setattr(request, PUBLIC_ATTR, viewer)
    return viewer


def visible_pages(viewer=None, queryset=None, *, locale=None):
    """``viewer_for(viewer).pages(queryset, locale=locale)``: the live pages of
    ``queryset`` that a request, a user or an anonymous visitor (None) may open."""
    return viewer_for(viewer).pages(queryset, locale=locale)


def visible_documents(viewer=None, queryset=None):
    """``viewer_for(viewer).documents(queryset)``: documents (or images) outside
    the collections the viewer may not view."""
    return viewer_for(viewer).documents(queryset)
