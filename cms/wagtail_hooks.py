"""Admin and serving hooks of the governance machinery."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.models import BaseViewRestriction

from cms import workspace
from cms.access import viewer_for
from cms.cases import bulk_actions, log_actions, panels  # noqa: F401
from cms.deletion import admin as deletion_admin  # noqa: F401  (refuses deletions that lose data)
from cms.documents.views import (
    DocumentCreateView,
    DocumentEditView,
    MultipleDocumentAddView,
)
from cms.pagecache import mark_page_shared
from cms.translations import machine as machine_translation
from cms.translations import panels as translation_panels  # noqa: F401
from cms.translations import review as translation_review
from cms.translations.localize_views import (
    RegionalSubmitPageTranslationView,
    RegionalUpdateTranslationsView,
)
from cms.translations.views import TranslationStatusView


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
        path(
            "translations/",
            TranslationStatusView.as_view(),
            name="competein_translation_status",
        ),
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translation.machine_translate,
            name="competein_machine_translate",
        ),
    ]


@hooks.register("before_edit_page", order=-10)
def submit_translation_for_review(request, page):
    """The translation editor's "Submit for review" (cms.translations.review).

    Runs before wagtail-localize's own hook, which shows its editor; Wagtail has
    already checked that the user may edit the page.
    """
    if request.method != "POST" or translation_review.SUBMIT_FIELD not in request.POST:
        return None
    try:
        messages.success(request, translation_review.submit(page, request.user))
    except translation_review.CannotSubmit as refusal:
        messages.error(request, str(refusal))
    return redirect("wagtailadmin_pages:edit", page.pk)


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return viewer_for(request).follows_translations


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        gettext_lazy("Translations"),
        reverse("competein_translation_status"),
        name="translations",
        icon_name="wagtail-localize-language",
        order=250,
    )


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


@hooks.register("before_serve_page", order=100)
def page_shared_by_its_audience(page, request, serve_args, serve_kwargs):
    """What a page shows depends on who is looking only through the access
    layer's audience, so its response may be kept for the audience
    (cms.pagecache)."""
    mark_page_shared(page, request)


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


@hooks.register("construct_page_chooser_queryset")
def page_chooser_within_reach(pages, request):
    """The page chooser lists no page the user may not view (another region's
    internal pages): the access layer decides."""
    return viewer_for(request).page_titles_queryset(pages)


@hooks.register("construct_explorer_page_queryset")
def explorer_within_reach(parent_page, pages, request):
    return viewer_for(request).page_titles_queryset(pages)


@hooks.register("before_bulk_action")
def no_images_in_internal_collections(request, action_type, objects, action_class):
    """The images' bulk "Add to collection" must keep the rule of the image form:
    an image is a public file and never goes into an internal collection."""
    if action_type != "add_to_collection" or not objects:
        return None
    from wagtail.images import get_image_model

    if not isinstance(objects[0], get_image_model()):
        return None
    from cms.forms import restricted_collections

    form = getattr(action_class, "cleaned_form", None)
    collection = form.cleaned_data.get("collection") if form is not None else None
    if collection is None:
        return None
    if restricted_collections().filter(pk=collection.pk).exists():
        messages.error(
            request,
            _(
                "“%(collection)s” is internal, and images are always public files: "
                "nothing was moved."
            )
            % {"collection": collection.name},
        )
        return redirect(reverse("wagtailimages:index"))
    return None


@hooks.register("insert_global_admin_css")
def admin_css():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("cms/css/admin.css"))


# Where a regional editor or coordinator starts (cms.workspace).
hooks.register("construct_main_menu", workspace.start_in_the_region)
hooks.register("construct_homepage_summary_items", workspace.region_summary)
