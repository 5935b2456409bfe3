"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Heading"), max_length=200, help_text=_("The words of the heading.")
    )
    size = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Sub-heading (H3)"))],
        default="h2",
        help_text=_("Use H2 for sections and H3 inside a section, never skip a level."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "Three thematic pillars", "size": "h2"}


class ImageStructValue(blocks.StructValue):
    def alt(self):
        """Decorative images get an empty alt so screen readers skip them."""
        if self.get("decorative"):
            return ""
        return self.get("alt_text") or (
            self.get("image").title if self.get("image") else ""
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"), help_text=_("The picture to show."))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Leave empty only if the image is decorative."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative"),
        required=False,
        help_text=_(
            "Tick if the image adds nothing to the text; it is then hidden "
            "from screen readers."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=250,
        help_text=_("Shown under the image; include the credit if needed."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        value_class = ImageStructValue
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), help_text=_("The quoted words."))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=200,
        help_text=_("Who said it, and in which role."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        preview_value = {
            "quote": "Internationalisation starts with a territory that knows its "
            "strengths.",
            "attribution": "COMPETE IN partner",
        }


class CallToActionStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), max_length=120, help_text=_("A short, active title.")
    )
    text = blocks.TextBlock(
        label=_("Text"), required=False, help_text=_("One or two sentences.")
    )
    label = blocks.CharBlock(
        label=_("Button label"),
        max_length=60,
        help_text=_("Say where the link goes, e.g. 'Browse the practices'."),
    )
    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("An internal page; the visitor's language version is used."),
    )
    external_url = blocks.URLBlock(
        label=_("External link"),
        required=False,
        help_text=_("Used only when no page is chosen."),
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        value_class = CallToActionStructValue
        label = _("Call to action")
        preview_value = {
            "title": "Find a good practice",
            "text": "Twenty-one practices from seven regions.",
            "label": "Browse the library",
            "external_url": "https://example.org/",
        }

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("external_url"):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _("Choose a page or enter an external link.")
                    ),
                }
            )
        return value


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Body")
