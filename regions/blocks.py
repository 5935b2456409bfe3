"""StreamField blocks of value chain pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ChainStageBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Stage"),
        max_length=120,
        help_text=_("The step of the chain, e.g. “Raw materials” or “Distribution”."),
    )
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        help_text=_("What happens at this stage, in one or two sentences."),
    )
    key_actors = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label=_("Actor")),
        label=_("Key actors"),
        help_text=_("Companies, research centres or bodies active at this stage."),
    )

    class Meta:
        icon = "list-ol"
        template = "regions/blocks/chain_stage_block.html"
        label = _("Stage")
        preview_value = {
            "name": "Processing",
            "description": "Milk is turned into cheese in local dairies.",
            "key_actors": ["Dairy cooperatives", "Consortium"],
        }


class KeyCompanyBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Company"), max_length=200, help_text=_("The company's name.")
    )
    activity = blocks.CharBlock(
        label=_("Activity"),
        required=False,
        max_length=250,
        help_text=_("What it does, in a few words."),
    )
    website = blocks.URLBlock(
        label=_("Website"), required=False, help_text=_("The company's website.")
    )

    class Meta:
        icon = "group"
        template = "regions/blocks/key_company_block.html"
        label = _("Key company")
        preview_value = {"name": "Example S.p.A.", "activity": "Tractors"}


class RelatedPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("Page"), help_text=_("A page on this site worth reading next.")
    )

    class Meta:
        icon = "link"
        template = "regions/blocks/related_page_block.html"
        label = _("Related page")
