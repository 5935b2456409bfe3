"""Exchange activities: EventIndexPage and EventPage."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.access import viewer_for, visible_pages
from cms.api.fields import (
    ChoiceWithLabel,
    InlineList,
    PageLink,
    PageLinks,
    PublicDocuments,
)
from cms.listing import paginate
from home.models import BasePage
from home.search_weights import SUMMARY_BOOST

from .localized import point_links_to_own_locale
from .taxonomy import EventKind, OrganisationCategory

RICH_TEXT = ["bold", "italic", "link", "ul", "ol"]
UPCOMING_LIMIT = 20


class EventIndexPage(RoutablePageMixin, BasePage):
    """ "Exchange activities": upcoming and past study visits, workshops, etc."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short text above the lists of activities."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.EventPage"]
    max_count_per_parent = 1
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("event index page")

    def get_events(self, request):
        return (
            visible_pages(
                request, EventPage.objects.child_of(self), locale=self.locale_id
            )
            .select_related("host_region", "hero_image")
            .defer_streamfields()
        )

    def upcoming_events(self, request, now=None):
        now = now or timezone.now()
        return self.get_events(request).filter(end__gte=now).order_by("start", "pk")

    def past_events(self, request, now=None):
        now = now or timezone.now()
        return self.get_events(request).filter(end__lt=now).order_by("-start", "-pk")

    def get_context(self, request, *args, **kwargs):
        from ..activities import ActivityListing

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        listing = ActivityListing(self, request, self.get_events(request))
        events = listing.filtered()
        context["upcoming_events"] = list(
            events.filter(end__gte=now).order_by("start", "pk")[:UPCOMING_LIMIT]
        )
        page_obj = paginate(
            request, events.filter(end__lt=now).order_by("-start", "-pk"), 10
        )
        context["page_obj"] = page_obj
        context["past_events"] = list(page_obj.object_list)
        context["facets"] = listing.facets()
        context["active_filters"] = listing.active_filters()
        context["ignored"] = listing.ignored
        context["link_query"] = listing.query_dict()
        context["is_filtered"] = bool(listing.selected)
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from ..ical import calendar_response

        events = self.get_events(request).order_by("start", "pk")
        return calendar_response(
            events, request, name=self.title, filename=f"{self.slug}.ics"
        )

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from ..feeds import EventRssFeed

        return EventRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from ..feeds import EventAtomFeed

        return EventAtomFeed(self)(request)


