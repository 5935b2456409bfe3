"""The API's endpoints and parameters as the public Open data page documents them."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def endpoints(request, language):
    pages = reverse("wagtailapi:pages:listing")
    images = reverse("wagtailapi:images:listing")
    documents = reverse("wagtailapi:documents:listing")
    return [
        {
            "url": pages,
            "example": f"{pages}?locale={language}&type=practices.PracticePage"
            "&fields=pillar,origin_region,topics",
            "description": _(
                "Published pages without access restrictions, in every language. "
                "Each page type adds its own fields (a practice's pillar and "
                "template fields, a region's key figures and stakeholders, an "
                "event's dates and outcomes)."
            ),
        },
        {
            "url": f"{pages}<id>/",
            "example": f"{pages}?locale={language}&type=regions.RegionPage",
            "description": _(
                "One page with all its fields and links to its translations."
            ),
        },
        {
            "url": images,
            "example": images,
            "description": _("Public images: title, size and download address."),
        },
        {
            "url": documents,
            "example": documents,
            "description": _(
                "Public documents (never those of a region's internal collection): "
                "title, type, language, date, description and download address."
            ),
        },
    ]


def parameters():
    return [
        ("locale", _("Only pages in this language: en, it, es, sv or pl.")),
        (
            "translation_of",
            _("Only the translations of the page with this id."),
        ),
        (
            "type",
            _(
                "Only pages of this type, e.g. practices.PracticePage, "
                "regions.RegionPage, practices.EventPage; needed to filter or "
                "order by that type's fields."
            ),
        ),
        (
            "fields",
            _(
                "Which fields to include, comma-separated; * for all, "
                "-name to leave one out."
            ),
        ),
        (
            "limit",
            _("How many items per answer (at most %(max)d).")
            % {"max": settings.WAGTAILAPI_LIMIT_MAX},
        ),
        ("offset", _("How many items to skip, for the next page of results.")),
        ("order", _("Sort by a field, e.g. title or -first_published_at.")),
        ("search", _("Full-text search.")),
        (
            "child_of / descendant_of",
            _("Only pages under the page with this id."),
        ),
        (
            "<field>=<value>",
            _("Only items whose field has this value, e.g. pillar=governance."),
        ),
    ]
