"""What the home page shows of the practices and exchange activities: the
latest practices and the coming (else the latest) events as featured pages, and
their counts (registered with ``home.sections``)."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.sections import FeaturedKind, PartnershipFigure

from .models import EventIndexPage, EventPage, PracticeIndexPage, PracticePage


def latest_practices(queryset, limit):
    return queryset.order_by("-first_published_at", "-pk")[:limit]


def describe_practice(page):
    parts = [page.get_pillar_display()]
    if page.origin_region_id and page.origin_region:
        parts.insert(0, page.origin_region.title)
    return " · ".join(str(part) for part in parts if part)


def coming_then_latest(queryset, limit, now=None):
    """The coming activities, soonest first; when fewer than ``limit`` are
    coming, the latest ones that took place fill the rest."""
    now = now or timezone.now()
    coming = list(queryset.filter(end__gte=now).order_by("start")[:limit])
    if len(coming) < limit:
        coming += list(
            queryset.filter(end__lt=now).order_by("-start")[: limit - len(coming)]
        )
    return coming


def describe_event(page):
    parts = [
        page.get_kind_display(),
        date_format(timezone.localtime(page.start), "DATE_FORMAT"),
    ]
    if page.host_region_id and page.host_region:
        parts.append(page.host_region.title)
    return " · ".join(str(part) for part in parts)


@hooks.register("register_home_featured_kind")
def featured_practices():
    return FeaturedKind(
        code="practices",
        label=_("Good practices"),
        model=PracticePage,
        automatic=latest_practices,
        describe=describe_practice,
        prepare=lambda queryset: queryset.select_related("origin_region"),
        index_model=PracticeIndexPage,
        order=20,
    )


@hooks.register("register_home_featured_kind")
def featured_events():
    return FeaturedKind(
        code="events",
        label=_("Exchange activities"),
        model=EventPage,
        automatic=coming_then_latest,
        describe=describe_event,
        prepare=lambda queryset: queryset.select_related("host_region"),
        index_model=EventIndexPage,
        order=30,
    )


@hooks.register("register_home_figure")
def practices_figure():
    return PartnershipFigure(
        code="practices",
        label=_("good practices to learn from"),
        count=lambda locale, viewer: viewer.pages(
            PracticePage.objects.all(), locale=locale
        ).count(),
        order=30,
    )


@hooks.register("register_home_figure")
def events_figure():
    return PartnershipFigure(
        code="events",
        label=_("study visits, workshops and trainings"),
        count=lambda locale, viewer: viewer.pages(
            EventPage.objects.all(), locale=locale
        ).count(),
        order=40,
    )
