"""Where an editor or coordinator of one region starts in the admin.

Wagtail starts everyone at the top of the page tree: here, five identical
"COMPETE IN" home pages, with a warning that pages created at the root have no
URL, and a summary of every page of the site. A person who works for one region
starts in that region instead, in the language of their admin:

- the **Pages** menu opens on their region's subtree;
- the shared indexes they add pages to (the practice library: see
  ``cms.governance.shared_index_pages``) follow it in the menu, so they need not
  climb the tree to reach them;
- the admin home counts their region's pages, and says whose they are.

The lead partner and people of several regions keep Wagtail's start.
"""

from django.urls import reverse
from django.utils.translation import get_language, ngettext
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem, SummaryItem
from wagtail.admin.ui.sidebar import (
    PageExplorerMenuItem as PageExplorerMenuItemComponent,
)
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Locale, Page

from cms.access import viewer_for
from cms.access.viewer import COORDINATOR, EDITOR
from cms.governance import shared_index_pages
from cms.languages import language_code
from cms.regional import region_page_model

_UNSET = object()


def home_region_page(request):
    """The region an editor or coordinator of a single region works in, in the
    language of their admin (else the default language); None for everyone else.
    Read once per request."""
    cached = getattr(request, "_competein_home_region", _UNSET)
    if cached is not _UNSET:
        return cached
    region = None
    viewer = viewer_for(request)
    keys = (
        ()
        if viewer.is_lead_partner or viewer.is_superuser
        else viewer.region_keys(EDITOR, COORDINATOR)
    )
    if len(keys) == 1:
        pages = region_page_model().objects.filter(translation_key__in=keys)
        language = language_code(get_language())
        region = pages.filter(locale__language_code=language).first() or (
            pages.filter(locale=Locale.get_default()).first()
        )
    request._competein_home_region = region
    return region


def shared_indexes_in_language(region):
    """The shared indexes in the region page's language (else the default)."""
    pages = shared_index_pages()
    in_language = list(pages.filter(locale_id=region.locale_id))
    return in_language or list(pages.filter(locale=Locale.get_default()))


def start_in_the_region(request, menu_items):
    """``construct_main_menu``: Pages opens on the region; the shared indexes
    follow it."""
    region = home_region_page(request)
    if region is None:
        return
    for index, item in enumerate(list(menu_items)):
        if not isinstance(item, ExplorerMenuItem):
            continue
        menu_items[index] = RegionExplorerMenuItem(
            item.label,
            item.url,
            name=item.name,
            icon_name=item.icon_name,
            classname=item.classname,
            order=item.order,
            start_page=region,
        )
        for number, page in enumerate(shared_indexes_in_language(region), start=1):
            menu_items.append(
                MenuItem(
                    page.title,
                    reverse("wagtailadmin_explore", args=[page.pk]),
                    name=f"shared-index-{page.pk}",
                    icon_name="folder-inverse",
                    order=item.order + number,
                )
            )
        return


class RegionExplorerMenuItem(ExplorerMenuItem):
    """Wagtail's Pages menu, opening on ``start_page``."""

    def __init__(self, *args, start_page, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_page = start_page

    def get_context(self, request):
        context = super().get_context(request)
        context["start_page_id"] = self.start_page.pk
        return context

    def render_component(self, request):
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            self.url,
            self.start_page.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


class RegionPagesSummaryItem(SummaryItem):
    """ "48 pages of Silesia", linking to the region in the explorer, in place of
    Wagtail's count of the whole site's pages."""

    order = PagesSummaryItem.order
    template_name = "cms/workspace/region_pages_summary.html"

    def __init__(self, request, region):
        super().__init__(request)
        self.region = region

    def get_context_data(self, parent_context):
        translations = self.region.get_translations(inclusive=True)
        paths = list(translations.values_list("path", flat=True))
        pages = Page.objects.none()
        for path in paths:
            pages = pages | Page.objects.filter(path__startswith=path)
        count = pages.count()
        return {
            "url": reverse("wagtailadmin_explore", args=[self.region.pk]),
            "text": ngettext(
                "%(count)d page of %(region)s, in every language",
                "%(count)d pages of %(region)s, in every language",
                count,
            )
            % {"count": count, "region": self.region.title},
        }


def region_summary(request, summary_items):
    """``construct_homepage_summary_items``: the region's pages, not the site's."""
    region = home_region_page(request)
    if region is None:
        return
    summary_items[:] = [
        RegionPagesSummaryItem(request, region)
        if isinstance(item, PagesSummaryItem)
        else item
        for item in summary_items
    ]


__all__ = [
    "home_region_page",
    "region_summary",
    "start_in_the_region",
    "RegionExplorerMenuItem",
    "RegionPagesSummaryItem",
]
