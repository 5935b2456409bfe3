"""PracticeCollectionPage: a saved query over the library, like a Plone collection."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail_localize.fields import SynchronizedField

from cms.access import visible_pages
from home.models import BasePage

from ..forms import PracticeCollectionPageForm
from .practices import PracticePage, PracticePageTag
from .taxonomy import ImplementationLevel, ValidationStatus


class PracticeCollectionPage(BasePage):
    """Lists the practices that match its stored criteria, as they are today.

    Criteria left empty do not narrow the list. Regions are matched by their
    translation key, so the Italian collection lists the Italian practices of the
    regions chosen on the English one.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Why these practices belong together."),
    )
    pillars = models.JSONField(
        _("pillars"),
        default=list,
        blank=True,
        help_text=_("Only practices of these pillars; none ticked means any pillar."),
    )
    regions = ParentalManyToManyField(
        "regions.RegionPage",
        blank=True,
        related_name="+",
        verbose_name=_("origin regions"),
        help_text=_("Only practices from these regions; none means any region."),
    )
    topics = ParentalManyToManyField(
        "taggit.Tag",
        blank=True,
        related_name="+",
        verbose_name=_("topics"),
        help_text=_("Only practices with at least one of these topics."),
    )
    implementation_level = models.CharField(
        _("implementation level"),
        max_length=20,
        choices=ImplementationLevel.choices,
        blank=True,
        help_text=_("Only practices of this level; empty means any level."),
    )
    validated_only = models.BooleanField(
        _("validated practices only"),
        default=False,
        help_text=_("Leave out practices the lead partner has not validated yet."),
    )
    limit = models.PositiveSmallIntegerField(
        _("maximum number of practices"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The newest matching practices are shown, at most this many."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("pillars"),
                FieldPanel("regions"),
                FieldPanel("topics"),
                FieldPanel("implementation_level"),
                FieldPanel("validated_only"),
                FieldPanel("limit"),
            ],
            heading=_("Criteria"),
        ),
    ]
    base_form_class = PracticeCollectionPageForm

    override_translatable_fields = [
        SynchronizedField("pillars"),
        SynchronizedField("implementation_level"),
        SynchronizedField("validated_only"),
        SynchronizedField("limit"),
    ]

    api_fields = [
        APIField("intro"),
        APIField("pillars"),
        APIField("implementation_level"),
        APIField("validated_only"),
        # Not "limit": that name is the API's page size parameter.
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practice collection page")

    def criteria(self):
        """The stored criteria, in a form the template and tests can read."""
        return {
            "pillars": list(self.pillars or []),
            "region_keys": [region.translation_key for region in self.regions.all()],
            "topic_ids": [topic.pk for topic in self.topics.all()],
            "implementation_level": self.implementation_level,
            "validated_only": self.validated_only,
            "limit": self.limit,
        }

    def get_practices(self, request):
        criteria = self.criteria()
        queryset = visible_pages(
            request, PracticePage.objects.all(), locale=self.locale_id
        )
        if criteria["pillars"]:
            queryset = queryset.filter(pillar__in=criteria["pillars"])
        if criteria["region_keys"]:
            queryset = queryset.filter(
                origin_region__translation_key__in=criteria["region_keys"]
            )
        if criteria["topic_ids"]:
            queryset = queryset.filter(
                pk__in=PracticePageTag.objects.filter(
                    tag_id__in=criteria["topic_ids"]
                ).values("content_object_id")
            )
        if criteria["implementation_level"]:
            queryset = queryset.filter(
                implementation_level=criteria["implementation_level"]
            )
        if criteria["validated_only"]:
            queryset = queryset.filter(
                validation_status__in=ValidationStatus.validated()
            )
        return (
            queryset.select_related("origin_region")
            .prefetch_related("tagged_items__tag")
            .defer_streamfields()
            .order_by(F("first_published_at").desc(nulls_last=True), "-pk")[
                : criteria["limit"]
            ]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practices"] = list(self.get_practices(request))
        return context
