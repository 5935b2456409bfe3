"""“Invest”: the index of every region's showcase."""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page

from cms.access import visible_pages
from home.models import BasePage
from home.translated_routes import TranslatedRoutesMixin, translated_path
from regions.models import RegionPage

from .showcase import ShowcasePage


class InvestIndexPage(TranslatedRoutesMixin, BasePage):
    """“Invest”: every region's showcase, filterable by sector and kind of site,
    and the site finder (every investment site of every showcase) under it."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short text above the list of showcases."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("invest index page")
        verbose_name_plural = _("invest index pages")

    def get_showcases(self):
        return (
            visible_pages(None, ShowcasePage.objects.all(), locale=self.locale)
            .defer_streamfields()
            .prefetch_related("showcase_sectors__sector")
            .order_by("title")
        )

    def attach_regions(self, showcases):
        """Each showcase's region from one query, instead of one per showcase."""
        parent_paths = {page.path[: -Page.steplen] for page in showcases}
        regions = {
            region.path: region
            for region in RegionPage.objects.filter(path__in=parent_paths).only(
                "title",
                "slug",
                "path",
                "url_path",
                "depth",
                "country",
                "latitude",
                "longitude",
                "locale_id",
            )
        }
        for page in showcases:
            page.listed_region = regions.get(page.path[: -Page.steplen])
        return showcases

    def attach_sites(self, showcases):
        """Each showcase's sites as light tuples, with how many there are and
        of which kinds, from one query: a showcase may list hundreds of sites,
        which the overview counts and maps but does not show one by one."""
        from branding.finder import SiteRow

        from .inlines import InvestmentSite

        by_showcase = {page.pk: [] for page in showcases}
        rows = (
            InvestmentSite.objects.filter(page_id__in=list(by_showcase))
            .order_by("page_id", "sort_order", "pk")
            .values_list("pk", "page_id", "name", "kind", "latitude", "longitude")
        )
        for row in rows:
            by_showcase[row[1]].append(SiteRow(*row))
        labels = dict(InvestmentSite.Kind.choices)
        for page in showcases:
            page.site_rows = by_showcase[page.pk]
            kinds = {site.kind for site in page.site_rows}
            page.site_kinds = [labels[k] for k in labels if k in kinds]
        return showcases

    def regions_with_sectors(self, codes, showcases):
        """The regions whose profile lists one of the sectors ``codes`` and whose
        showcase is not among ``showcases``: where a sector filter would otherwise
        dead-end ("0 showcases" while a partner region works in the sector)."""
        listed = {s.listed_region.pk for s in showcases if s.listed_region}
        regions = RegionPage.objects.filter(region_sectors__sector__code__in=codes)
        return list(
            visible_pages(None, regions, locale=self.locale)
            .exclude(pk__in=listed)
            .distinct()
            .order_by("title")
        )

    def get_context(self, request, *args, finder=False, **kwargs):
        from branding.listing import ShowcaseListing

        context = super().get_context(request, *args, **kwargs)
        if finder:  # the site finder reads its own listing
            return context
        listing = ShowcaseListing(request, self.get_showcases(), page=self)
        # Every match is on the map, so the list is read whole and paginated.
        showcases = self.attach_sites(self.attach_regions(list(listing.results())))
        context.update(listing.context(results=showcases))
        kinds = listing.selected.get("site_kind")
        sectors = listing.selected.get("sector")
        if sectors:
            context["sector_regions"] = self.regions_with_sectors(sectors, showcases)
        from branding.finder import sites_map

        finder_url = self.get_url(request) + self.reverse_subpage("site_finder")
        context.update(
            showcases=showcases,
            sites_map=sites_map(
                gettext("Map of the investment sites"), showcases, kinds, finder_url
            ),
            finder_url=finder_url,
        )
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @translated_path(
        "site_finder",
        {
            "en": "sites/",
            "it": "aree/",
            "es": "emplazamientos/",
            "sv": "tomter/",
            "pl": "tereny/",
        },
    )
    def site_finder(self, request):
        """Every investment site of every showcase, filtered (branding.finder)."""
        from branding.finder import SiteFinder

        finder = SiteFinder(request, self)
        return self.render(
            request,
            template="branding/site_finder.html",
            context_overrides={
                "finder": finder.resolve(),
                "finder_url": self.get_url(request)
                + self.reverse_subpage("site_finder"),
            },
            finder=True,
        )
