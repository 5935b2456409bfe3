import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from search.models import QueryStatistic
from search.query import backend_query, clean_query


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


@hooks.register("competein_search_words")
def search_words(text):
    """The API's search (cms.api) cleans its text the way the search page does."""
    return backend_query(clean_query(text))
