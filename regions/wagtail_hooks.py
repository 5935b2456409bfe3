import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    ObjectList,
)
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.deletion import refuse_deletion

from . import (
    deletion,  # noqa: F401  (checks asked before a deletion)
    home_sections,  # noqa: F401  (what the home page shows of the regions)
)
from .forms import MonitoringReportForm
from .models import MonitoringReport, RegionPage, Sector
from .monitoring import (
    MonitoringPermissionPolicy,
    may_edit_report,
    overdue_actions,
    reports_due,
)


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "code", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


register_snippet(SectorViewSet)


# Monitoring reports -----------------------------------------------------------------


class RefuseOtherRegionsMixin:
    """Another region's report gets a 403, also when its URL is typed by hand."""

    def dispatch(self, request, *args, **kwargs):
        report = (
            MonitoringReport.objects.filter(pk=kwargs.get("pk"))
            .only("pk", "region_id")
            .first()
        )
        if report is not None and not may_edit_report(request.user, report):
            return permission_denied(request, exception=None)
        return super().dispatch(request, *args, **kwargs)


class MonitoringReportFilterSet(WagtailFilterSet):
    region = django_filters.ModelChoiceFilter(
        label=_("Region"),
        queryset=lambda request: RegionPage.objects.filter(
            locale=Locale.get_default()
        ).order_by("title"),
    )
    submitted = django_filters.BooleanFilter(
        label=_("Submitted"),
        field_name="submitted_on",
        lookup_expr="isnull",
        exclude=True,
    )

    class Meta:
        model = MonitoringReport
        fields = ["period", "region", "submitted"]


class MonitoringIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("plan", "region")
            .order_by("plan__title", "period")
        )

    def get_edit_url(self, instance):
        if may_edit_report(self.request.user, instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if may_edit_report(self.request.user, instance):
            return super().get_delete_url(instance)
        return None


class MonitoringCreateView(generic.CreateView):
    def get_initial(self):
        initial = super().get_initial()
        plan = self.request.GET.get("plan", "")
        if plan.isdigit():
            initial["plan"] = int(plan)
        return initial


class MonitoringEditView(RefuseOtherRegionsMixin, generic.EditView):
    pass


class MonitoringDeleteView(RefuseOtherRegionsMixin, generic.DeleteView):
    def run_before_hook(self):
        # A submitted report is kept (cms.deletion, regions.deletion).
        return refuse_deletion(self.request, [self.object])


class MonitoringInspectView(generic.InspectView):
    def get_edit_url(self):
        if may_edit_report(self.request.user, self.object):
            return super().get_edit_url()
        return None

    def get_delete_url(self):
        if may_edit_report(self.request.user, self.object):
            return super().get_delete_url()
        return None


class MonitoringReportViewSet(ModelViewSet):
    model = MonitoringReport
    name = "monitoring_reports"
    icon = "tasks"
    menu_label = _("Monitoring reports")
    menu_order = 310
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = MonitoringIndexView
    add_view_class = MonitoringCreateView
    edit_view_class = MonitoringEditView
    delete_view_class = MonitoringDeleteView
    inspect_view_class = MonitoringInspectView
    list_display = ["plan", "period", "region", "submitted_on", "updated_at"]
    filterset_class = MonitoringReportFilterSet
    inspect_view_fields = ["plan", "region", "period", "submitted_on", "summary"]
    search_fields = ["plan__title", "summary"]
    search_backend_name = None

    def get_edit_handler(self):
        # The model's panels, on the form that limits plans, actions and
        # indicators to the user's.
        return ObjectList(
            self.model.panels,
            base_form_class=MonitoringReportForm,
        ).bind_to_model(self.model)


register_permission_policy(
    MonitoringReport, MonitoringPermissionPolicy(), exact_class=True
)
monitoring_report_viewset = MonitoringReportViewSet()


@hooks.register("register_admin_viewset")
def register_monitoring_reports():
    return monitoring_report_viewset


@hooks.register("competein_reports_due")
def monitoring_reports_due(request):
    return reports_due(request)


@hooks.register("competein_overdue_items")
def overdue_plan_actions(request):
    return overdue_actions(request)


def monitoring_report_url(report):
    return reverse(monitoring_report_viewset.get_url_name("edit"), args=[report.pk])
