"""Translations under the same review as every change.

wagtail-localize edits a translation segment by segment; this package puts the
result through the site's review workflow (``review``), offers machine
translation as a first draft when the environment configures it (``machine``),
and tells each region which pages are missing, outdated, in review or up to date
in which language (``status``, with its admin view and dashboard panel).
"""
