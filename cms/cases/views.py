"""The admin of every case type: one viewset base, scoped to the user's region."""

import datetime
from urllib.parse import urlencode

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.documents.widgets import AdminDocumentChooser
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.access import viewer_for
from cms.cases.forms import CaseAdminForm
from cms.cases.permissions import CasePermissionPolicy
from cms.cases.registry import register_case_model
from cms.cases.state_machine import IllegalTransition


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        help_text=_("What happened, or what is next."),
        error_messages={"required": _("A note cannot be empty.")},
    )
    document = forms.ModelChoiceField(
        label=_("Attach a document"),
        queryset=None,
        required=False,
        help_text=_(
            "Optional: minutes, a letter or an offer from your region's documents."
        ),
        error_messages={
            "invalid_choice": _(
                "That document is not one you may attach: choose one of your "
                "region's documents."
            )
        },
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = attachable_documents(request)
        self.fields["document"].widget = AdminDocumentChooser()


def attachable_documents(request):
    """Documents the user may choose (Wagtail's collection permissions) and open
    (the access layer's view restrictions): their region's, and shared ones."""
    return viewer_for(request).choosable_documents()


class TransitionForm(forms.Form):
    status = forms.CharField(label=_("New status"), max_length=20)
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Optional; added to the timeline."),
    )


class CaseInspectView(snippet_views.InspectView):
    template_name = "cms/cases/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        context.update(
            {
                "case": case,
                "notes": case.notes.select_related("author", "document"),
                "transitions": case.allowed_transitions(),
                "note_form": NoteForm(request=self.request),
                "transition_form": TransitionForm(),
                "transition_url": self.viewset_url("transition"),
                "note_url": self.viewset_url("note"),
                "case_links": case.admin_links(),
            }
        )
        return context

    def get_field_display_value(self, field_name, field):
        """Times in the site's time zone, as the listing shows them (Wagtail's
        inspect view would print them in UTC, an hour or two off)."""
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime.datetime):
            return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
        return value

    def viewset_url(self, name):
        from django.urls import reverse

        return reverse(self.model.snippet_viewset.get_url_name(name), args=[self.pk])


def quick_filters(model, user):
    """The listing's ready-made filters, as (key, label, query): the dashboard
    panels link to the same queries."""
    return [
        (
            "new",
            _("New and unassigned"),
            {"status": model.workflow.initial, "unassigned": "true"},
        ),
        ("mine", _("My open cases"), {"assignee": user.pk, "open": "true"}),
        ("overdue", _("Overdue"), {"overdue": "true"}),
    ]


def quick_filter_query(model, user, key):
    for name, _label, query in quick_filters(model, user):
        if name == key:
            return query
    raise KeyError(key)


