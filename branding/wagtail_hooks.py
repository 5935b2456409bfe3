"""The branding app's admin: investor inquiries, a public-form case."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.cases.public_admin import (
    PublicCaseViewSet,
    register_privacy_actions,
    register_public_case,
)

from . import home_sections  # noqa: F401  (what the home page shows of investing)
from .models import InvestorInquiry
from .privacy import ANONYMISE_ACTION, ERASE_ACTION, anonymise


class InvestorInquiryViewSet(PublicCaseViewSet):
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
    erase_label = _("Erase the investor's personal data")
    erased_message = _(
        "The investor's personal data was erased from %(reference)s, its timeline "
        "and its history. The case itself is kept."
    )
    erase_template = "branding/admin/confirm_erase.html"
    erase_action = ERASE_ACTION

    def anonymise(self, case, *, user, action):
        return anonymise(case, user=user, action=action)


register_public_case(InvestorInquiryViewSet)


@hooks.register("register_log_actions")
def register_inquiry_log_actions(actions):
    register_privacy_actions(
        actions,
        anonymise=ANONYMISE_ACTION,
        erase=ERASE_ACTION,
        anonymise_label=_("Anonymise inquiry"),
        erased=_("Personal data erased at the investor's request"),
    )
