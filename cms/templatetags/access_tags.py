"""Template side of the access layer (cms.access).

``{% with doc=page.factsheet|viewable_by:request %}…{% endwith %}`` gives the
document (or image) when the visitor may open it, else None, so a public page
never lists the title of a document in a restricted collection.
"""

from django import template

from cms.access import viewer_for

register = template.Library()


@register.filter
def viewable_by(document, request):
    if document is None:
        return None
    return document if viewer_for(request).may_view_document(document) else None
