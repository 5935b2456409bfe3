"""The translation editor's review panel (cms.translations.review)."""

from django import template

from cms.translations.review import review_panel

register = template.Library()


@register.inclusion_tag("cms/translations/review_panel.html", takes_context=True)
def translation_review_panel(context, page):
    request = context["request"]
    return {
        "panel": review_panel(page, request.user),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }
