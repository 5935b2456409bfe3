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
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.views.bulk_actions.delete import (
    DeleteBulkAction as DocumentsBulkDelete,
)
from wagtail.documents.views.documents import DeleteView as DocumentsDeleteView
from wagtail.models import Locale, Page

from cms.access import unscoped
from cms.cases.registry import CASE_MODELS

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


# The checks the floor knows -------------------------------------------------------


@register_page_check
def translations_left_behind(page_ids):
    """A source page's translations are not deleted with it (wagtail-localize
    does not cascade): they would stay, cut off from their source."""
    default = Locale.get_default()
    keys = Page.objects.filter(pk__in=page_ids, locale=default).values(
        "translation_key"
    )
    translations = (
        Page.objects.filter(translation_key__in=keys)
        .exclude(pk__in=page_ids)
        .select_related("locale")
        .order_by("path")
    )
    return [
        Dependants(
            _("Translations, which would be left without their source"),
            [page_edit_link(page) for page in translations],
            _(
                "Unpublish the page instead: it and its translations leave the site "
                "and stay in the admin. To remove it for good, delete its "
                "translations first."
            ),
            order=10,
        )
    ]


@register_page_check
def cases_of_regions(page_ids):
    groups = []
    for model in CASE_MODELS:
        cases = model._default_manager.filter(region_id__in=page_ids).order_by(
            "reference"
        )
        groups.append(
            Dependants(
                capfirst(
                    _("%(cases)s of this region")
                    % {"cases": model._meta.verbose_name_plural}
                ),
                [case_link(case) for case in cases],
                _(
                    "Unpublish the region instead: its cases, reports and people "
                    "stay where they are. A region's records are never deleted."
                ),
            )
        )
    return groups


@register_page_check
def groups_of_regions(page_ids):
    from cms.models import RegionGovernance

    groups = []
    for governance in RegionGovernance.objects.filter(region_id__in=page_ids):
        for group in governance.regional_groups:
            members = group.user_set.count()
            if members:
                groups.append(
                    (
                        ngettext(
                            "%(group)s (%(count)s person)",
                            "%(group)s (%(count)s people)",
                            members,
                        )
                        % {"group": group.name, "count": members},
                        reverse("wagtailusers_groups:edit", args=[group.pk]),
                    )
                )
    return [
        Dependants(
            _("Groups of people who work on this region"),
            groups,
            _(
                "Unpublish the region instead; or move its people to other groups "
                "first."
            ),
        )
    ]


def _case_note_models():
    return [model.notes.rel.related_model for model in CASE_MODELS]


@register_deletion_check
def case_history(objects):
    """A case's timeline and audit trail are its record: never cascaded away."""
    if type(objects[0]) not in CASE_MODELS:
        return []
    kept = [
        case
        for case in objects
        if case.status != case.workflow.initial or case.notes.exists()
    ]
    model = type(objects[0])
    return [
        Dependants(
            _("Cases with a history (a timeline of notes or a change of status)"),
            [case_link(case) for case in kept],
            getattr(
                model,
                "deletion_way_out",
                _(
                    "Close or abandon the case instead: it leaves the open lists "
                    "and keeps its history."
                ),
            ),
        )
    ]


@register_deletion_check
def users_with_records(objects):
    if not isinstance(objects[0], get_user_model()):
        return []
    ids = [user.pk for user in objects]
    assigned, authored = [], []
    for model in CASE_MODELS:
        assigned += list(
            model._default_manager.filter(assignee_id__in=ids).order_by("reference")
        )
    for note_model in _case_note_models():
        cases = {
            note.case
            for note in note_model._default_manager.filter(
                author_id__in=ids
            ).select_related("case")
        }
        authored += sorted(cases, key=lambda case: case.reference)
    way_out = _(
        "Deactivate the account instead (untick “Active” on the user's account): "
        "they can no longer sign in, and their name stays on what they did. "
        "Reassign their open cases first (“Reassign” on the case list)."
    )
    return [
        Dependants(
            _("Cases assigned to them"), [case_link(c) for c in assigned], way_out
        ),
        Dependants(
            _("Cases whose timeline has their notes"),
            [case_link(c) for c in authored],
            way_out,
        ),
    ]


@register_deletion_check
def documents_in_case_timelines(objects):
    if not isinstance(objects[0], get_document_model()):
        return []
    ids = [document.pk for document in objects]
    cases = set()
    for note_model in _case_note_models():
        cases.update(
            note.case
            for note in note_model._default_manager.filter(
                document_id__in=ids
            ).select_related("case")
        )
    return [
        Dependants(
            _("Cases whose timeline holds this document"),
            [case_link(case) for case in sorted(cases, key=lambda c: c.reference)],
            _(
                "Keep the document: it is part of the cases' record. To correct it, "
                "upload a new file on the document's edit page; the cases keep "
                "their link."
            ),
        )
    ]


# Where the admin asks --------------------------------------------------------------


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


@hooks.register("before_delete_page")
def refuse_page_deletion(request, page):
    return _refuse_pages(request, [page])


@hooks.register("before_delete_snippet")
def refuse_snippet_deletion(request, instances):
    return _refuse_objects(request, instances)


@hooks.register("before_delete_user")
def refuse_user_deletion(request, user):
    return _refuse_objects(request, [user])


@hooks.register("before_delete_document")
def refuse_document_deletion(request, document):
    return _refuse_objects(request, [document])


@hooks.register("before_bulk_action")
def refuse_bulk_deletion(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects:
        return None
    if isinstance(objects[0], Page):
        return _refuse_pages(request, objects)
    return _refuse_objects(request, objects)


class DocumentDeleteView(DocumentsDeleteView):
    """Wagtail's document delete view, with a ``before_delete_document`` hook like
    the ones pages, snippets and users have."""

    def run_before_hook(self):
        return self.run_hook("before_delete_document", self.request, self.object)


@hooks.register("register_admin_urls")
def document_delete_with_dependants():
    # cms comes first in INSTALLED_APPS: this pattern is found before
    # wagtail.documents' own, and reverse("wagtaildocs:delete") still reaches it.
    return [
        path(
            "documents/delete/<int:document_id>/",
            DocumentDeleteView.as_view(),
            name="competein_doc_delete",
        )
    ]


class DeleteDocumentsWithDependants(DocumentsBulkDelete):
    """Wagtail's bulk delete of documents refuses protected ones with a bare
    "permission denied" before any hook runs: say what depends on them instead."""

    def prepare_action(self, objects, objects_without_access):
        response = _refuse_objects(self.request, objects)
        if response is not None:
            return response
        return super().prepare_action(objects, objects_without_access)


# Registered after wagtail.documents' own (a higher order), so it replaces it.
hooks.register("register_bulk_action", DeleteDocumentsWithDependants, order=100)
