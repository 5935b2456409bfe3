from django import template

register = template.Library()


@register.simple_tag
def subpage_url(page, name, request=None):
    """The URL of one of a routable page's extra routes (feeds, exports, .ics)."""
    return page.get_url(request) + page.reverse_subpage(name)
