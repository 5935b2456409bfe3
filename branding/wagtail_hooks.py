from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import InvestorInquiry


class InquiryPermissionPolicy(ModelPermissionPolicy):
    """Inquiries come only from the public form: nobody adds one by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class InvestorInquiryViewSet(SnippetViewSet):
    model = InvestorInquiry
    icon = "mail"
    menu_label = _("Investor inquiries")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["company", "name", "country", "region", "status", "created_at"]
    list_filter = ["status", "region", "locale"]
    search_fields = ["name", "company", "email", "message"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
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
        "status",
        "notified_at",
        "created_at",
    ]
    # Editors only move an inquiry along; what the visitor wrote stays as sent.
    panels = [FieldPanel("status")]


register_permission_policy(InvestorInquiry, InquiryPermissionPolicy(InvestorInquiry))
register_snippet(InvestorInquiryViewSet)
