"""Pagination lives in the floor's listing toolkit (cms/listing.py); these names
stay importable from here until every listing imports them from there."""

from cms.listing import DEFAULT_PER_PAGE, paginate, querystring_without

__all__ = ["DEFAULT_PER_PAGE", "paginate", "querystring_without"]
