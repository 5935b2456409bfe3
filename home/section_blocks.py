"""The home page's sections: ways in, key figures, the partners' map and
featured pages, each editable and each with an automatic fallback.

What a section shows of the apps above ``home`` comes from ``home.sections``.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale, Page

from .blocks import CallToActionBlock
from .sections import (
    featured_kind_choices,
    featured_kinds,
    home_map,
    in_language,
    partnership_figures,
    section_viewer,
)


def page_locale(parent_context):
    page = (parent_context or {}).get("page")
    return getattr(page, "locale", None) or Locale.get_active()


def heading_block():
    return blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        required=False,
        help_text=_("The section's heading; leave empty for none."),
    )


class EntryPointBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("Page"),
        help_text=_("Where this way in leads; the visitor's language version is used."),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=80,
        required=False,
        help_text=_("Leave empty to use the page's title."),
    )
    text = blocks.TextBlock(
        label=_("Text"),
        required=False,
        help_text=_("One sentence: what the visitor finds there."),
    )

    class Meta:
        icon = "link"
        label = _("Way in")


class EntryPointsBlock(blocks.StructBlock):
    heading = heading_block()
    entries = blocks.ListBlock(
        EntryPointBlock(),
        label=_("Ways in"),
        help_text=_(
            "Three to five sections of the site. Leave empty to list the pages of "
            "the main menu with their search descriptions."
        ),
    )

    class Meta:
        icon = "list-ul"
        template = "home/sections/entry_points.html"
        label = _("Ways in")
        preview_value = {"heading": "Find your way", "entries": []}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        locale = page_locale(parent_context)
        viewer = section_viewer(parent_context)
        chosen = [entry for entry in value["entries"] if entry["page"]]
        if chosen:
            visible = viewer.pages(Page.objects.all(), locale=locale)
            pages = {
                page.translation_key: page
                for page in in_language([entry["page"].pk for entry in chosen], visible)
            }
            items = []
            for entry in chosen:
                page = pages.get(entry["page"].translation_key)
                if page is not None:
                    items.append(
                        {
                            "title": entry["title"] or page.title,
                            "text": entry["text"] or page.search_description,
                            "page": page,
                        }
                    )
        else:
            home = (parent_context or {}).get("page")
            children = (
                viewer.pages(Page.objects.child_of(home), locale=locale)
                .in_menu()
                .order_by("path")
                if home is not None
                else []
            )
            items = [
                {"title": page.title, "text": page.search_description, "page": page}
                for page in children
            ]
        context["items"] = items
        return context


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label=_("Figure"),
        max_length=20,
        help_text=_("The number as it should read, e.g. “1.4 million” or “21”."),
    )
    label = blocks.CharBlock(
        label=_("What it counts"),
        max_length=80,
        help_text=_("E.g. “euros of budget” or “good practices identified”."),
    )
    year = blocks.IntegerBlock(
        label=_("Year"),
        required=False,
        min_value=1990,
        max_value=2100,
        help_text=_("The year the figure refers to."),
    )
    source = blocks.CharBlock(
        label=_("Source"),
        max_length=120,
        required=False,
        help_text=_("Where the figure comes from, e.g. “Interreg Europe”."),
    )

    class Meta:
        icon = "order"
        label = _("Figure")


class KeyFiguresBlock(blocks.StructBlock):
    heading = heading_block()
    counts = blocks.BooleanBlock(
        label=_("Live counts"),
        required=False,
        default=True,
        help_text=_(
            "Show the partnership's live counts first: partner regions, countries, "
            "good practices, exchange events and investment sites."
        ),
    )
    figures = blocks.ListBlock(
        FigureBlock(),
        label=_("Figures"),
        help_text=_("Figures of your own, each with its year and source."),
    )

    class Meta:
        icon = "table"
        template = "home/sections/key_figures.html"
        label = _("Key figures")
        preview_value = {"heading": "The partnership in figures", "counts": True}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        cards = []
        if value["counts"]:
            today = timezone.localdate()
            figures = partnership_figures(
                page_locale(parent_context), section_viewer(parent_context)
            )
            for figure, count in figures:
                if count:
                    cards.append(
                        {
                            "value": count,
                            "label": figure.label,
                            "year": today.year,
                            "live": True,
                        }
                    )
        for figure in value["figures"]:
            cards.append(dict(figure))
        context["cards"] = cards
        return context


class PartnerMapBlock(blocks.StructBlock):
    heading = heading_block()
    text = blocks.TextBlock(
        label=_("Text"),
        required=False,
        help_text=_("A sentence beside the map."),
    )

    class Meta:
        icon = "site"
        template = "home/sections/partner_map.html"
        label = _("Map of the partner regions")
        preview_value = {"heading": "Seven regions, five countries"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        found = home_map()
        if found is not None:
            context["map_template"] = found.template
            context.update(
                found.context(
                    page_locale(parent_context), section_viewer(parent_context)
                )
            )
        return context


class FeaturedPagesBlock(blocks.StructBlock):
    heading = heading_block()
    kind = blocks.ChoiceBlock(
        label=_("What to feature"),
        choices=featured_kind_choices,
        help_text=_("The kind of page this section shows."),
    )
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Page")),
        label=_("Chosen pages"),
        help_text=_(
            "Pages of that kind, in the order to show them. Leave empty for the "
            "automatic choice: the partner regions, the latest practices, the "
            "coming events (else the latest) or the showcases."
        ),
    )
    count = blocks.IntegerBlock(
        label=_("How many"),
        default=3,
        min_value=1,
        max_value=9,
        help_text=_("The most cards to show (1 to 9)."),
    )
    link_label = blocks.CharBlock(
        label=_("Link to all"),
        max_length=60,
        required=False,
        help_text=_("Words of the link under the cards, e.g. “All practices”."),
    )

    class Meta:
        icon = "doc-full"
        template = "home/sections/featured_pages.html"
        label = _("Featured pages")
        preview_value = {"heading": "Latest good practices", "kind": "practices"}

    def clean(self, value):
        value = super().clean(value)
        kind = featured_kinds().get(value["kind"])
        if kind is not None:
            wrong = [
                page.title
                for page in value["pages"]
                if page is not None
                and not isinstance(page.specific_deferred, kind.model)
            ]
            if wrong:
                raise StructBlockValidationError(
                    block_errors={
                        "pages": ValidationError(
                            _(
                                "Choose only pages of the kind “%(kind)s”; "
                                "not: %(pages)s."
                            )
                            % {"kind": kind.label, "pages": ", ".join(wrong)}
                        )
                    }
                )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        kind = featured_kinds().get(value["kind"])
        context["cards"] = []
        if kind is not None:
            locale = page_locale(parent_context)
            viewer = section_viewer(parent_context)
            chosen = [page.pk for page in value["pages"] if page is not None]
            pages = kind.pages(locale, viewer, chosen, value["count"] or 3)
            context["cards"] = [(page, kind.describe(page)) for page in pages]
            context["index_page"] = kind.index(locale, viewer)
        return context


class HomeSectionsBlock(blocks.StreamBlock):
    entry_points = EntryPointsBlock()
    key_figures = KeyFiguresBlock()
    partner_map = PartnerMapBlock()
    featured = FeaturedPagesBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Sections")
