"""Admin and serving hooks of the governance machinery."""

from django.template.response import TemplateResponse
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import BaseViewRestriction

from cms import deletion  # noqa: F401  (its hooks refuse deletions that lose data)
from cms.cases import bulk_actions, log_actions, panels  # noqa: F401
from cms.documents.views import (
    DocumentCreateView,
    DocumentEditView,
    MultipleDocumentAddView,
)
from cms.translation_views import (
    RegionalSubmitPageTranslationView,
    RegionalUpdateTranslationsView,
)


@hooks.register("register_admin_urls")
def document_views_with_warnings():
    # cms is first in INSTALLED_APPS, so these patterns come before those of
    # wagtail.documents and wagtail_localize for the same URLs, and
    # reverse("wagtaildocs:add") still gives the URL that reaches them.
    return [
        path("documents/add/", DocumentCreateView.as_view(), name="competein_doc_add"),
        path(
            "documents/edit/<int:document_id>/",
            DocumentEditView.as_view(),
            name="competein_doc_edit",
        ),
        path(
            "documents/multiple/add/",
            MultipleDocumentAddView.as_view(),
            name="competein_doc_add_multiple",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            RegionalSubmitPageTranslationView.as_view(),
            name="competein_submit_page_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            RegionalUpdateTranslationsView.as_view(),
            name="competein_update_translations",
        ),
    ]


def _refused_groups_restriction(obj, request):
    """True when a signed-in user fails a group restriction on ``obj``.

    Anonymous visitors are left to Wagtail, which sends them to the login page
    (and cost no extra query here).
    """
    if not request.user.is_authenticated:
        return False
    return any(
        restriction.restriction_type == BaseViewRestriction.GROUPS
        and not restriction.accept_request(request)
        for restriction in obj.get_view_restrictions()
    )


@never_cache
def _not_for_you(request):
    # No page in the context: not even the title of internal content is shown.
    return TemplateResponse(request, "cms/restricted.html", {}, status=403)


@hooks.register("before_serve_page", order=-10)
def refuse_other_regions_page(page, request, serve_args, serve_kwargs):
    """A signed-in user outside the page's groups gets a clear 403.

    Wagtail would send them to the login form they have already passed.
    """
    if _refused_groups_restriction(page, request):
        return _not_for_you(request).render()
    return None


@hooks.register("before_serve_document", order=-10)
def refuse_other_regions_document(document, request):
    if _refused_groups_restriction(document.collection, request):
        return _not_for_you(request).render()
    return None


@hooks.register("before_move_page")
def refuse_move_without_permission(request, page, destination):
    """Wagtail checks the move itself but shows its confirmation page to anyone
    with admin access; refuse that page too, so another region's titles stay
    private and the refusal comes before the question."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None
