"""Deletion that never loses data silently.

Before a page, a case, a user or a document is deleted in the admin (one at a
time or in bulk), every check registered here is asked what depends on it. If
anything does, the deletion is refused with a page that names the dependants,
with links, and says what to do instead (unpublish, close the case, deactivate
the account, reassign, remove the evidence first). The rules per model are in the
README ("Deletion rules").

cms is the floor: it knows pages, users, documents, groups and the case framework;
the apps above register the checks for their own records (transfer cases,
actions, monitoring reports) with ``register_page_check`` and
``register_deletion_check``.

The registries and the refusal page are here; ``checks`` holds the floor's own
checks (translations, regions' cases and groups, case histories, users, documents in
case timelines) and ``admin`` wires them into Wagtail's deletion hooks and views.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.access import unscoped

# How many dependants of one kind the refusal page names before "and N more".
SHOWN = 25


@dataclass
class Dependants:
    """One kind of record that depends on what is being deleted."""

    label: str
    items: list = field(default_factory=list)  # [(name, url or "")]
    way_out: str = ""
    # Records first, translations last.
    order: int = 0

    @property
    def shown(self):
        return self.items[:SHOWN]

    @property
    def hidden_count(self):
        return max(len(self.items) - SHOWN, 0)


_page_checks = []
_object_checks = []


def register_page_check(func):
    """``func(page_ids)`` → [Dependants] outside the pages being deleted.

    ``page_ids`` holds every page that would go: the ones chosen and their
    descendants.
    """
    _page_checks.append(func)
    return func


def register_deletion_check(func):
    """``func(objects)`` → [Dependants] of snippets, users or documents (a list of
    instances of one model; return [] for models the check does not know)."""
    _object_checks.append(func)
    return func


def deleted_page_ids(pages):
    query = Q()
    for page in pages:
        query |= Q(path__startswith=page.path, depth__gte=page.depth)
    if not query:
        return set()
    return set(Page.objects.filter(query).values_list("pk", flat=True))


def page_dependants(pages):
    ids = deleted_page_ids(pages)
    groups = []
    for check in _page_checks:
        with unscoped():  # every dependant counts, seen or not (cms.access)
            groups.extend(check(ids) or [])
    return sorted(
        (group for group in groups if group.items), key=lambda group: group.order
    )


def object_dependants(objects):
    objects = list(objects)
    if not objects:
        return []
    groups = []
    for check in _object_checks:
        with unscoped():  # every dependant counts, seen or not (cms.access)
            groups.extend(check(objects) or [])
    return [group for group in groups if group.items]


def refusal(request, names, groups, back_url=""):
    """The page that says why the deletion cannot go ahead, and what to do."""
    return TemplateResponse(
        request,
        "cms/deletion/refused.html",
        {
            "names": [str(name) for name in names],
            "groups": groups,
            "back_url": back_url or request.META.get("HTTP_REFERER", ""),
        },
        status=409,
    )


def page_edit_link(page):
    return (
        f"{page.get_admin_display_title()} ({page.locale.get_display_name()})",
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )


def case_link(case):
    """A dependant case by name, or, for a case the person may not see (another
    region's), only that it exists and where: the checks count every case."""
    from cms.access import current_viewer

    viewer = current_viewer()
    if viewer is not None and not viewer.may_see_case(case):
        region = case.region.title if case.region_id else "?"
        return (_("A case of %(region)s") % {"region": region}, "")
    url = ""
    viewset = getattr(type(case), "snippet_viewset", None)
    if viewset is not None:
        url = reverse(viewset.get_url_name("inspect"), args=[case.pk])
    return (f"{case.reference} {case.title} ({case.status_label()})", url)


def _refuse_pages(request, pages):
    groups = page_dependants(pages)
    if groups:
        return refusal(request, [p.get_admin_display_title() for p in pages], groups)
    return None


def refuse_deletion(request, objects):
    """The refusal page if anything depends on ``objects``, else None (for admin
    views that have no deletion hook of their own)."""
    return _refuse_objects(request, objects)


def _refuse_objects(request, objects):
    groups = object_dependants(objects)
    if groups:
        return refusal(request, objects, groups)
    return None


from . import checks  # noqa: E402,F401  (the floor's checks register themselves)
