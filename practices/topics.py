"""The names of topic tags in a language: what every page, facet and filter shows.

A practice's topics are taggit tags shared by every language; the tag's slug is
the key in web addresses (``?topic=digital-export``) and stored data. What a
visitor reads is the ``Topic`` snippet of that tag in the page's language, else
the English one (the source; a translation not made yet), else the tag's own
name (a tag nobody has named yet). The label is one SQL expression, so a whole
listing or facet gets its labels in the query it already runs, or in one query.
"""

from django.conf import settings
from django.db.models import F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from taggit.models import Tag
from wagtail.coreutils import get_supported_content_language_variant

from .models import Topic


def _name(tag, **locale):
    return Subquery(
        Topic.objects.filter(tag_id=OuterRef(tag), **locale)
        .order_by()
        .values("name")[:1]
    )


def topic_label(locale_id, tag="pk", tag_name="name"):
    """An expression for the label of the tag whose id is the outer query's
    ``tag`` field (its name ``tag_name``) in the locale ``locale_id``."""
    source = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return Coalesce(
        _name(tag, locale_id=locale_id),
        _name(tag, locale__language_code=source),
        F(tag_name),
    )


def topic_labels(tag_ids, locale_id):
    """{tag id: label} of ``tag_ids`` in ``locale_id``, in one query whatever
    their number (for a whole listing at once)."""
    tag_ids = set(tag_ids)
    if not tag_ids:
        return {}
    return dict(
        Tag.objects.filter(pk__in=tag_ids)
        .annotate(label=topic_label(locale_id))
        .values_list("pk", "label")
    )


def labelled_topics(tags, locale_id):
    """``tags`` (a tag queryset or a list, such as ``page.topics.all()``) with a
    ``label`` each, sorted by it. One query: the tags and their labels together,
    or only the labels for tags already in memory (a page preview)."""
    if isinstance(tags, QuerySet):
        tags = list(tags.annotate(label=topic_label(locale_id)))
    else:
        tags = list(tags)
        labels = topic_labels([tag.pk for tag in tags if tag.pk], locale_id)
        for tag in tags:
            tag.label = labels.get(tag.pk, tag.name)
    return sorted(tags, key=lambda tag: (tag.label.casefold(), tag.slug))
