"""Colour checks for brand palettes: hex syntax and WCAG 2.1 contrast ratios."""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")
AA_NORMAL = 4.5
AA_LARGE = 3.0


def validate_hex_colour(value):
    if not HEX_PATTERN.match(value or ""):
        raise ValidationError(
            _(
                "“%(value)s” is not a colour code: write # followed by six hexadecimal "
                "digits (0–9, A–F), for example #003399."
            ),
            code="invalid_hex",
            params={"value": value},
        )


def _channel(value):
    """sRGB channel (0–255) to linear light, as WCAG 2.1 defines it."""
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour):
    validate_hex_colour(hex_colour)
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first, second):
    """WCAG contrast ratio between two hex colours, from 1 to 21."""
    lighter, darker = sorted(
        (relative_luminance(first), relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


@dataclass
class Contrast:
    against: str
    ratio: float

    @property
    def rounded(self):
        """Rounded down, so 4.499 never shows as a passing 4.5."""
        return int(self.ratio * 100) / 100

    @property
    def passes_aa(self):
        return self.ratio >= AA_NORMAL

    @property
    def passes_aa_large(self):
        return self.ratio >= AA_LARGE


def contrast_report(hex_colour):
    """Contrast of the colour against white and black text, or None if invalid."""
    try:
        return [
            Contrast("#FFFFFF", contrast_ratio(hex_colour, "#FFFFFF")),
            Contrast("#000000", contrast_ratio(hex_colour, "#000000")),
        ]
    except ValidationError:
        return None


def best_text_colour(hex_colour):
    """White or black, whichever reads better on the colour."""
    report = contrast_report(hex_colour)
    if report is None:
        return "#000000"
    white, black = report
    return white.against if white.ratio >= black.ratio else black.against
