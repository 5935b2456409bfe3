"""Admin wiring of the practices app: the transfer cases, the practice
questions, the topics and the traceability view."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.cases.forms import CaseAdminForm
from cms.cases.permissions import PublicCasePermissionPolicy
from cms.cases.views import CaseViewSet
from cms.refusals import register_shared

from . import (
    admin_views,
    deletion,  # noqa: F401  (checks asked before a deletion)
    home_sections,  # noqa: F401  (what the home page shows of the practices)
    question_admin,
    region_sections,  # noqa: F401  (what a region's profile shows of them)
)
from .forms import TransferCaseForm
from .models import PracticeQuestion, Topic, TransferCase
from .privacy import ANONYMISE_ACTION, ERASE_ACTION


class TransferCaseViewSet(CaseViewSet):
    model = TransferCase
    icon = "resubmit"
    menu_label = _("Transfer cases")
    menu_order = 305
    search_fields = ["reference", "title"]
    list_display = [
        "reference",
        "title",
        "practice",
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
        "practice",
        "status",
        "region",
        "action",
        "assignee",
        "due_date",
        "priority",
        "created_at",
        "updated_at",
    ]
    inspect_view_fields = [
        "reference",
        "practice",
        "region",
        "action",
        "assignee",
        "due_date",
        "priority",
        "created_at",
        "updated_at",
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("practice"), FieldPanel("region")]),
            FieldPanel("action"),
            FieldPanel("assignee"),
            FieldRowPanel([FieldPanel("due_date"), FieldPanel("priority")]),
        ],
        base_form_class=TransferCaseForm,
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("practice", "action", "action__page")
        )


register_snippet(TransferCaseViewSet)


class PracticeQuestionViewSet(CaseViewSet):
    """Questions from the practice pages' form, handled by the practice's owner
    region; only the public form opens them."""

    model = PracticeQuestion
    icon = "help"
    menu_label = _("Practice questions")
    menu_order = 306
    search_fields = ["reference", "title", "name", "organisation", "email", "message"]
    inspect_view_class = question_admin.QuestionInspectView
    list_display = [
        "reference",
        "title",
        "status_label",
        "region",
        "sender_region",
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
        "practice",
        "sender_region",
        "assignee",
        "due_date",
        "priority",
        "name",
        "organisation",
        "email",
        "created_at",
        "updated_at",
    ]
    ordering = ["-created_at"]
    inspect_view_fields = [
        "reference",
        "practice",
        "name",
        "organisation",
        "email",
        "sender_region",
        "message",
        "consent",
        "locale",
        "region",
        "assignee",
        "due_date",
        "priority",
        "notified_at",
        "created_at",
        "closed_at",
        "anonymised_at",
    ]
    # The region works on the case; what the sender wrote stays as sent, and the
    # region is the practice's.
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("assignee"),
            FieldRowPanel([FieldPanel("due_date"), FieldPanel("priority")]),
        ],
        base_form_class=CaseAdminForm,
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("sender_region", "practice", "locale")
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "erase/<str:pk>/",
                self._admin_view(question_admin.erase_question_view),
                name="erase",
            ),
            path(
                "open-transfer/<str:pk>/",
                self._admin_view(question_admin.open_transfer_view),
                name="open_transfer",
            ),
        ]


register_permission_policy(
    PracticeQuestion, PublicCasePermissionPolicy(PracticeQuestion)
)
register_snippet(PracticeQuestionViewSet)


@hooks.register("register_log_actions")
def register_question_log_actions(actions):
    # No entry holds personal data: only references, counts and the period.
    actions.register_action(
        ANONYMISE_ACTION,
        _("Anonymise question"),
        _("Personal data anonymised after the retention period"),
    )
    actions.register_action(
        ERASE_ACTION,
        _("Erase personal data"),
        _("Personal data erased at the sender's request"),
    )

    @actions.register_action("practices.question.transfer_opened")
    class TransferOpenedFormatter(LogFormatter):
        label = _("Open a transfer case from a question")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            if "question" in data:
                return _("Opened from the practice question %(reference)s") % {
                    "reference": data["question"]
                }
            return _("Became a transfer case")


class TopicViewSet(SnippetViewSet):
    """The practice topics, a taxonomy shared by every region: the lead partner
    (who holds the practices app's permissions, cms.governance.roles) names and
    translates them; regional editors hold no snippet permission and are refused."""

    model = Topic
    icon = "tag"
    menu_label = _("Practice topics")
    menu_order = 301
    add_to_admin_menu = True
    list_display = ["name", "tag", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


register_snippet(TopicViewSet)
register_shared(Topic)


@hooks.register("register_admin_urls")
def register_traceability_urls():
    return [
        path(
            "practices/traceability/practice/<int:pk>/",
            admin_views.practice_traceability,
            name="practices_traceability_practice",
        ),
        path(
            "practices/traceability/region/<int:pk>/",
            admin_views.region_traceability,
            name="practices_traceability_region",
        ),
        path(
            "practices/network/",
            admin_views.learning_network,
            name="practices_learning_network",
        ),
        path(
            "practices/matchmaking/",
            admin_views.matchmaking_index,
            name="practices_matchmaking_index",
        ),
        path(
            "practices/matchmaking/<int:pk>/",
            admin_views.matchmaking,
            name="practices_matchmaking",
        ),
        path(
            "practices/matchmaking/<int:pk>/open/",
            admin_views.matchmaking_open_case,
            name="practices_matchmaking_open_case",
        ),
    ]


class MatchmakingMenuItem(MenuItem):
    """Shown to those who work on transfer cases: coordinators (their region)
    and the lead partner (every region)."""

    def is_shown(self, request):
        from cms.access import viewer_for

        viewer = viewer_for(request)
        return viewer.sees_every_case or bool(viewer.case_region_ids)


@hooks.register("register_admin_menu_item")
def register_matchmaking_menu_item():
    return MatchmakingMenuItem(
        _("Practice matchmaking"),
        reverse("practices_matchmaking_index"),
        icon_name="resubmit",
        name="practice-matchmaking",
        order=306,
    )


class LeadPartnerMenuItem(MenuItem):
    def is_shown(self, request):
        from cms.access import viewer_for

        return viewer_for(request).is_lead_partner


@hooks.register("register_admin_menu_item")
def register_learning_network_menu_item():
    return LeadPartnerMenuItem(
        _("Learning network"),
        reverse("practices_learning_network"),
        icon_name="site",
        name="learning-network",
        order=307,
    )


def _traceability_item(page):
    from regions.models import RegionPage

    from .models import PracticePage

    names = {
        PracticePage: "practices_traceability_practice",
        RegionPage: "practices_traceability_region",
    }
    name = names.get(page.specific_class)
    if name is None:
        return None
    return PageMenuItem(
        label=_("Traceability"),
        url=reverse(name, args=[page.pk]),
        icon_name="resubmit",
        priority=66,
        page=page,
    )


@hooks.register("register_page_header_buttons")
def traceability_header_button(page, user, view_name, next_url=None):
    item = _traceability_item(page)
    if item is not None:
        yield item


@hooks.register("register_page_listing_more_buttons")
def traceability_listing_button(page, user, next_url=None):
    item = _traceability_item(page)
    if item is not None:
        yield item