class CaseIndexView(snippet_views.IndexView):
    """Wagtail's listing with the quick filters above it."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        current = {key: value for key, value in self.request.GET.items() if key != "p"}
        context["quick_filters"] = [
            {
                "label": label,
                "url": f"{self.request.path}?{urlencode(query)}",
                "active": {k: str(v) for k, v in query.items()} == current,
            }
            for _key, label, query in quick_filters(self.model, self.request.user)
        ]
        context["all_url"] = self.request.path
        return context


def case_filterset_for(model):
    """Filters shared by every case listing: status, region, assignee, overdue,
    open, unassigned (the dashboard's "see all" links use them)."""

    open_states = [s for s in model.workflow.labels if not model.workflow.is_closed(s)]

    def filter_overdue(queryset, name, value):
        if value is None:
            return queryset
        today = timezone.localdate()
        overdue = queryset.filter(due_date__lt=today, status__in=open_states)
        if value:
            return overdue
        return queryset.exclude(pk__in=overdue.values("pk"))

    attrs = {
        "status": django_filters.ChoiceFilter(
            label=_("Status"), choices=list(model.workflow.labels.items())
        ),
        "region": django_filters.ModelChoiceFilter(
            label=_("Region"),
            queryset=lambda request: viewer_for(request).case_regions(),
            method=lambda queryset, name, value: (
                queryset.filter(region__translation_key=value.translation_key)
                if value
                else queryset
            ),
        ),
        "assignee": django_filters.ModelChoiceFilter(
            label=_("Assignee"),
            queryset=lambda request: viewer_for(request).assignable_users(),
        ),
        "overdue": django_filters.BooleanFilter(
            label=_("Overdue"), method=filter_overdue
        ),
        "open": django_filters.BooleanFilter(
            label=_("Open"),
            method=lambda queryset, name, value: (
                queryset
                if value is None
                else queryset.filter(status__in=open_states)
                if value
                else queryset.exclude(status__in=open_states)
            ),
        ),
        "unassigned": django_filters.BooleanFilter(
            label=_("Unassigned"),
            field_name="assignee",
            lookup_expr="isnull",
        ),
        "Meta": type("Meta", (), {"model": model, "fields": []}),
    }
    return type(f"{model.__name__}FilterSet", (WagtailFilterSet,), attrs)


class CaseChooserCreateView(SnippetCreateView):
    """Cases are opened from their own form (reference, region, assignee rules),
    never from a chooser; Wagtail's chooser answers a POST without a creation form
    with a server error, so it is refused here."""

    def dispatch(self, request, *args, **kwargs):
        return HttpResponseForbidden(
            _("Cases are opened from their own form, not from a chooser.")
        )


class CaseChooserViewSet(SnippetChooserViewSet):
    create_view_class = CaseChooserCreateView


class CaseViewSet(SnippetViewSet):
    """Base for TransferCase, InvestorInquiry and any later case type."""

    icon = "tasks"
    add_to_admin_menu = True
    index_view_class = CaseIndexView
    index_template_name = "cms/cases/index.html"
    inspect_view_enabled = True
    inspect_view_class = CaseInspectView
    copy_view_enabled = False
    chooser_viewset_class = CaseChooserViewSet
    list_per_page = 25  # a screenful; 10,000 cases are filtered, not scrolled
    search_fields = ["reference", "title"]
    list_display = [
        "reference",
        "title",
        "status_label",
        "region",
        "assignee",
        "due_date",
        "priority",
        "updated_at",
    ]
    list_export = [
        "reference",
        "title",
        "status",
        "region",
        "assignee",
        "due_date",
        "priority",
        "created_at",
        "updated_at",
    ]
    ordering = ["-updated_at"]

    # Wagtail's own views throughout: the case models' manager and permission
    # policy (cms.access, cms.cases.permissions) scope them, choosers included.

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if policy_registry.get_by_type(self.model, fallback=False) is None:
            register_permission_policy(
                self.model, CasePermissionPolicy(self.model), exact_class=True
            )
        if self.filterset_class in (None, self.UNDEFINED):
            self.filterset_class = case_filterset_for(self.model)
        register_case_model(self.model)

    def get_edit_handler(self):
        # Every case form narrows the region choices and audits assignments.
        handler = super().get_edit_handler()
        if handler is not None and handler.base_form_class is None:
            handler.base_form_class = CaseAdminForm
        return handler

    def get_queryset(self, request):
        return viewer_for(request).cases(
            self.model._default_manager.select_related("region", "assignee")
        )

    @property
    def export_filename(self):
        return f"{self.model._meta.model_name}-{timezone.localdate():%Y%m%d}"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("transition/<str:pk>/", self.transition_view, name="transition"),
            path("note/<str:pk>/", self.note_view, name="note"),
        ]

    def _get_case_for_action(self, request, pk):
        case = get_object_or_404(self.model, pk=unquote(str(pk)))
        policy = self.permission_policy
        if not policy.user_has_permission_for_instance(request.user, "change", case):
            raise PermissionDenied
        return case

    def _back(self, case):
        return redirect(self.get_url_name("inspect"), case.pk)

    @property
    def transition_view(self):
        @require_POST
        def view(request, pk):
            case = self._get_case_for_action(request, pk)
            form = TransitionForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Choose a status to move the case to."))
                return self._back(case)
            try:
                case.transition(
                    form.cleaned_data["status"],
                    user=request.user,
                    comment=form.cleaned_data["comment"],
                )
            except IllegalTransition as error:
                messages.error(request, error.message)
                return self._back(case)
            messages.success(
                request,
                _("%(reference)s is now “%(status)s”.")
                % {"reference": case.reference, "status": case.status_label()},
            )
            return self._back(case)

        return self._admin_view(view)

    @property
    def note_view(self):
        @require_POST
        def view(request, pk):
            case = self._get_case_for_action(request, pk)
            form = NoteForm(request.POST, request=request)
            if not form.is_valid():
                for errors in form.errors.values():
                    for error in errors:
                        messages.error(request, error)
                return self._back(case)
            case.add_note(
                request.user,
                form.cleaned_data["text"],
                document=form.cleaned_data["document"],
            )
            messages.success(request, _("Note added."))
            return self._back(case)

        return self._admin_view(view)

    def _admin_view(self, view):
        from wagtail.admin.auth import require_admin_access

        return require_admin_access(view)
