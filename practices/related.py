"""The related practices shown next to a practice: same language, sharing the
pillar or a topic, most shared topics first."""

from django.db.models import Count, Q

from cms.access import visible_pages

from .models import PracticePage, PracticePageTag


def related_practices(practice, request, limit=3):
    """Practices of the same language sharing the pillar or a topic.

    Shared topics are counted in the database and the practices with most
    topics in common come first. The ranking groups primary keys only and
    the winners are fetched afterwards: grouping whole page rows cost
    160 ms at 10,000 practices, this about 45 ms (benchmarks/RESULTS.md).
    """
    topic_ids = PracticePageTag.objects.filter(content_object_id=practice.pk).values(
        "tag_id"
    )
    ranked = list(
        visible_pages(request, PracticePage.objects.all(), locale=practice.locale)
        .exclude(pk=practice.pk)
        .filter(Q(pillar=practice.pillar) | Q(tagged_items__tag_id__in=topic_ids))
        .values("pk")
        .annotate(
            shared_topics=Count(
                "tagged_items",
                filter=Q(tagged_items__tag_id__in=topic_ids),
                distinct=True,
            )
        )
        .order_by("-shared_topics", "title", "pk")
        .values_list("pk", "shared_topics")[:limit]
    )
    pages = (
        PracticePage.objects.filter(pk__in=[pk for pk, _shared in ranked])
        .select_related("origin_region")
        .defer_streamfields()
        .in_bulk()
    )
    related = []
    for pk, shared in ranked:
        if pk in pages:
            pages[pk].shared_topics = shared
            related.append(pages[pk])
    return related
