"""Bulk open-data exports (CSV, XLSX, JSON) per language, streamed."""
