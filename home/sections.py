"""What the home page shows of the apps above it.

``home`` is the lowest app layer: it may not import regions, practices or
branding. Each of them tells the home page, through Wagtail's hook registry,

- ``register_home_featured_kind``: a kind of page an editor may feature (the
  partner regions, the latest practices, the coming events...), with the
  automatic choice used when the editor picks none;
- ``register_home_figure``: a partnership figure it can count (regions,
  countries, practices, exchange events, investment sites);
- ``register_home_map``: the map of the partner regions.

A hook returns a ``FeaturedKind``, a ``PartnershipFigure`` or a ``HomeMap``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.functional import Promise
from wagtail import hooks
from wagtail.models import Page

from cms.access import public_viewer


@dataclass(frozen=True)
class FeaturedKind:
    """A kind of page the home page may feature.

    ``automatic(queryset, limit)`` returns the pages shown when the editor chose
    none, from the visible pages of ``model`` in the page's language;
    ``describe(page)`` is the card's line under the title (a country, a date);
    ``prepare(queryset)`` adds the ``select_related``/``prefetch_related`` the
    cards need, so that a card costs no query.
    """

    code: str
    label: str | Promise
    model: type
    automatic: Callable
    describe: Callable = lambda page: ""
    prepare: Callable = lambda queryset: queryset
    index_model: type | None = None
    order: int = 50

    def index(self, locale, viewer):
        """The page that lists every page of the kind, in ``locale``, if any."""
        if self.index_model is None:
            return None
        return viewer.pages(self.index_model.objects.all(), locale=locale).first()

    def queryset(self, locale, viewer):
        queryset = viewer.pages(self.model.objects.all(), locale=locale)
        # The pictures' renditions come from Wagtail's renditions cache (not
        # prefetched: a prefetch would bypass that cache).
        return self.prepare(queryset.defer_streamfields().select_related("hero_image"))

    def pages(self, locale, viewer, chosen=(), limit=3):
        """The editor's choice, in its order and in ``locale``, else the
        automatic one; pages ``viewer`` may not open are left out."""
        queryset = self.queryset(locale, viewer)
        if chosen:
            found = in_language(chosen, queryset)
            if found:
                return found[:limit]
        return list(self.automatic(queryset, limit))[:limit]


def in_language(page_ids, queryset):
    """The pages of ``queryset`` that are the versions of ``page_ids`` (in
    whatever language they were chosen), in the order of ``page_ids``: an editor
    chooses English pages, the Italian home page shows their Italian versions."""
    keys = dict(
        Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key")
    )
    order = {keys[pk]: rank for rank, pk in enumerate(page_ids) if pk in keys}
    pages = list(queryset.filter(translation_key__in=order))
    pages.sort(key=lambda page: order[page.translation_key])
    return pages


@dataclass(frozen=True)
class PartnershipFigure:
    """A figure of the partnership, counted live: ``count(locale, viewer)``."""

    code: str
    label: str | Promise
    count: Callable
    order: int = 50


@dataclass(frozen=True)
class HomeMap:
    """The map of the partner regions: ``context(locale, viewer)`` for ``template``;
    ``stylesheet``, a static path the home page links to when it shows the map."""

    template: str
    context: Callable
    stylesheet: str = ""


def _registered(hook_name):
    return sorted(
        (fn() for fn in hooks.get_hooks(hook_name)), key=lambda item: item.order
    )


def featured_kinds():
    return {kind.code: kind for kind in _registered("register_home_featured_kind")}


def featured_kind_choices():
    """The choices of the home page's "Featured pages" block."""
    return [(kind.code, kind.label) for kind in featured_kinds().values()]


def partnership_figures(locale, viewer):
    """``(figure, value)`` for every registered figure, in order."""
    return [
        (figure, figure.count(locale, viewer))
        for figure in _registered("register_home_figure")
    ]


def section_viewer(parent_context):
    """Who the sections are chosen for: the public, whoever asks, so that the
    home page is the same for everyone (and cached once); read once a request."""
    return public_viewer((parent_context or {}).get("request"))


def home_map():
    maps = [fn() for fn in hooks.get_hooks("register_home_map")]
    return maps[0] if maps else None
