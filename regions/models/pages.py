"""The territories: the index of partner regions and each region's profile."""

from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.access import visible_pages
from cms.api.fields import ChoiceWithLabel, InlineList
from cms.factsheets import FACTSHEET_SEGMENTS, serve_factsheet
from home.blocks import BaseStreamBlock
from home.models import BasePage
from home.search_weights import SUMMARY_BOOST
from home.translated_routes import TranslatedRoutesMixin, translated_path
from regions.factsheets import build_region_factsheet
from regions.maps import build_map, region_points
from regions.sections import region_sections

from .inlines import StakeholderMember
from .value_chains import ValueChainPage

COORDINATE_HELP = _("Decimal degrees, e.g. 44.6983 (latitude) and 10.6312 (longitude).")


class RegionIndexPage(BasePage):
    """ "Territories": the directory of partner regions, with filters and comparison."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short text above the directory of regions."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["regions.RegionPage"]
    max_count_per_parent = 1
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("region index page")

    def get_regions(self):
        """Live regions under this index (so in its language), ready for listing."""
        return (
            visible_pages(None, RegionPage.objects.child_of(self), locale=self.locale)
            .defer_streamfields()
            .select_related("hero_image")
            .prefetch_related("region_sectors__sector", "key_figures")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        from regions.comparison import build_comparison, requested_slugs
        from regions.listing import TerritoryListing

        context = super().get_context(request, *args, **kwargs)
        listing = TerritoryListing(request, self.get_regions(), page=self)
        # Every match is on the map, so the list is read whole and paginated.
        regions = list(listing.results())
        context.update(listing.context(results=regions))
        slugs = requested_slugs(request)
        if slugs:
            everything = regions if not listing.selected else list(self.get_regions())
            context["comparison"] = build_comparison(
                slugs, {r.slug: r for r in everything}
            )
        context.update(
            regions=regions,
            region_map=build_map(
                _("Map of the partner regions"),
                [(r.title, r.url, r.latitude, r.longitude, "region") for r in regions],
            ),
        )
        return context


class RegionPage(TranslatedRoutesMixin, BasePage):
    """A partner territory's profile."""

    class Country(models.TextChoices):
        ITALY = "IT", _("Italy")
        UNITED_KINGDOM = "GB", _("United Kingdom")
        SPAIN = "ES", _("Spain")
        SWEDEN = "SE", _("Sweden")
        POLAND = "PL", _("Poland")

    class PartnerKind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        REGIONAL_AUTHORITY = "regional_authority", _("Regional authority")
        DEVELOPMENT_AGENCY = "development_agency", _("Development agency")
        UNIVERSITY = "university", _("University")
        OTHER = "other", _("Other")

    partner_name = models.CharField(
        _("partner organisation"),
        max_length=200,
        help_text=_("The project partner that represents this territory."),
    )
    partner_kind = models.CharField(
        _("kind of partner"),
        max_length=30,
        choices=PartnerKind.choices,
        default=PartnerKind.REGIONAL_AUTHORITY,
        help_text=_("What kind of organisation the partner is."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=Country.choices,
        help_text=_("The country of the territory."),
    )
    nuts_code = models.CharField(
        _("NUTS code"),
        max_length=5,
        blank=True,
        help_text=_("The Eurostat NUTS code of the territory, e.g. ITH53."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=COORDINATE_HELP,
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=COORDINATE_HELP,
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "Two or three sentences shown in the directory and under the title."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The territory's story: economy, strengths, internationalisation."),
    )
    desk_name = models.CharField(
        _("investment desk"),
        max_length=200,
        blank=True,
        help_text=_(
            "The office investors contact, in the page's language, e.g. “Invest in "
            "Emilia-Romagna”."
        ),
    )
    desk_email = models.EmailField(
        _("investment desk e-mail"),
        blank=True,
        help_text=_("Inquiries from the showcase's contact form are sent here."),
    )
    desk_phone = models.CharField(
        _("investment desk telephone"),
        max_length=40,
        blank=True,
        help_text=_("With the international prefix, e.g. +39 051 000 0000."),
    )
    desk_url = models.URLField(
        _("investment desk website"),
        blank=True,
        help_text=_("The desk's own website (optional)."),
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("partner_name"),
        index.SearchField("intro", boost=SUMMARY_BOOST),
        index.SearchField("body"),
        index.SearchField("search_taxonomy"),
        index.AutocompleteField("partner_name"),
    ]

    def get_taxonomy_labels(self):
        """Country, kind of partner and sectors (in the page's language)."""
        sectors = [item.sector.name for item in self.region_sectors.all()]
        return [
            *self.region_labels(self),
            self.get_partner_kind_display(),
            *sectors,
        ]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("partner_name"),
                FieldRowPanel([FieldPanel("partner_kind"), FieldPanel("country")]),
                FieldRowPanel(
                    [
                        FieldPanel("nuts_code"),
                        FieldPanel("latitude"),
                        FieldPanel("longitude"),
                    ]
                ),
            ],
            heading=_("Partner and place"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("region_sectors", heading=_("Sectors"), label=_("Sector")),
        InlinePanel("key_figures", heading=_("Key figures"), label=_("Key figure")),
        InlinePanel(
            "stakeholders",
            heading=_("Local Stakeholder Group"),
            label=_("Member"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("desk_name"),
                FieldPanel("desk_email"),
                FieldPanel("desk_phone"),
                FieldPanel("desk_url"),
            ],
            heading=_("Investment desk"),
        ),
    ]
    # The partner's name is translated: an institution has a name in each
    # language ("Gmina Gävle" on a Polish page); a proper name is kept as it is.
    override_translatable_fields = [
        SynchronizedField("nuts_code"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("desk_email"),
        SynchronizedField("desk_phone"),
        SynchronizedField("desk_url"),
    ]

    api_fields = [
        APIField("partner_name"),
        APIField("partner_kind", serializer=ChoiceWithLabel()),
        APIField("country", serializer=ChoiceWithLabel()),
        APIField("nuts_code"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("intro"),
        APIField("hero_image"),
        APIField("body"),
        APIField("sectors", serializer=InlineList("code", "name")),
        APIField(
            "key_figures",
            serializer=InlineList("label", "value", "unit", "year", "source"),
        ),
        APIField(
            "stakeholders",
            serializer=InlineList(
                "organisation",
                "category",
                "website",
                "role",
                choice_labels=["category"],
            ),
        ),
        APIField("desk_name"),
        APIField("desk_email"),
        APIField("desk_phone"),
        APIField("desk_url"),
    ]

    parent_page_types = ["regions.RegionIndexPage"]
    subpage_types = [
        "regions.ValueChainPage",
        "branding.BrandPage",
        "branding.ShowcasePage",
        "regions.ActionPlanPage",
    ]

    class Meta:
        verbose_name = _("region page")
        verbose_name_plural = _("region pages")

    @cached_property
    def sectors(self):
        return [link.sector for link in self.region_sectors.all()]

    def get_value_chains(self):
        return (
            visible_pages(None, ValueChainPage.objects.child_of(self))
            .select_related("sector")
            .defer_streamfields()
            .order_by("path")
        )

    def get_featured_pages(self):
        """The region's own pages its profile links to as buttons (its investor
        showcase, its territorial brand): child page types that set
        ``region_button`` ("primary" or "secondary"). The apps above this one
        define them, so regions names none. One query; plain pages (a link needs
        only the title and URL), primary ones first."""
        styles = {
            model: model.region_button
            for model in get_page_models()
            if getattr(model, "region_button", None)
        }
        if not styles:
            return []
        by_type = {
            ContentType.objects.get_for_model(model).pk: style
            for model, style in styles.items()
        }
        pages = visible_pages(None, Page.objects.child_of(self).type(*styles))
        featured = [
            (page, by_type.get(page.content_type_id, "secondary"))
            for page in pages.only(
                "pk", "title", "url_path", "content_type_id"
            ).order_by("path")
        ]
        return sorted(featured, key=lambda item: item[1] != "primary")

    def get_action_plans(self, request=None):
        """The region's Local Action Plans the visitor may see (internal ones too,
        for the region's own people)."""
        from .action_plans import ActionPlanPage

        plans = (
            ActionPlanPage.objects.child_of(self)
            .live()
            .defer_streamfields()
            .order_by("path")
        )
        return list(visible_pages(request, plans))

    def get_internal_content(self, request=None):
        """The region's internal pages and documents (LSG minutes, working drafts)
        that the visitor may open: its own people and the lead partner see them,
        everyone else sees nothing (the access layer decides)."""
        from wagtail.documents import get_document_model
        from wagtail.models import PageViewRestriction

        from cms.access import viewer_for
        from cms.governance import region_governance_for

        if request is None or not request.user.is_authenticated:
            return [], []
        restricted = PageViewRestriction.objects.values("page_id")
        pages = visible_pages(
            request,
            Page.objects.child_of(self).live().filter(pk__in=restricted),
        ).order_by("path")
        governance = region_governance_for(self)
        documents = []
        if governance is not None and governance.internal_collection_id:
            documents = viewer_for(request).documents(
                get_document_model()
                .objects.filter(collection_id=governance.internal_collection_id)
                .order_by("title")
            )
        return list(pages), list(documents)

    def get_stakeholder_groups(self):
        """Members grouped by category, in the order the categories are listed."""
        members = list(self.stakeholders.all())
        groups = []
        for value, label in StakeholderMember.Category.choices:
            in_group = [m for m in members if m.category == value]
            if in_group:
                groups.append((label, in_group))
        return groups

    def get_map(self, request):
        """The region on a map of its surroundings, with the places other apps
        register for it (a showcase's investment sites)."""
        return build_map(
            gettext("Map of %(region)s") % {"region": self.title},
            [
                (self.title, "", self.latitude, self.longitude, "region"),
                *region_points(self, request),
            ],
            fit=True,
            listed=True,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            value_chains=self.get_value_chains(),
            featured_pages=self.get_featured_pages(),
            stakeholder_groups=self.get_stakeholder_groups(),
            action_plans=self.get_action_plans(request),
            region_map=self.get_map(request),
            region_sections=region_sections(self, request),
        )
        context["internal_pages"], context["internal_documents"] = (
            self.get_internal_content(request)
        )
        return context

    @translated_path("factsheet", FACTSHEET_SEGMENTS)
    def factsheet_pdf(self, request):
        """The profile's factsheet, generated from its published data."""
        return serve_factsheet(self, build_region_factsheet)

    def get_factsheet_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("factsheet")
