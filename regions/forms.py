from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class MonitoringReportForm(WagtailAdminModelForm):
    """A report's form: plans, actions and indicators limited to the user's plans."""

    plan = forms.ModelChoiceField(
        label=_("Action plan"),
        queryset=None,
        help_text=_("The plan in its source language (English)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .models import ActionIndicator, ActionPlanPage, PlanAction
        from .monitoring import plans_for

        plans = plans_for(self.for_user) if self.for_user else ActionPlanPage.objects
        if self.instance.plan_id:
            plans = plans | ActionPlanPage.objects.filter(pk=self.instance.plan_id)
        self.fields["plan"].queryset = plans.order_by("title")
        plan_ids = (
            [self.instance.plan_id]
            if self.instance.plan_id
            else list(plans.values_list("pk", flat=True))
        )
        actions = (
            PlanAction.objects.filter(page_id__in=plan_ids)
            .select_related("page")
            .order_by("page__title", "sort_order")
        )
        indicators = (
            ActionIndicator.objects.filter(action__page_id__in=plan_ids)
            .select_related("action__page")
            .order_by("action__page__title", "action__sort_order", "sort_order")
        )
        single = bool(self.instance.plan_id)
        self._offer_periods(
            [self.instance.plan]
            if single
            else plans.only("monitoring_start", "monitoring_periods")
        )
        self._limit_child_field(
            "action_progress",
            "action",
            actions,
            (lambda a: a.title)
            if single
            else (lambda a: f"{a.page.title} · {a.title}"),
        )
        self._limit_child_field(
            "measurements",
            "indicator",
            indicators,
            (lambda i: f"{i.action.title} · {i}")
            if single
            else (lambda i: f"{i.action.page.title} · {i.action.title} · {i}"),
        )
        self._limit_child_field(
            "evidence",
            "document",
            self._evidence_documents(),
            str,
            invalid=_(
                "This document is not in a collection you may use: choose one of "
                "your region's documents."
            ),
        )

    def _offer_periods(self, plans):
        """A list of the periods of the plans offered (the model checks that the
        period is one of the chosen plan's)."""
        periods = {}
        for plan in plans:
            periods.update((p.code, p.label) for p in plan.monitoring_calendar())
        if self.instance.period:
            periods.setdefault(self.instance.period, self.instance.get_period_display())
        field = self.fields["period"]
        field.widget = forms.Select(
            choices=[("", "---------"), *sorted(periods.items())]
        )

    def _evidence_documents(self):
        """Documents the user may attach (the access layer: their region's, for
        a coordinator, and shared ones), plus what the report has."""
        from wagtail.documents import get_document_model

        from cms.access import viewer_for

        documents = get_document_model().objects.all()
        if self.for_user is not None:
            documents = viewer_for(self.for_user).choosable_documents()
        if self.instance.pk:
            documents = documents | get_document_model().objects.filter(
                pk__in=self.instance.evidence.values("document_id")
            )
        return documents

    def _limit_child_field(self, relation, field_name, queryset, label, invalid=None):
        """Narrow a field of every form of an inline formset, the empty one too.

        The formset builds its forms lazily from ``formset.form``, so a subclass set
        here reaches the forms of the page and the template for new rows alike.
        """
        formset = self.formsets.get(relation)
        if formset is None:
            return
        base = formset.form

        class LimitedForm(base):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                field = self.fields[field_name]
                field.queryset = queryset
                field.label_from_instance = label
                if invalid is not None:
                    field.error_messages["invalid_choice"] = invalid

        LimitedForm.__name__ = base.__name__
        formset.form = LimitedForm

    def clean(self):
        cleaned = super().clean()
        plan = cleaned.get("plan")
        if plan is not None and not plan.is_english() and plan.has_english_version():
            self.add_error("plan", _("Choose the plan in its source language."))
        return cleaned
