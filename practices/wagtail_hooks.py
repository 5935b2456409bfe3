"""Admin wiring of the practices app: the transfer cases, the practice
questions, the topics and the traceability view."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.cases.public_admin import (
    PublicCaseViewSet,
    register_privacy_actions,
    register_public_case,
)
from cms.cases.views import CaseViewSet
from cms.refusals import register_shared

from . import (
    admin_views,
    deletion,  # noqa: F401  (checks asked before a deletion)
    home_sections,  # noqa: F401  (what the home page shows of the practices)
    question_admin,
    region_sections,  # noqa: F401  (what a region's profile shows of them)
    validation_admin,
    validation_panels,  # noqa: F401  (the validation's dashboard panels)
)
from .forms import TransferCaseForm
from .models import PracticeQuestion, Topic, TransferCase
from .privacy import ANONYMISE_ACTION, ERASE_ACTION, anonymise


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


class PracticeQuestionViewSet(PublicCaseViewSet):
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
    erase_label = _("Erase the sender's personal data")
    erased_message = _(
        "The sender's personal data was erased from %(reference)s, its timeline and "
        "its history. The case itself is kept."
    )
    erase_template = "practices/admin/confirm_erase_question.html"
    erase_action = ERASE_ACTION

    def anonymise(self, case, *, user, action):
        return anonymise(case, user=user, action=action)

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
                "open-transfer/<str:pk>/",
                self._admin_view(question_admin.open_transfer_view),
                name="open_transfer",
            ),
        ]


register_public_case(PracticeQuestionViewSet)


@hooks.register("register_log_actions")
def register_question_log_actions(actions):
    register_privacy_actions(
        actions,
        anonymise=ANONYMISE_ACTION,
        erase=ERASE_ACTION,
        anonymise_label=_("Anonymise question"),
        erased=_("Personal data erased at the sender's request"),
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
            "practices/validation/",
            validation_admin.validation_queue,
            name="practices_validation_queue",
        ),
        path(
            "practices/validation/<int:pk>/",
            validation_admin.validation,
            name="practices_validation",
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


@hooks.register("register_admin_menu_item")
def register_expert_review_menu_item():
    return validation_admin.ExpertReviewMenuItem(
        _("Expert review"),
        reverse("practices_validation_queue"),
        icon_name="success",
        name="expert-review",
        order=307,
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
        order=308,
    )


@hooks.register("register_log_actions")
def register_validation_log_actions(actions):
    from .models import ExpertVerdict, ValidationStatus
    from .validation import OPINION_ACTION, STEP_ACTION

    @actions.register_action(STEP_ACTION)
    class StepFormatter(LogFormatter):
        label = _("Validation level")

        def format_message(self, log_entry):
            status = (log_entry.data or {}).get("status", "")
            label = dict(ValidationStatus.choices).get(status, status)
            return _("Validation: %(level)s") % {"level": label}

    @actions.register_action(OPINION_ACTION)
    class OpinionFormatter(LogFormatter):
        label = _("Expert opinion")

        def format_message(self, log_entry):
            verdict = (log_entry.data or {}).get("verdict", "")
            label = dict(ExpertVerdict.choices).get(verdict, verdict)
            return _("Expert opinion: %(verdict)s") % {"verdict": label}


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