class EventPage(RoutablePageMixin, BasePage):
    """One exchange activity and what came out of it."""

    kind = models.CharField(
        _("kind of activity"),
        max_length=20,
        choices=EventKind.choices,
        help_text=_("Study visit, workshop, training, LSG meeting or peer review."),
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("Two or three sentences shown in listings, feeds and calendars."),
    )
    start = models.DateTimeField(
        _("starts"), help_text=_("Date and time the activity begins.")
    )
    end = models.DateTimeField(
        _("ends"), help_text=_("Date and time the activity ends.")
    )
    host_region = models.ForeignKey(
        "regions.RegionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("host region"),
        help_text=_("The partner territory that hosts the activity."),
    )
    venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_("Building and address, or 'online'."),
    )
    outcomes = RichTextField(
        _("outcomes"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("What the activity achieved: agreements, decisions, next steps."),
    )
    lessons_learned = RichTextField(
        _("lessons learned"),
        blank=True,
        features=RICH_TEXT,
        help_text=_("What participants learned and will take home."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=SUMMARY_BOOST),
        index.SearchField("venue"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.SearchField("outcomes"),
        index.SearchField("lessons_learned"),
        index.SearchField("search_taxonomy"),
        index.FilterField("host_region"),  # the search facets filter on it
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("host_region"),
                FieldPanel("venue"),
            ],
            heading=_("When and where"),
        ),
        InlinePanel(
            "presented_practices",
            heading=_("Practices presented"),
            label=_("Practice"),
        ),
        InlinePanel(
            "attending_regions",
            heading=_("Partner regions attending"),
            label=_("Region"),
        ),
        InlinePanel(
            "participations",
            heading=_("Participants by organisation category"),
            label=_("Participants"),
        ),
        FieldPanel("outcomes"),
        FieldPanel("lessons_learned"),
        InlinePanel("related_documents", heading=_("Documents"), label=_("Document")),
    ]

    override_translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("host_region"),
    ]

    api_fields = [
        APIField("kind", serializer=ChoiceWithLabel()),
        APIField("summary"),
        APIField("start"),
        APIField("end"),
        APIField("host_region", serializer=PageLink()),
        APIField("venue"),
        APIField("practices", serializer=PageLinks(source_method="get_practices")),
        APIField(
            "participations",
            serializer=InlineList("category", "count", choice_labels=["category"]),
        ),
        APIField("outcomes"),
        APIField("lessons_learned"),
        APIField("related_documents", serializer=PublicDocuments()),
    ]

    parent_page_types = ["practices.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                {"end": _("An activity cannot end before it starts.")}
            )

    def save(self, *args, **kwargs):
        point_links_to_own_locale(
            self,
            field_names=["host_region"],
            child_links=[
                ("presented_practices", "practice"),
                ("attending_regions", "region"),
            ],
        )
        return super().save(*args, **kwargs)

    def get_taxonomy_labels(self):
        """The kind of activity and the host region with its country."""
        return [self.get_kind_display(), *self.region_labels(self.host_region)]

    def get_practices(self):
        """The practices presented, each in this page's language where translated."""
        links = self.presented_practices.select_related("practice").all()
        return [link.practice for link in links if link.practice is not None]

    def get_attending_regions(self, request):
        """The live regions that attended, those the visitor may view (cms.access)."""
        from regions.models import RegionPage

        ids = [link.region_id for link in self.attending_regions.all()]
        if not ids:
            return []
        return list(
            visible_pages(request, RegionPage.objects.live().filter(pk__in=ids))
            .only("pk", "title", "url_path", "path", "depth", "locale_id")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        participations = list(self.participations.all())
        context["participations"] = participations
        context["participant_total"] = sum(p.count for p in participations)
        context["attending_regions"] = self.get_attending_regions(request)
        context["practices"] = [
            practice for practice in self.get_practices() if practice.live
        ]
        # Only documents the visitor may open (cms.access), titles included.
        context["documents"] = list(
            viewer_for(request).related_documents(
                self.related_documents.select_related("document").all()
            )
        )
        return context

    @path("ical/", name="ical")
    def ical(self, request):
        from ..ical import calendar_response

        return calendar_response(
            [self], request, name=self.title, filename=f"{self.slug}.ics"
        )


class EventPagePractice(Orderable):
    """A practice presented at an activity (kept in the event's language)."""

    page = ParentalKey(
        EventPage, on_delete=models.CASCADE, related_name="presented_practices"
    )
    practice = models.ForeignKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="presented_at",
        verbose_name=_("practice"),
        help_text=_("A good practice presented or discussed at the activity."),
    )

    panels = [FieldPanel("practice")]

    class Meta(Orderable.Meta):
        verbose_name = _("practice presented")
        verbose_name_plural = _("practices presented")


class EventPageRegion(Orderable):
    """A partner region whose people attended an activity hosted by another.

    Not translated: copied into every translation, and pointed at the region in
    the translation's language when saved. The learning network reads it.
    """

    page = ParentalKey(
        EventPage, on_delete=models.CASCADE, related_name="attending_regions"
    )
    region = models.ForeignKey(
        "regions.RegionPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("region"),
        help_text=_(
            "A partner region that sent people to the activity (not the host: it "
            "is named above)."
        ),
    )

    panels = [FieldPanel("region")]

    class Meta(Orderable.Meta):
        verbose_name = _("attending region")
        verbose_name_plural = _("attending regions")


class EventParticipation(Orderable):
    """How many participants came from one category of organisation."""

    page = ParentalKey(
        EventPage, on_delete=models.CASCADE, related_name="participations"
    )
    category = models.CharField(
        _("organisation category"),
        max_length=30,
        choices=OrganisationCategory.choices,
        help_text=_("The kind of organisation the participants came from."),
    )
    count = models.PositiveIntegerField(
        _("participants"), help_text=_("How many people of this category took part.")
    )

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("count")])]

    class Meta(Orderable.Meta):
        verbose_name = _("participants of a category")
        verbose_name_plural = _("participants by category")


class EventPageDocument(Orderable):
    """An agenda, presentation or report of an activity."""

    page = ParentalKey(
        EventPage, on_delete=models.CASCADE, related_name="related_documents"
    )
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("An agenda, presentation, minutes or report of the activity."),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
