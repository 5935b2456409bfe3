"""The helpers of the cross-app tests: one import for everything.

The app-free ones live in the floor (``cms.testing``) and the page look-ups beside
their factories, so that each app's own tests import them without reaching into
``tests/``.
"""

from branding.factories import showcase
from cms.testing import LANGUAGES, body, live_pages_in, streamed_body, text, user
from practices.factories import practice
from regions.factories import region

__all__ = [
    "LANGUAGES",
    "body",
    "live_pages_in",
    "practice",
    "region",
    "showcase",
    "streamed_body",
    "text",
    "user",
]
