"""``{% cached_fragment %}``: a part of a template kept under the content
generation, for everyone or per audience (cms.fragments)::

    {% cached_fragment "home-sections" page.pk %}...{% endcached_fragment %}
    {% cached_fragment "library" page.pk library_key per_audience %}
    ...{% endcached_fragment %}

Without ``per_audience`` the part must show the same to everyone (what the
public viewer sees); with it, each audience of the access layer gets its own.
Nothing personal (a CSRF token, a name) may be inside either. When a part is
None the fragment is rendered afresh and not kept (a listing's address with
unknown parameters, ``Listing.fragment_key``).
"""

from django import template
from django.utils.safestring import mark_safe

from cms.fragments import audience_of, cached_fragment

register = template.Library()

PER_AUDIENCE = "per_audience"


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, parts, per_audience):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts
        self.per_audience = per_audience

    def render(self, context):
        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        name = self.name.resolve(context)
        parts = [part.resolve(context) for part in self.parts]
        if any(part is None for part in parts):
            return self.nodelist.render(context)
        audience = audience_of(request, everyone=not self.per_audience)
        html = cached_fragment(
            name,
            request,
            lambda: str(self.nodelist.render(context)),
            audience=audience,
            parts=parts,
        )
        return mark_safe(html)  # noqa: S308 (rendered by this template)


@register.tag("cached_fragment")
def do_cached_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            "'cached_fragment' needs a name: {% cached_fragment \"name\" ... %}"
        )
    per_audience = bits[-1] == PER_AUDIENCE
    if per_audience:
        bits = bits[:-1]
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
        per_audience,
    )
