import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.access import viewer_for
from search.models import QueryStatistic, SavedSearch
from search.query import backend_query, clean_query
from search.saved_views import may_share, publish_as_draft


class QueryStatisticFilterSet(WagtailFilterSet):
    zero_results = django_filters.BooleanFilter(
        label=_("Only queries that found nothing"),
        method="filter_zero_results",
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=[
            ("en", "English"),
            ("it", "Italiano"),
            ("es", "Español"),
            ("sv", "Svenska"),
            ("pl", "Polski"),
        ],
    )

    class Meta:
        model = QueryStatistic
        fields = []

    def filter_zero_results(self, queryset, name, value):
        if value:
            return queryset.filter(zero_result_hits__gt=0).order_by("-zero_result_hits")
        return queryset


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Statistics are recorded by searches, never typed in: viewing only."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, "view")

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(QueryStatistic, ReadOnlyPolicy(QueryStatistic))


class QueryStatisticViewSet(ModelViewSet):
    """Most frequent and zero-result queries: read-only, for editors."""

    model = QueryStatistic
    icon = "search"
    menu_label = _("Search queries")
    add_to_reports_menu = True
    list_display = [
        "query_string",
        "language",
        "hits",
        "zero_result_hits",
        "last_searched_at",
    ]
    list_export = list_display
    filterset_class = QueryStatisticFilterSet
    search_fields = ["query_string"]
    ordering = ["-hits"]
    list_per_page = 50
    inspect_view_enabled = False
    copy_view_enabled = False

    form_fields = ["query_string"]


@hooks.register("register_admin_viewset")
def register_query_statistics():
    return QueryStatisticViewSet("search_queries")


def saved_searches_for(user):
    """Everyone's for the lead partner, one's own for anybody else."""
    queryset = SavedSearch.objects.select_related("owner")
    if viewer_for(user).is_lead_partner:
        return queryset
    return queryset.filter(owner=user)


class SavedSearchPolicy(ModelPermissionPolicy):
    """Anyone with admin access lists, renames and deletes their own saved
    searches (the lead partner everyone's); they are saved from the public
    search page and library, never typed in here."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return bool(user and user.is_active and user.is_authenticated)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return instance.owner_id == user.pk or viewer_for(user).is_lead_partner

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return SavedSearch.objects.none()
        return saved_searches_for(user)


register_permission_policy(SavedSearch, SavedSearchPolicy(SavedSearch))


class OwnRowsIndexView(generic.IndexView):
    def get_base_queryset(self):
        return saved_searches_for(self.request.user)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if may_share(self.request):
            buttons.append(
                MenuItem(
                    _("Publish as a collection page"),
                    url=reverse("saved_searches_publish", args=[instance.pk]),
                    icon_name="doc-full",
                    priority=20,
                )
            )
        return buttons


def publish_view(request, pk):
    """Admin: confirm, then make the draft collection page (search.saved_views)."""
    if not may_share(request):
        raise PermissionDenied
    saved = get_object_or_404(saved_searches_for(request.user), pk=pk)
    if request.method == "POST":
        page = publish_as_draft(saved, request.user)
        if page is None:
            messages.error(
                request, _("There is no home page in this search's language.")
            )
            return redirect("saved_searches:index")
        if viewer_for(request).is_lead_partner:
            return redirect("wagtailadmin_pages:edit", page.pk)
        messages.success(
            request,
            _("A draft collection page was made from the search and sent for review."),
        )
        return redirect("saved_searches:index")
    return TemplateResponse(
        request, "search/admin/publish_confirm.html", {"saved": saved}
    )


@hooks.register("register_admin_urls")
def register_publish_url():
    return [
        path(
            "saved_searches/publish/<int:pk>/",
            publish_view,
            name="saved_searches_publish",
        )
    ]


class OwnRows:
    """Every view of one saved search finds only the rows the user may reach:
    another's is not found (the refusal matrix requests them all)."""

    def get_queryset(self):
        return saved_searches_for(self.request.user)

    def get_base_object_queryset(self):
        return saved_searches_for(self.request.user)


class OwnRowsEditView(OwnRows, generic.EditView):
    pass


class OwnRowsDeleteView(OwnRows, generic.DeleteView):
    pass


class OwnRowsHistoryView(OwnRows, generic.HistoryView):
    pass


class OwnRowsUsageView(OwnRows, generic.UsageView):
    pass


class SavedSearchViewSet(ModelViewSet):
    """Saved searches: one's own (the lead partner's view: everyone's)."""

    model = SavedSearch
    icon = "search"
    menu_label = _("Saved searches")
    add_to_settings_menu = False
    add_to_reports_menu = True
    permission_policy = SavedSearchPolicy(SavedSearch)
    index_view_class = OwnRowsIndexView
    edit_view_class = OwnRowsEditView
    delete_view_class = OwnRowsDeleteView
    history_view_class = OwnRowsHistoryView
    usage_view_class = OwnRowsUsageView
    list_display = ["name", "owner", "source", "language", "query", "created_at"]
    search_fields = ["name", "query"]
    ordering = ["-created_at"]
    inspect_view_enabled = False
    copy_view_enabled = False
    form_fields = ["name"]


@hooks.register("register_admin_viewset")
def register_saved_searches():
    return SavedSearchViewSet("saved_searches")


@hooks.register("competein_search_words")
def search_words(text):
    """The API's search (cms.api) cleans its text the way the search page does."""
    return backend_query(clean_query(text))
