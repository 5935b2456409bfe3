"""Saving a search, the signed-in user's list of saved searches, and what the
lead partner and coordinators do with one: subscribe, publish as a page."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Locale

from cms.access import COORDINATOR, viewer_for, visible_pages
from cms.listing import paginate, query_without
from search.forms import RenameSearchForm, SaveSearchForm
from search.models import SavedSearch, SavedSearchSubscription, SearchCollectionPage

SAVED_PER_PAGE = 20


def may_share(request):
    """Lead partner or a regional coordinator: may subscribe to saved searches
    and publish them as collection pages (for review)."""
    viewer = viewer_for(request)
    return viewer.is_lead_partner or bool(viewer.region_keys(COORDINATOR))


def _saved_list_url():
    return reverse("search:saved")


def _signed_in(view):
    """Anonymous visitors go to the login; a refusal is a 403 page that says why."""

    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(_saved_list_url())
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as refusal:
            return render(
                request,
                "search/saved_search_refused.html",
                {"message": str(refusal)},
                status=403,
            )

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _own(request, pk):
    """The user's own saved search: another's is not found (404), whoever asks."""
    return get_object_or_404(SavedSearch, pk=pk, owner=request.user)


def _shareable(request, pk):
    """A saved search the lead partner (any) or a coordinator (their own) may
    subscribe to or publish; others are refused."""
    if not may_share(request):
        raise PermissionDenied(
            _("Only the lead partner and regional coordinators can do this.")
        )
    if viewer_for(request).is_lead_partner:
        return get_object_or_404(SavedSearch, pk=pk)
    return _own(request, pk)


@require_POST
@_signed_in
def save_search(request):
    """Stores the query string the form carries, cleaned (search/saved.py)."""
    form = SaveSearchForm(request.POST)
    if not form.is_valid():
        return _render_list(request, save_form=form, status=400)
    SavedSearch.objects.create(
        owner=request.user,
        name=form.cleaned_data["name"],
        source=form.cleaned_data["source"],
        query=form.cleaned_data["query"],
        language=get_language(),
    )
    return HttpResponseRedirect(_saved_list_url() + "?saved=1")


@require_safe
@_signed_in
def saved_searches(request):
    notice = ""
    if request.GET.get("saved"):
        notice = _("Your search was saved.")
    elif request.GET.get("submitted"):
        notice = _(
            "A draft collection page was made from the search and sent for review."
        )
    return _render_list(request, notice=notice)


def _library_urls(request):
    """{language: the practice library's address} in one query."""
    from practices.models import PracticeIndexPage

    indexes = (
        visible_pages(request, PracticeIndexPage.objects.all())
        .select_related("locale")
        .order_by("-path")
    )
    return {index.locale.language_code: index.get_url(request) for index in indexes}


def _search_urls():
    urls = {}
    for language in Locale.objects.values_list("language_code", flat=True):
        with translation.override(language):
            urls[language] = reverse("search:search")
    return urls


def _render_list(request, save_form=None, rename=None, notice="", status=200):
    searches = (
        SavedSearch.objects.filter(owner=request.user)
        .annotate(
            subscribed=Exists(
                SavedSearchSubscription.objects.filter(
                    saved_search=OuterRef("pk"), subscriber=request.user
                )
            )
        )
        .order_by("-created_at", "-pk")
    )
    page_obj = paginate(request, searches, per_page=SAVED_PER_PAGE)
    bases = {"search": _search_urls(), "library": _library_urls(request)}
    items = []
    for saved in page_obj.object_list:
        base = bases[saved.source].get(saved.language)
        url = (base + ("?" + saved.query if saved.query else "")) if base else ""
        form = rename[1] if rename and rename[0] == saved.pk else None
        items.append({"saved": saved, "url": url, "rename_form": form})
    context = {
        "page_obj": page_obj,
        "link_query": query_without(request, "page"),
        "items": items,
        "save_form": save_form,
        "notice": notice,
        "may_share": may_share(request),
    }
    return render(request, "search/saved_searches.html", context, status=status)


@require_POST
@_signed_in
def rename_search(request, pk):
    saved = _own(request, pk)
    form = RenameSearchForm(request.POST)
    if not form.is_valid():
        return _render_list(request, rename=(saved.pk, form), status=400)
    saved.name = form.cleaned_data["name"]
    saved.save(update_fields=["name"])
    return HttpResponseRedirect(_saved_list_url())


@require_POST
@_signed_in
def delete_search(request, pk):
    _own(request, pk).delete()
    return HttpResponseRedirect(_saved_list_url())


@require_POST
@_signed_in
def toggle_subscription(request, pk):
    """Subscribes to the search's digest, or stops it when already subscribed."""
    saved = _shareable(request, pk)
    found = SavedSearchSubscription.objects.filter(
        saved_search=saved, subscriber=request.user
    )
    if found.exists():
        found.delete()
    else:
        SavedSearchSubscription.objects.create(
            saved_search=saved, subscriber=request.user
        )
    return HttpResponseRedirect(_saved_list_url())


@require_POST
@_signed_in
def publish_search(request, pk):
    """A draft collection page on the home page of the search's language; the
    lead partner goes on editing it, a coordinator's goes to review (only the
    lead partner publishes, cms.governance)."""
    saved = _shareable(request, pk)
    page = publish_as_draft(saved, request.user)
    if page is None:
        return _render_list(
            request,
            notice=_("There is no home page in this search's language."),
            status=409,
        )
    if viewer_for(request).is_lead_partner:
        return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return HttpResponseRedirect(_saved_list_url() + "?submitted=1")


def publish_as_draft(saved, user):
    """The draft page (not live), submitted to the workflow unless the user
    is the lead partner; None when the language has no home page."""
    from home.models import HomePage

    home = (
        HomePage.objects.filter(locale__language_code=saved.language)
        .order_by("path")
        .first()
    )
    if home is None:
        return None
    base = slugify(saved.name)[:40] or "collection"
    slug, n = base, 1
    taken = set(home.get_children().values_list("slug", flat=True))
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    with transaction.atomic():
        page = SearchCollectionPage(
            title=saved.name,
            slug=slug,
            source=saved.source,
            query=saved.query,
            saved_search=saved,
            live=False,
            owner=user,
        )
        home.add_child(instance=page)
        revision = page.save_revision(user=user, log_action=True)
        if not viewer_for(user).is_lead_partner:
            workflow = page.get_workflow()
            if workflow is not None:
                workflow.start(page, user)
        del revision
    return page
