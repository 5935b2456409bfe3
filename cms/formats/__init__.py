"""Formats that differ from Django's defaults (``FORMAT_MODULE_PATH``)."""
