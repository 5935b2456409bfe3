"""StreamField blocks of brand and showcase pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class BrandValueBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Value"), max_length=80, help_text=_("One word or a short phrase.")
    )
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        help_text=_("What the value means for the territory, in a sentence."),
    )

    class Meta:
        icon = "pick"
        template = "branding/blocks/brand_value_block.html"
        label = _("Brand value")
        preview_value = {"name": "Openness", "description": "We welcome new ideas."}


class BrandAssetBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("File"), help_text=_("The logo pack, template or guideline file.")
    )
    description = blocks.CharBlock(
        label=_("Description"),
        required=False,
        max_length=200,
        help_text=_("What the file contains and when to use it."),
    )

    class Meta:
        icon = "doc-full"
        template = "branding/blocks/brand_asset_block.html"
        label = _("Brand asset")


class CampaignBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Campaign"), max_length=150, help_text=_("The campaign's name.")
    )
    year = blocks.IntegerBlock(
        label=_("Year"),
        required=False,
        min_value=1990,
        max_value=2100,
        help_text=_("When it ran."),
    )
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        help_text=_("Its audience, message and results."),
    )
    url = blocks.URLBlock(
        label=_("Link"), required=False, help_text=_("Where to see the campaign.")
    )

    class Meta:
        icon = "media"
        template = "branding/blocks/campaign_block.html"
        label = _("Campaign")
        preview_value = {
            "title": "Made in Emilia-Romagna",
            "year": 2019,
            "description": "Trade fairs abroad.",
        }


class SellingPointBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Selling point"),
        max_length=120,
        help_text=_("A short reason to invest, e.g. “Skilled workforce”."),
    )
    text = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        help_text=_("One or two sentences with evidence."),
    )

    class Meta:
        icon = "pick"
        template = "branding/blocks/selling_point_block.html"
        label = _("Selling point")
        preview_value = {
            "title": "Skilled workforce",
            "text": "Four universities train 20,000 engineers.",
        }
