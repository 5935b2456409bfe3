from django import template
from django.template.loader import render_to_string
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from cms.access import public_viewer
from cms.fragments import cached_fragment
from home.models import FooterText, OpenDataPage, StandardPage
from home.navigation import language_links, locale_home

register = template.Library()


@register.simple_tag(takes_context=True)
def get_language_links(context):
    request = context.get("request")
    if request is None:
        return []
    return language_links(request, context.get("page"))


def _menu_entries(request):
    """The language home and its live, public in-menu children, as plain data."""
    home = locale_home(request)
    if home is None:
        return {"home_url": "/", "items": []}
    return {
        "home_url": home.get_url(request),
        "items": [
            {"title": item.title, "url": item.get_url(request), "path": item.path}
            for item in public_viewer(request)
            .pages(Page.objects.child_of(home))
            .in_menu()
            .order_by("path")
        ],
    }


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    entries = cached_fragment("menu", request, lambda: _menu_entries(request))
    current = context.get("page")
    current_path = getattr(current, "path", "") or ""
    items = []
    for item in entries["items"]:
        if item["path"] == current_path:
            state = "current"
        elif current_path.startswith(item["path"]):
            state = "ancestor"
        else:
            state = ""
        items.append((item, state))
    site_settings = context.get("settings")
    site_name = "COMPETE IN"
    if site_settings is not None:
        site_name = site_settings["home"]["SiteSettings"].site_name or site_name
    return {
        "home_url": entries["home_url"],
        "items": items,
        "site_name": site_name,
        "request": request,
        "language_links": context.get("language_links", []),
    }


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, rendered once per site, language and content generation."""
    request = context["request"]

    def build():
        home = locale_home(request)
        links = []
        if home is not None:
            links = list(
                public_viewer(request)
                .pages(Page.objects.child_of(home).type(StandardPage, OpenDataPage))
                .order_by("path")
            )
        return render_to_string(
            "includes/footer.html",
            {
                "footer_text": FooterText.for_active_locale(),
                "links": links,
                "settings": context.get("settings"),
                "request": request,
            },
        )

    return cached_fragment("footer", request, build)


@register.simple_tag(takes_context=True)
def absolute_page_url(context, page):
    """The page's URL on the host the visitor used (Site hostnames may differ).

    A routable page's own view (a plan's progress, a showcase's contact form) is
    a page of its own: its address, without the query string."""
    request = context.get("request")
    url = page.get_url(request)
    if request is None or not url:
        return page.full_url or ""
    if (
        isinstance(page, RoutablePageMixin)
        and request.path != url
        and request.path.startswith(url)
    ):
        url = request.path
    return request.build_absolute_uri(url)
