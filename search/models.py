from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage


class QueryStatistic(models.Model):
    """How often a query was searched per language, and how often it found nothing.

    Wagtail's search promotions count hits per query but not zero-result
    searches, which are what editors most need to see: the gaps in the library.
    """

    query_string = models.CharField(_("query"), max_length=200)
    language = models.CharField(_("language"), max_length=8)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_hits = models.PositiveIntegerField(
        _("searches with no result"), default=0
    )
    last_searched_at = models.DateTimeField(_("last searched"), auto_now=True)

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language"], name="unique_query_per_language"
            )
        ]
        ordering = ["-hits"]

    def __str__(self):
        return f"{self.query_string} ({self.language})"

    @classmethod
    def record(cls, query_string, language, found):
        query_string = query_string.lower()[:200]
        stat, _created = cls.objects.get_or_create(
            query_string=query_string, language=language
        )
        cls.objects.filter(pk=stat.pk).update(
            hits=models.F("hits") + 1,
            zero_result_hits=models.F("zero_result_hits") + (0 if found else 1),
        )


SOURCE_CHOICES = [
    ("search", _("Search page")),
    ("library", _("Practice library")),
]


class SavedSearch(models.Model):
    """A query of the search page or of the practice library, kept under a name
    by the person who ran it (search/saved.py cleans what is stored)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_searches",
        verbose_name=_("owner"),
        help_text=_("Who saved the search; only they (and the lead partner) see it."),
    )
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("A name to find the search again, such as “Tourism in Valencia”."),
    )
    source = models.CharField(
        _("searched in"),
        max_length=10,
        choices=SOURCE_CHOICES,
        default="search",
        help_text=_("The search page or the practice library."),
    )
    query = models.CharField(
        _("query"),
        max_length=1000,
        blank=True,
        help_text=_("The words and filters, as the page's address carries them."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        help_text=_("The language the search runs in."),
    )
    created_at = models.DateTimeField(_("saved on"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        """The search again, on the page it was saved from, in its language."""
        from django.urls import reverse
        from django.utils import translation

        with translation.override(self.language):
            if self.source == "library":
                base = self.library_url()
            else:
                base = reverse("search:search")
        return f"{base}?{self.query}" if self.query else base

    def library_url(self):
        from wagtail.models import Locale

        from cms.access import visible_pages
        from practices.models import PracticeIndexPage

        index = (
            visible_pages(
                None,
                PracticeIndexPage.objects.filter(
                    locale__in=Locale.objects.filter(language_code=self.language)
                ),
            )
            .order_by("path")
            .first()
        )
        return index.url if index is not None else "/"


class SavedSearchSubscription(models.Model):
    """A lead partner or coordinator who receives, by e-mail, what a saved
    search finds that is new since the last digest (send_search_digests)."""

    saved_search = models.ForeignKey(
        SavedSearch,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("saved search"),
        help_text=_("The search whose new results are sent."),
    )
    subscriber = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="search_subscriptions",
        verbose_name=_("subscriber"),
        help_text=_("Who receives the digest, seeing only what they may see."),
    )
    last_sent = models.DateTimeField(
        _("last sent"),
        default=timezone.now,
        help_text=_("Results published after this moment go in the next digest."),
    )

    class Meta:
        verbose_name = _("saved search subscription")
        verbose_name_plural = _("saved search subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["saved_search", "subscriber"], name="one_subscription_each"
            )
        ]

    def __str__(self):
        return f"{self.saved_search} → {self.subscriber}"


class SearchCollectionPage(BasePage):
    """A saved search published as a page: whatever the query finds today, of
    every type it covers, for whoever is looking (the viewer's own rights)."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Why these results belong together."),
    )
    source = models.CharField(
        _("searched in"),
        max_length=10,
        choices=SOURCE_CHOICES,
        default="search",
        help_text=_("The search page (every type) or the practice library."),
    )
    query = models.CharField(
        _("query"),
        max_length=1000,
        blank=True,
        help_text=_(
            "The words and filters, as the search page's address carries them "
            "(for example q=tourism&region=valencia); unknown parameters are dropped."
        ),
    )
    saved_search = models.ForeignKey(
        SavedSearch,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("saved search"),
        help_text=_("The saved search this page was published from, if any."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("query")], heading=_("Query")
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("source"),
        SynchronizedField("query"),
        SynchronizedField("saved_search"),
    ]
    api_fields = [APIField("intro"), APIField("source"), APIField("query")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    per_page = 10

    class Meta:
        verbose_name = _("search collection page")

    def clean(self):
        super().clean()
        from search.saved import normalise

        self.query = normalise(self.source, self.query)

    def get_results(self, request):
        from search.saved import QueryRequest, results

        return results(QueryRequest(self.query, request), self.source, self.locale)

    def get_context(self, request, *args, **kwargs):
        from cms.listing import paginate, query_without
        from search.views import result_items

        context = super().get_context(request, *args, **kwargs)
        found, _ignored = self.get_results(request)
        page_obj = paginate(request, found, per_page=self.per_page)
        context["page_obj"] = context["results"] = page_obj
        context["items"] = result_items(request, page_obj.object_list, [])
        context["total"] = page_obj.paginator.count
        context["link_query"] = query_without(request, "page")
        return context
