"""Who may read and edit monitoring reports, and what the dashboard says is due.

Coordinators of a region edit their region's reports; the lead partner (and
superusers) edit every report; everyone else with admin access reads them. Region
membership comes from the governance records (cms.governance).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail.permission_policies.base import BasePermissionPolicy

from cms.access import viewer_for
from cms.governance import LEAD_PARTNER

from .models import ActionPlanPage, ActionProgress, MonitoringReport, PlanAction

EDIT_ACTIONS = {"add", "change", "delete"}


def _active(user):
    return user is not None and user.is_authenticated and user.is_active


def edits_every_region(user):
    return _active(user) and viewer_for(user).is_lead_partner


def coordinated_region_ids(user):
    """Ids of the RegionPages (every language) whose coordinators include ``user``."""
    if not _active(user):
        return set()
    return viewer_for(user).coordinated_region_ids


def reads_reports(user):
    return _active(user) and (
        user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def may_edit_report(user, report):
    return edits_every_region(user) or report.region_id in coordinated_region_ids(user)


def plans_for(user):
    """Source-language plans ``user`` may write reports for."""
    plans = ActionPlanPage.objects.filter(locale=Locale.get_default())
    if edits_every_region(user):
        return plans.order_by("title")
    region_ids = coordinated_region_ids(user)
    regions = Page.objects.filter(pk__in=region_ids)
    condition = Q(pk__in=[])
    for region in regions:
        condition |= Q(path__startswith=region.path, depth=region.depth + 1)
    return plans.filter(condition).order_by("title")


class MonitoringPermissionPolicy(BasePermissionPolicy):
    """Read: anyone with admin access. Write: the coordinators, the lead partner."""

    def __init__(self):
        super().__init__(MonitoringReport)

    def user_has_permission(self, user, action):
        if not _active(user):
            return False
        if edits_every_region(user):
            return True
        if action == "view":
            return reads_reports(user)
        if action in EDIT_ACTIONS:
            return bool(coordinated_region_ids(user))
        return False

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "view":
            return self.user_has_permission(user, "view")
        if action in EDIT_ACTIONS:
            return may_edit_report(user, instance)
        return False

    def instances_user_has_permission_for(self, user, action):
        reports = MonitoringReport.objects.all()
        if action == "view":
            return reports if reads_reports(user) else reports.none()
        if action not in EDIT_ACTIONS or not _active(user):
            return reports.none()
        if edits_every_region(user):
            return reports
        return reports.filter(region_id__in=coordinated_region_ids(user))

    def users_with_permission(self, action):
        from cms.models import RegionGovernance

        User = get_user_model()
        users = User.objects.filter(is_active=True)
        if action == "view":
            return users.filter(
                Q(is_superuser=True)
                | Q(groups__permissions__codename="access_admin")
                | Q(user_permissions__codename="access_admin")
            ).distinct()
        coordinators = RegionGovernance.objects.values("coordinators")
        return users.filter(
            Q(is_superuser=True)
            | Q(groups__name=LEAD_PARTNER)
            | Q(groups__in=coordinators)
        ).distinct()

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.none()
        for action in actions:
            users |= self.users_with_permission(action)
        return users.distinct()


# Dashboard ----------------------------------------------------------------------


def running_plans(user, today):
    """The user's plans whose monitoring runs on ``today`` (a finished plan asks
    for nothing): title and calendar only."""
    plans = plans_for(user).only(
        "pk", "title", "monitoring_start", "monitoring_periods"
    )
    return [plan for plan in plans if plan.asks_for_reports_on(today)]


def _reports_due_rows(user, today):
    """The periods that have ended without a submitted report, for the user's
    plans whose monitoring still runs: a finished plan asks for nothing."""
    plans = running_plans(user, today)
    if not plans:
        return []
    reports = {
        (r.plan_id, r.period): r
        for r in MonitoringReport.objects.filter(plan__in=plans).only(
            "pk", "plan_id", "period", "submitted_on"
        )
    }
    rows = []
    for plan in plans:
        for period in plan.monitoring_calendar():
            report = reports.get((plan.pk, period.code))
            if period.end >= today or (report and report.is_submitted):
                continue
            if report is not None:
                url = reverse("monitoring_reports:edit", args=[report.pk])
            else:
                url = reverse("monitoring_reports:add") + f"?plan={plan.pk}"
            if report is not None:
                detail = _("Draft not submitted")
            elif period.due_date < today:
                detail = _("No report, past its deadline")
            else:
                detail = _("No report yet")
            rows.append(
                {
                    "label": f"{plan.title} · {period.label}",
                    "url": url,
                    "due_date": period.due_date,
                    "detail": detail,
                }
            )
    return rows


def reports_due(request):
    return _reports_due_rows(request.user, timezone.localdate())


def overdue_actions(request):
    """Actions past their end date whose latest report says they are not done,
    in plans whose monitoring still runs (a finished plan asks for nothing)."""
    today = timezone.localdate()
    plans = [plan.pk for plan in running_plans(request.user, today)]
    actions = (
        PlanAction.objects.filter(page__in=plans, end_date__lt=today)
        .select_related("page")
        .order_by("end_date")
    )
    latest = {}
    for action_id, status in (
        ActionProgress.objects.filter(
            action__in=actions, report__submitted_on__isnull=False
        )
        .order_by("report__period")
        .values_list("action_id", "status")
    ):
        latest[action_id] = status
    finished = {"completed", "abandoned"}
    rows = []
    for action in actions:
        status = latest.get(action.pk)
        if status in finished:
            continue
        rows.append(
            {
                "label": f"{action.title} ({action.page.title})",
                "url": reverse("wagtailadmin_pages:edit", args=[action.page_id]),
                "due_date": action.end_date,
                "detail": _("Action past its end date"),
            }
        )
    return rows
