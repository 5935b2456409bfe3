"""From a practice to what it became, and from a region's actions back to practices.

    practice → transfer cases → actions it inspired → latest status, indicator values
    region → its actions → the practices that inspired them

An action counts as inspired by a practice when a transfer case of the practice
links to it (``TransferCase.action``) or when the plan names the practice among the
action's inspiring practices (``ActionPractice``). Transfer cases are internal:
only the admin view (``user`` given, ``public=False``) follows them, narrowed to the
cases the user may see. The public pages follow only the plans' own links, in
published plans the visitor may view, with the status of submitted reports.

Monitoring data points at the actions and indicators of the plan in the source
language; a translated action finds them through ``translation_key``. Each
function runs a fixed number of queries, whatever the number of cases, actions,
indicators and measurements.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch
from wagtail.models import Locale

from cms.access import viewer_for, visible_pages
from regions.models import (
    ActionIndicator,
    ActionPlanPage,
    ActionProgress,
    IndicatorMeasurement,
    PlanAction,
)

from .models import ActionPractice, PracticePage, TransferCase


@dataclass
class IndicatorTrace:
    indicator: object
    latest: object = None  # IndicatorMeasurement


@dataclass
class ActionTrace:
    action: object  # PlanAction, in the language shown
    progress: object = None  # the latest ActionProgress, with its report
    indicators: list = field(default_factory=list)
    cases: list = field(default_factory=list)  # TransferCases linked to it (admin)
    practices: list = field(default_factory=list)  # PracticePages (region view)
    named_in_plan: bool = False

    @property
    def plan(self):
        return self.action.page

    @property
    def status_label(self):
        return self.progress.get_status_display() if self.progress else ""


def _source_actions(actions):
    """{translation_key: the source-language action's id} for ``actions``."""
    default = Locale.get_default()
    keys = {a.translation_key for a in actions}
    return dict(
        PlanAction.objects.filter(translation_key__in=keys, locale=default).values_list(
            "translation_key", "pk"
        )
    )


def _attach_monitoring(traces, submitted_only):
    """Latest status and latest measured values, three queries for any number."""
    if not traces:
        return traces
    source_ids = _source_actions([t.action for t in traces])
    progress_qs = ActionProgress.objects.filter(
        action_id__in=source_ids.values()
    ).select_related("report")
    measurement_qs = IndicatorMeasurement.objects.filter(
        indicator__action_id__in=source_ids.values()
    ).select_related("indicator", "report")
    if submitted_only:
        progress_qs = progress_qs.filter(report__submitted_on__isnull=False)
        measurement_qs = measurement_qs.filter(report__submitted_on__isnull=False)
    latest_progress = {}
    for progress in progress_qs.order_by("report__period", "pk"):
        latest_progress[progress.action_id] = progress
    latest_value = {}
    for measurement in measurement_qs.order_by("measured_on", "pk"):
        latest_value[measurement.indicator.translation_key] = measurement
    for trace in traces:
        trace.progress = latest_progress.get(
            source_ids.get(trace.action.translation_key)
        )
        trace.indicators = [
            IndicatorTrace(indicator, latest_value.get(indicator.translation_key))
            for indicator in trace.action.indicators.all()
        ]
    return traces


def _actions(queryset):
    return list(
        queryset.select_related("page")
        .prefetch_related(
            Prefetch(
                "indicators",
                queryset=ActionIndicator.objects.order_by("sort_order", "pk"),
            )
        )
        .order_by("page__path", "sort_order", "pk")
    )


def source_practice(practice):
    default = Locale.get_default()
    if practice.locale_id == default.pk:
        return practice
    return practice.get_translation_or_none(default) or practice


def admin_plans(user):
    """The plans (source language) a user may follow in the admin."""
    plans = ActionPlanPage.objects.filter(locale=Locale.get_default())
    viewer = viewer_for(user)
    if viewer.is_lead_partner:
        return plans
    own = ActionPlanPage.objects.none()
    for region_path in _region_paths(viewer):
        own = own | plans.filter(path__startswith=region_path)
    return visible_pages(viewer, plans.live()) | own


def _region_paths(viewer):
    from wagtail.models import Page

    return list(
        Page.objects.filter(pk__in=viewer.region_page_ids).values_list(
            "path", flat=True
        )
    )


def practice_trace_admin(practice, user):
    """(cases, action traces) of a practice, as far as ``user`` may follow it."""
    practice = source_practice(practice)
    cases = []
    if user.has_perm("practices.view_transfercase"):
        cases = list(
            viewer_for(user)
            .cases(TransferCase.objects.filter(practice=practice))
            .select_related("region", "assignee", "action", "action__page")
        )
    case_actions = defaultdict(list)
    for case in cases:
        if case.action_id:
            case_actions[case.action_id].append(case)
    named = set(
        ActionPractice.objects.filter(
            practice=practice, action__locale=Locale.get_default()
        ).values_list("action_id", flat=True)
    )
    actions = _actions(
        PlanAction.objects.filter(
            pk__in=set(case_actions) | named, page__in=admin_plans(user)
        )
    )
    traces = [
        ActionTrace(a, cases=case_actions.get(a.pk, []), named_in_plan=a.pk in named)
        for a in actions
    ]
    return cases, _attach_monitoring(traces, submitted_only=False)


def practice_trace_public(page, user=None):
    """Actions of published plans, in the page's language, naming this practice."""
    practice = source_practice(page)
    plans = visible_pages(
        user, ActionPlanPage.objects.live().filter(locale_id=page.locale_id)
    )
    actions = _actions(
        PlanAction.objects.filter(
            page__in=plans, inspiring_practices__practice=practice
        ).distinct()
    )
    return _attach_monitoring([ActionTrace(a) for a in actions], submitted_only=True)


def region_trace(region, user=None, public=True):
    """The region's actions, each with the practices that inspired it.

    Public: the published plans in the region page's language the visitor may
    view, practices through the plans' own links, shown in that language.
    Admin (``public=False``): the source-language plans, practices also through
    the transfer cases the user may see.
    """
    if public:
        plans = visible_pages(user, ActionPlanPage.objects.live().child_of(region))
    else:
        plans = admin_plans(user).child_of(region)
    actions = _actions(
        PlanAction.objects.filter(page__in=plans).prefetch_related(
            Prefetch(
                "inspiring_practices",
                queryset=ActionPractice.objects.order_by("sort_order", "pk"),
            )
        )
    )
    traces = [ActionTrace(a) for a in actions]
    by_action = defaultdict(set)
    for trace in traces:
        by_action[trace.action.pk] |= {
            link.practice_id for link in trace.action.inspiring_practices.all()
        }
    if not public and user.has_perm("practices.view_transfercase"):
        linked = TransferCase.objects.filter(action__in=[t.action for t in traces])
        for case in (
            viewer_for(user)
            .cases(linked)
            .only("pk", "action_id", "practice_id", "reference", "region_id")
        ):
            by_action[case.action_id].add(case.practice_id)
            for trace in traces:
                if trace.action.pk == case.action_id:
                    trace.cases.append(case)
    practice_ids = set().union(*by_action.values()) if by_action else set()
    sources = PracticePage.objects.filter(pk__in=practice_ids)
    if public:
        # Show each practice in the region page's language, if live and visible.
        localized = visible_pages(
            user,
            PracticePage.objects.live().filter(
                locale_id=region.locale_id,
                translation_key__in=sources.values("translation_key"),
            ),
        ).only("pk", "title", "url_path", "translation_key", "locale_id")
        by_key = {p.translation_key: p for p in localized}
        source_keys = dict(sources.values_list("pk", "translation_key"))
        shown = {pk: by_key.get(key) for pk, key in source_keys.items()}
    else:
        shown = {p.pk: p for p in sources.only("pk", "title", "translation_key")}
    for trace in traces:
        trace.practices = [
            shown[pk]
            for pk in sorted(by_action[trace.action.pk])
            if shown.get(pk) is not None
        ]
    return _attach_monitoring(traces, submitted_only=public)


def latest_statuses(action_keys, submitted_only=True):
    """{action translation_key: its latest reported status}, two queries for any
    number (the learning network colours its "inspired" links with them)."""
    default = Locale.get_default()
    source = dict(
        PlanAction.objects.filter(
            translation_key__in=set(action_keys), locale=default
        ).values_list("pk", "translation_key")
    )
    if not source:
        return {}
    progress = ActionProgress.objects.filter(action_id__in=source)
    if submitted_only:
        progress = progress.filter(report__submitted_on__isnull=False)
    latest = {}
    for action_id, status in progress.order_by("report__period", "pk").values_list(
        "action_id", "status"
    ):
        latest[source[action_id]] = status
    return latest
