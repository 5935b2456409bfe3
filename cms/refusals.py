"""Refusals that explain themselves.

When the admin refuses an object (another region's case, page or document), the
person sees which region owns it and what they may do instead, not a generic
"not found" or a bounce to the dashboard that looks like a bug. The page names the
owning region only; it never shows the refused object's title.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from cms.access import unscoped, viewer_for
from cms.access.current import admin_prefix

# Models every region shares and only the lead partner edits (a taxonomy such as
# the practice topics): the apps register them (``register_shared``), and a
# refused editor is told it is shared rather than bounced to the dashboard.
SHARED_MODELS = set()


def register_shared(model):
    """Refusals on ``model``'s admin views say it is shared by every region."""
    SHARED_MODELS.add(model)
    return model


# URL keyword arguments that name an object, by the kind of object they name.
PAGE_KWARGS = ("page_id", "parent_page_id")
DOCUMENT_KWARGS = ("document_id", "doc_id")
IMAGE_KWARGS = ("image_id",)


def _view_model(match):
    func = match.func
    model = (getattr(func, "view_initkwargs", None) or {}).get("model")
    if model is None:
        model = getattr(getattr(func, "view_class", None), "model", None)
    return model if isinstance(model, type) else None


def _case(match):
    from cms.models import BaseCase

    model = _view_model(match)
    pk = match.kwargs.get("pk")
    if model is None or pk is None or not issubclass(model, BaseCase):
        return None
    with unscoped():
        return (
            model._base_manager.filter(pk=unquote(str(pk)))
            .select_related("region")
            .first()
        )


def _owner_of_page(page_id):
    from wagtail.models import Page

    from cms.governance import region_of

    page = Page.objects.filter(pk=page_id).first()
    return region_of(page) if page is not None else None


def _owner_of_collection_member(model, pk):
    from cms.governance import governance_of_collection

    obj = model.objects.filter(pk=pk).select_related("collection").first()
    if obj is None:
        return None
    governance = governance_of_collection(obj.collection)
    return governance.region if governance is not None else None


def _own_regions(viewer):
    from wagtail.models import Page

    ids = viewer.region_page_ids | viewer.coordinated_region_ids
    if not ids:
        return []
    from wagtail.models import Locale

    return list(
        Page.objects.filter(pk__in=ids, locale=Locale.get_default()).order_by("title")
    )


def _people_to_ask(owner, limit=5):
    """The owning region's active coordinators (name and e-mail), the people to
    ask for what was refused."""
    from cms.models import RegionGovernance

    governance = RegionGovernance.objects.for_page(owner) if owner else None
    if governance is None:
        return []
    return list(
        governance.coordinators.user_set.filter(is_active=True).order_by(
            "last_name", "first_name", "username"
        )[:limit]
    )


def refusal(
    request, *, kind, owner, instead_url=None, instead_label=None, shared=False
):
    viewer = viewer_for(request)
    own_regions = _own_regions(viewer)
    context = {
        "kind": kind,
        "owner": owner,
        "shared": shared,
        "own_regions": own_regions,
        # Their own region's page that their role does not let them open (a
        # practice a colleague wrote, a page after they reviewed it).
        "own_owner": owner is not None
        and any(r.translation_key == owner.translation_key for r in own_regions),
        "ask": _people_to_ask(owner),
        "role": viewer.role,
        "instead_url": instead_url,
        "instead_label": instead_label,
    }
    return TemplateResponse(request, "cms/refused.html", context, status=403)


def _explained(request, exception):
    match = getattr(request, "resolver_match", None)
    if match is None:
        return None
    case = _case(match)
    if case is not None:
        viewer = viewer_for(request)
        if viewer.may_see_case(case):
            return None
        try:
            listing = reverse(case.snippet_viewset.get_url_name("list"))
        except NoReverseMatch:
            listing = None
        return refusal(
            request,
            kind=_("case"),
            owner=case.region,
            instead_url=listing if viewer.case_region_ids else None,
            instead_label=_("Your region's cases"),
        )
    if not isinstance(exception, PermissionDenied):
        return None
    model = _view_model(match)
    if model in SHARED_MODELS:
        return refusal(request, kind=model._meta.verbose_name, owner=None, shared=True)
    for name in PAGE_KWARGS:
        if name in match.kwargs:
            return refusal(
                request,
                kind=_("page"),
                owner=_owner_of_page(match.kwargs[name]),
                instead_url=reverse("wagtailadmin_explore_root"),
                instead_label=_("The pages you may edit"),
            )
    for names, model_getter, label in (
        (DOCUMENT_KWARGS, "get_document_model", _("document")),
        (IMAGE_KWARGS, "get_image_model", _("image")),
    ):
        for name in names:
            if name in match.kwargs:
                if model_getter == "get_document_model":
                    from wagtail.documents import get_document_model as getter
                else:
                    from wagtail.images import get_image_model as getter
                return refusal(
                    request,
                    kind=label,
                    owner=_owner_of_collection_member(getter(), match.kwargs[name]),
                )
    return None


