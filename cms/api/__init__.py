"""The read-only open-data API: Wagtail API v2 at /api/v2/ (pages, images, docs)."""
