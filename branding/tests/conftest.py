"""Fixtures shared by the site finder's and the maps' tests."""

import pytest

from branding.factories import hide_other_showcases, make_showcase
from regions.factories import make_region


@pytest.fixture
def own_showcase(db):
    """One showcase of its own, the others offline: the finder shows only it."""
    region = make_region("Test Plain", "test-plain", latitude=45.0, longitude=10.0)
    showcase = make_showcase(region)["en"]
    hide_other_showcases([showcase])
    return showcase