def explain_refusal(request, exception):
    """A 403 page for a refused admin object, or None to let Django handle it."""
    if not isinstance(exception, (Http404, PermissionDenied)):
        return None
    if not request.path.startswith("/admin/"):
        return None
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    try:
        return _explained(request, exception)
    except (ValueError, TypeError, OverflowError):
        return None


def explain_response(request, response):
    """``response``, or the explained refusal it stands for: Wagtail's admin
    turns a refused case into its 404 page, and a refused document, image or
    page into a redirect to the dashboard with "Sorry, you do not have
    permission" (``wagtail.admin.auth.permission_denied``)."""
    if response.status_code == 404:
        explained = explain_refusal(request, Http404())
    elif response.status_code == 302 and _bounced_to_dashboard(request, response):
        explained = explain_refusal(request, PermissionDenied())
        if explained is not None:
            _drop_denied_message(request)
    else:
        explained = None
    return explained.render() if explained is not None else response


def _denied_message():
    # Wagtail's own words (wagtail.admin.auth.permission_denied), translated.
    return _("Sorry, you do not have permission to access this area.")


def _queued_messages(request):
    # Django's message storages keep this request's new messages in
    # ``_queued_messages`` until the response is stored; no public API reads them.
    return getattr(getattr(request, "_messages", None), "_queued_messages", None)


def _bounced_to_dashboard(request, response):
    """Wagtail's refusal: a redirect to the dashboard carrying its message (a
    dashboard redirect after a successful action carries none)."""
    try:
        if response["Location"] != reverse("wagtailadmin_home"):
            return False
    except (KeyError, NoReverseMatch):
        return False
    denied = _denied_message()
    queued = _queued_messages(request) or []
    return any(str(m.message).strip() == denied for m in queued)


def _drop_denied_message(request):
    """The generic message would otherwise follow the person to their next page."""
    queued = _queued_messages(request)
    if queued is not None:
        denied = _denied_message()
        queued[:] = [m for m in queued if str(m.message).strip() != denied]


# Admin URLs only the lead partner may open: they summarise the whole site (the
# page types report names the latest edited page of each type, internal ones too).
LEAD_PARTNER_ONLY = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
}


def guard_admin_view(request, view_kwargs):
    """Before an admin view runs: refuse a page the viewer may not see (by URL
    argument, or among the ``id`` parameters of the page chooser), and the
    lead-partner-only reports. None lets the view run."""
    if not request.path.startswith("/admin/"):
        return None
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    viewer = viewer_for(request)
    if viewer.is_lead_partner:
        return None
    match = getattr(request, "resolver_match", None)
    if match is not None and match.view_name in LEAD_PARTNER_ONLY:
        return refusal(request, kind=_("report"), owner=None)
    page_ids = [view_kwargs[name] for name in PAGE_KWARGS if name in view_kwargs]
    if match is not None and match.view_name.startswith("wagtailadmin_choose_page"):
        page_ids += request.GET.getlist("id")
    if not page_ids or not viewer.hidden_page_paths:
        return None
    from wagtail.models import Page

    try:
        pages = list(Page.objects.filter(pk__in=page_ids).only("path"))
    except (ValueError, TypeError):
        return None
    for page in pages:
        if any(page.path.startswith(path) for path in viewer.hidden_page_paths):
            return refusal(
                request,
                kind=_("page"),
                owner=_owner_of_page(page.pk),
                instead_url=reverse("wagtailadmin_explore_root"),
                instead_label=_("The pages you may edit"),
            )
    return None


class RefusalMiddleware:
    """In the admin, explains every refusal (cms.access.ViewerMiddleware, listed
    before it, has made the request's viewer current)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(admin_prefix()):
            return response
        # Wagtail answers a refusal itself before any middleware sees the
        # exception (a 404 page, or a bounce to the dashboard): explain it.
        return explain_response(request, response)

    def process_view(self, request, view_func, view_args, view_kwargs):
        return guard_admin_view(request, view_kwargs)

    def process_exception(self, request, exception):
        explained = explain_refusal(request, exception)
        return explained.render() if explained is not None else None
