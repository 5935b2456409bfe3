"""The checks the floor knows: what depends on pages, users and documents."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from cms.cases.registry import CASE_MODELS

from . import (
    Dependants,
    case_link,
    page_edit_link,
    register_deletion_check,
    register_page_check,
)


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
