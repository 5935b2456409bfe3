"""Formula-safe CSV cells, for every CSV the project writes.

A spreadsheet opens a CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a
tab or carriage return, which some programs strip first) as a formula, so text an
anonymous visitor typed into a form (``=HYPERLINK(...)``, ``@SUM(...)``) would run
in the coordinator's Excel. As OWASP recommends ("CSV Injection"), such a cell is
prefixed with a single quote, which makes it text. Numbers stay numbers: ints,
floats and decimals are never touched, nor is a string that is just a number
(``-12``, ``+3.5``, ``-1e3``), so negative figures still add up.

``install()`` (called once from ``CmsConfig.ready``) applies it to Wagtail's
``SpreadsheetExportMixin``, which writes the CSV of every admin listing export
(case viewsets, snippets, reports, form submissions), so no viewset can forget it;
the open-data writer calls ``safe_cell`` itself.
"""

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value):
    """``value`` made inert for a spreadsheet; anything but text is unchanged."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if NUMBER.fullmatch(value):
        return value
    return "'" + value


def install():
    """Make every admin spreadsheet export's CSV cells formula-safe."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_competein_formula_safe", False):
        return
    original = SpreadsheetExportMixin.preprocess_field_value

    def preprocess_field_value(self, field, value, export_format):
        result = original(self, field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return safe_cell(result)
        return result

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin._competein_formula_safe = True
