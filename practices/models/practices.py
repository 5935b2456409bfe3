"""One good practice: PracticePage and the documents attached to it."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.access import viewer_for, visible_pages
from cms.api.fields import (
    ChoiceWithLabel,
    PageLink,
    PublicDocuments,
    TagNames,
)
from cms.cases.public import signed_reference, submit_public_form
from home.models import BasePage
from home.search_weights import SUMMARY_BOOST
from home.translated_routes import TranslatedRoutesMixin, translated_path

from ..forms import PracticePageForm
from .localized import point_links_to_own_locale
from .taxonomy import (
    ImplementationLevel,
    Pillar,
    PracticePageTag,
    ValidationStatus,
)

TITLE_MAX_LENGTH = 100
RICH_TEXT = ["bold", "italic", "link", "ul", "ol"]


class PracticePage(TranslatedRoutesMixin, BasePage):
    """One good practice, following the Interreg Europe good-practice template."""

    summary = models.TextField(
        _("summary"),
        help_text=_("Two or three sentences shown in listings, feeds and search."),
    )
    pillar = models.CharField(
        _("pillar"),
        max_length=20,
        choices=Pillar.choices,
        help_text=_("The project's thematic pillar this practice belongs to."),
    )
    topics = ClusterTaggableManager(
        through=PracticePageTag,
        blank=True,
        verbose_name=_("topics"),
        help_text=_("Keywords that group practices, e.g. export, investment, food."),
    )
    implementation_level = models.CharField(
        _("implementation level"),
        max_length=20,
        choices=ImplementationLevel.choices,
        help_text=_("The geographical level at which the practice is implemented."),
    )
    origin_region = models.ForeignKey(
        "regions.RegionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("origin region"),
        help_text=_("The partner territory where the practice comes from."),
    )
    location = models.CharField(
        _("location"),
        max_length=200,
        blank=True,
        help_text=_("Town, city or area where the practice takes place."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Decimal degrees, e.g. 44.698993."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Decimal degrees, e.g. 10.630470."),
    )
    start_date = models.DateField(
        _("start date"), help_text=_("When the practice started.")
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("When the practice ended; leave empty if it is ongoing."),
    )
    main_institution = models.CharField(
        _("main institution"),
        max_length=200,
        help_text=_("The organisation that runs the practice."),
    )
    description = RichTextField(
        _("detailed description"),
        features=RICH_TEXT,
        help_text=_("What the practice is, who benefits and how it works."),
    )
    resources_needed = RichTextField(
        _("resources needed"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("Budget, staff and other resources the practice requires."),
    )
    evidence_of_success = RichTextField(
        _("evidence of success"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("Results that show the practice works, with figures if possible."),
    )
    difficulties = RichTextField(
        _("difficulties encountered"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("Problems met during implementation and how they were solved."),
    )
    potential_for_transfer = RichTextField(
        _("potential for learning or transfer"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("Why and how other regions could learn from or adopt it."),
    )
    stakeholders = RichTextField(
        _("stakeholders involved"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("The organisations and groups taking part."),
    )
    contact_name = models.CharField(
        _("contact name"),
        max_length=120,
        blank=True,
        help_text=_("The person to ask about the practice."),
    )
    contact_organisation = models.CharField(
        _("contact organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation the contact person works for."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_(
            "Never shown: the questions sent from the practice's form are "
            "e-mailed to it, and to the region's desk."
        ),
    )
    validation_status = models.CharField(
        _("validation"),
        max_length=20,
        choices=ValidationStatus.choices,
        default=ValidationStatus.SUBMITTED,
        help_text=_(
            "First level: only the lead partner (users who may publish this page) "
            "can mark a practice as validated by the project. Second level: a "
            "thematic expert's opinion, given from the admin's “Expert review”."
        ),
    )
    validated_at = models.DateField(
        _("validated on"),
        null=True,
        blank=True,
        help_text=_("Filled in automatically when the practice is validated."),
    )
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("validated by"),
        help_text=_("Filled in automatically with the user who validated it."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=SUMMARY_BOOST),
        index.SearchField("description"),
        index.SearchField("main_institution"),
        index.SearchField("location"),
        index.FilterField("pillar"),
        index.FilterField("implementation_level"),
        index.FilterField("validation_status"),
        index.FilterField("origin_region"),
        index.FilterField("start_date"),
        index.SearchField("resources_needed"),
        index.SearchField("evidence_of_success"),
        index.SearchField("difficulties"),
        index.SearchField("potential_for_transfer"),
        index.SearchField("stakeholders"),
        index.SearchField("search_taxonomy"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("pillar"),
                FieldPanel("topics"),
                FieldPanel("implementation_level"),
                FieldPanel("origin_region"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("location"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("main_institution"),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("description"),
        FieldPanel("resources_needed"),
        FieldPanel("evidence_of_success"),
        FieldPanel("difficulties"),
        FieldPanel("potential_for_transfer"),
        FieldPanel("stakeholders"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_organisation"),
                FieldPanel("contact_email"),
            ],
            heading=_("Contact person"),
        ),
        InlinePanel(
            "related_documents", heading=_("Related documents"), label=_("Document")
        ),
    ]
    validation_panels = [
        FieldPanel("validation_status"),
        FieldPanel("validated_at"),
        FieldPanel("validated_by"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(validation_panels, heading=_("Validation")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    base_form_class = PracticePageForm

    override_translatable_fields = [
        SynchronizedField("pillar"),
        SynchronizedField("implementation_level"),
        SynchronizedField("origin_region"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("contact_email"),
        SynchronizedField("validation_status", overridable=False),
        SynchronizedField("validated_at", overridable=False),
        SynchronizedField("validated_by", overridable=False),
    ]

    # The Interreg Europe good-practice template; contact_email stays out (it is
    # shown to logged-in users only).
    api_fields = [
        APIField("summary"),
        APIField("pillar", serializer=ChoiceWithLabel()),
        APIField("topics", serializer=TagNames()),
        APIField("implementation_level", serializer=ChoiceWithLabel()),
        APIField("origin_region", serializer=PageLink()),
        APIField("location"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("main_institution"),
        APIField("description"),
        APIField("resources_needed"),
        APIField("evidence_of_success"),
        APIField("difficulties"),
        APIField("potential_for_transfer"),
        APIField("stakeholders"),
        APIField("contact_name"),
        APIField("contact_organisation"),
        APIField("validation_status", serializer=ChoiceWithLabel()),
        APIField("validated_at"),
        APIField("related_documents", serializer=PublicDocuments()),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practice page")

    def clean(self):
        super().clean()
        if self.title and len(self.title) > TITLE_MAX_LENGTH:
            raise ValidationError(
                {
                    "title": _(
                        "A practice title has at most %(limit)d characters; "
                        "this one has %(length)d."
                    )
                    % {"limit": TITLE_MAX_LENGTH, "length": len(self.title)}
                }
            )
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end date cannot be before the start date.")}
            )

    def save(self, *args, **kwargs):
        point_links_to_own_locale(self, field_names=["origin_region"])
        self.follow_expert_opinions()
        return super().save(*args, **kwargs)

    def follow_expert_opinions(self):
        """The second level follows the experts' opinions (practices.validation),
        not the revision being saved: a draft written before an opinion keeps it,
        and a practice the project validates again gets its level back."""
        if self.validation_status == ValidationStatus.SUBMITTED:
            return
        if self._state.adding and self.validation_status == ValidationStatus.VALIDATED:
            return  # a new practice has no opinion yet
        from .validation import ExpertOpinion

        self.validation_status = ExpertOpinion.validated_level(self.translation_key)

    @property
    def is_validated(self):
        return self.validation_status in ValidationStatus.validated()

    @property
    def is_expert_validated(self):
        return self.validation_status == ValidationStatus.EXPERT_VALIDATED

    def get_related_practices(self, request, limit=3):
        """Practices of the same language sharing the pillar or a topic, most
        topics in common first (ranked by ``practices.library``)."""
        from ..related import related_practices

        return related_practices(self, request, limit)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Worked out only when the template asks: the parts that show them are
        # kept for the visitor's audience (cms.fragments).
        context["related_practices"] = SimpleLazyObject(
            lambda: list(self.get_related_practices(request))
        )
        # Only documents the visitor may open (cms.access), titles included.
        context["documents"] = list(
            viewer_for(request).related_documents(
                self.related_documents.select_related("document").all()
            )
        )
        context["topics"] = self.get_topics()
        context.setdefault("question_form", self.get_question_form(request))
        context["question_url"] = self.get_url(request) + self.reverse_subpage(
            "question"
        )
        context["presented_at"] = self.get_events(request)
        context["inspired_actions"] = SimpleLazyObject(
            lambda: self.get_inspired_actions(request)
        )
        context["expert_opinions"] = self.get_expert_opinions(request)
        return context

    def get_expert_opinions(self, request):
        """The experts' opinions, for signed-in members of the partnership only
        (a visitor sees the level, not the discussion): no query for others."""
        if not viewer_for(request).is_active:
            return []
        from .validation import ExpertOpinion

        return list(
            ExpertOpinion.objects.filter(practice_key=self.translation_key)
            .select_related("expert")
            .order_by("-given_at")
        )

    @property
    def search_preference(self):
        """Among equally relevant search results, a validated practice comes
        first, an expert-validated one before it (search/ranking.py)."""
        return ValidationStatus.values.index(self.validation_status)

    # The question form (practices.questions) ---------------------------------
    def get_privacy_url(self, full=False):
        """The privacy notice the library's index names, in this language: one
        query for the index and its notice, one for the translation."""
        from .practice_index import PracticeIndexPage

        index = (
            PracticeIndexPage.objects.ancestor_of(self)
            .select_related("privacy_page")
            .only("privacy_page")
            .first()
        )
        privacy = index.privacy_page if index is not None else None
        if privacy is None:
            return ""
        if privacy.locale_id != self.locale_id:
            privacy = privacy.get_translation_or_none(self.locale_id) or privacy
        return (privacy.get_full_url() if full else privacy.url) or ""

    def get_question_form(self, request, data=None):
        from ..questions import PracticeQuestionForm

        return PracticeQuestionForm(data, page=self, request=request)

    @path("")
    def practice(self, request):
        return self.render(request)

    @translated_path(
        "question",
        {
            "en": "question/",
            "it": "domanda/",
            "es": "pregunta/",
            "sv": "fraga/",
            "pl": "pytanie/",
        },
    )
    def question(self, request):
        """The question form posts here; a GET goes back to the form."""
        from .. import questions

        if request.method != "POST":
            return redirect(self.get_url(request) + "#question")

        def accept(form):
            question = questions.store_question(self, form)
            questions.notify_region(self, question)
            questions.acknowledge(self, question)
            return question

        return submit_public_form(
            request,
            self.get_question_form(request, request.POST),
            blank_form=lambda: self.get_question_form(request),
            render_error=lambda form, message, status: self.render_question_error(
                request, form, message, status
            ),
            accept=accept,
            thanks_url=self.get_url(request) + self.reverse_subpage("question_thanks"),
            salt=questions.REFERENCE_SALT,
            messages={
                "limited": gettext(
                    "You have sent several messages in the last hour. To protect the "
                    "regions from spam, please wait an hour before sending another."
                ),
                "spam": gettext(
                    "Your question was not sent because it looked automated. If you "
                    "are a person, please try again and leave the last hidden field "
                    "empty."
                ),
            },
        )

    @translated_path(
        "question_thanks",
        {
            "en": "question/thanks/",
            "it": "domanda/grazie/",
            "es": "pregunta/gracias/",
            "sv": "fraga/tack/",
            "pl": "pytanie/dziekujemy/",
        },
    )
    def question_thanks(self, request):
        from ..questions import REFERENCE_SALT

        reference = signed_reference(request, REFERENCE_SALT)
        return TemplateResponse(
            request,
            "practices/practice_page_thanks.html",
            {"page": self, "self": self, "reference": reference},
        )

    def render_question_error(self, request, form, message, status):
        response = self.render(
            request,
            context_overrides={"question_form": form, "question_message": message},
        )
        response.status_code = status
        return response

    def get_taxonomy_labels(self):
        """Pillar, level, topics (their names in the page's language) and the
        region the practice comes from, with its country."""
        return [
            self.get_pillar_display(),
            self.get_implementation_level_display(),
            *(topic.label for topic in self.get_topics()),
            *self.region_labels(self.origin_region),
        ]

    def get_topics(self):
        """The practice's topic tags, each with its ``label`` in this language."""
        from ..topics import labelled_topics

        return labelled_topics(self.topics.all(), self.locale_id)

    def get_inspired_actions(self, request):
        """Actions of published plans, in this language, that name this practice."""
        from ..traceability import practice_trace_public

        return practice_trace_public(self, getattr(request, "user", None))

    def get_events(self, request):
        """The exchange activities, in this language, where it was presented."""
        from .events import EventPage

        return list(
            visible_pages(request, EventPage.objects.all(), locale=self.locale_id)
            .filter(presented_practices__practice=self)
            .distinct()
            .defer_streamfields()
            .order_by("-start")
        )


class PracticePageDocument(Orderable):
    """A document attached to a practice; the same files for every language."""

    page = ParentalKey(
        PracticePage, on_delete=models.CASCADE, related_name="related_documents"
    )
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("A report, factsheet or presentation about the practice."),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("related document")
        verbose_name_plural = _("related documents")
