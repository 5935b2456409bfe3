"""“Invest”: the index of every region's showcase."""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page

from cms.access import visible_pages
from home.models import BasePage
from regions.maps import build_map
from regions.models import RegionPage, Sector

from .showcase import ShowcasePage


class InvestIndexPage(BasePage):
    """“Invest”: every region's showcase, filterable by sector and kind of site."""

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
            .prefetch_related("showcase_sectors__sector", "investment_sites")
            .order_by("title")
        )

    def filter_showcases(self, showcases, form):
        sector = form.cleaned_data.get("sector")
        kind = form.cleaned_data.get("site_kind")
        if sector:
            showcases = showcases.filter(showcase_sectors__sector__code=sector)
        if kind:
            showcases = showcases.filter(investment_sites__kind=kind)
        return showcases.distinct()

    def attach_regions(self, showcases):
        """Each showcase's region from one query, instead of one per showcase."""
        parent_paths = {page.path[: -Page.steplen] for page in showcases}
        regions = {
            region.path: region
            for region in RegionPage.objects.filter(path__in=parent_paths).only(
                "title", "path", "url_path", "depth", "country", "locale_id"
            )
        }
        for page in showcases:
            page.listed_region = regions.get(page.path[: -Page.steplen])
        return showcases

    def get_context(self, request, *args, **kwargs):
        from branding.forms import ShowcaseFilterForm
        from home.pagination import paginate, querystring_without

        context = super().get_context(request, *args, **kwargs)
        form = ShowcaseFilterForm(
            request.GET, Sector.objects.filter(locale=self.locale).order_by("name")
        )
        showcases = self.get_showcases()
        if form.is_valid():
            showcases = self.filter_showcases(showcases, form)
            kind = form.cleaned_data.get("site_kind")
        else:
            context["status"] = 400
            kind = ""
        showcases = self.attach_regions(list(showcases))
        points = []
        for showcase in showcases:
            for site in showcase.investment_sites.all():
                if not kind or site.kind == kind:
                    points.append(
                        (
                            site.name,
                            f"{showcase.url}#site-{site.pk}",
                            site.latitude,
                            site.longitude,
                        )
                    )
        context.update(
            filter_form=form,
            is_filtered=form.is_valid() and any(form.cleaned_data.values()),
            showcases=showcases,
            page_obj=paginate(request, showcases, per_page=12),
            base_query=querystring_without(request, "page"),
            sites_map=build_map(gettext("Map of the investment sites"), points),
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        status = getattr(response, "context_data", {}).get("status")
        if status:
            response.status_code = status
        return response
