from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from cms.cases.forms import CaseAdminForm
from cms.cases.permissions import PublicCasePermissionPolicy
from cms.cases.views import CaseInspectView, CaseViewSet

from . import home_sections  # noqa: F401  (what the home page shows of investing)
from .models import InvestorInquiry
from .privacy import ANONYMISE_ACTION, ERASE_ACTION
from .views import erase_inquiry_view, may_erase


class InquiryInspectView(CaseInspectView):
    """The case page, plus “Erase personal data” for those who may use it."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        if may_erase(self.request.user, case) and not case.is_anonymised:
            context["case_links"] = [
                *context["case_links"],
                (
                    _("Erase the investor's personal data"),
                    reverse(
                        InvestorInquiry.snippet_viewset.get_url_name("erase"),
                        args=[case.pk],
                    ),
                ),
            ]
        return context


# The rule is every public case's (cms.cases.permissions).
InquiryPermissionPolicy = PublicCasePermissionPolicy


class InvestorInquiryViewSet(CaseViewSet):
    model = InvestorInquiry
    icon = "mail"
    menu_label = _("Investor inquiries")
    menu_order = 310
    search_fields = ["reference", "title", "name", "company", "email", "message"]
    list_display = [
        "reference",
        "title",
        "status_label",
        "region",
        "assignee",
        "due_date",
        "priority",
        "created_at",
    ]
    list_export = [
        "reference",
        "title",
        "status",
        "region",
        "assignee",
        "due_date",
        "priority",
        "name",
        "company",
        "email",
        "country",
        "created_at",
        "updated_at",
    ]
    ordering = ["-created_at"]
    inspect_view_class = InquiryInspectView
    inspect_view_fields = [
        "reference",
        "name",
        "company",
        "email",
        "country",
        "sector",
        "message",
        "consent",
        "locale",
        "region",
        "showcase",
        "assignee",
        "due_date",
        "priority",
        "notified_at",
        "created_at",
        "closed_at",
        "anonymised_at",
    ]
    # The desk works on the case; what the visitor wrote stays as sent. The region
    # is the showcase's and is not moved by hand.
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("assignee"),
            FieldRowPanel([FieldPanel("due_date"), FieldPanel("priority")]),
        ],
        base_form_class=CaseAdminForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("erase/<str:pk>/", self._admin_view(erase_inquiry_view), name="erase"),
        ]


register_permission_policy(InvestorInquiry, InquiryPermissionPolicy(InvestorInquiry))
register_snippet(InvestorInquiryViewSet)


@hooks.register("register_log_actions")
def register_inquiry_log_actions(actions):
    # Neither entry holds personal data: only counts and the retention period.
    actions.register_action(
        ANONYMISE_ACTION,
        _("Anonymise inquiry"),
        _("Personal data anonymised after the retention period"),
    )
    actions.register_action(
        ERASE_ACTION,
        _("Erase personal data"),
        _("Personal data erased at the investor's request"),
    )
