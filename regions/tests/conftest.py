"""Two governed regions (the root `governed` fixture), each with a published plan."""

from types import SimpleNamespace

import pytest

from regions.factories import make_plan, make_report


@pytest.fixture
def plans(governed):  # noqa: F811
    north = make_plan(governed.north.region, title="North plan", slug="north-plan")
    south = make_plan(governed.south.region, title="South plan", slug="south-plan")
    north_report = make_report(north, "2019-04", values=[5, 10])
    south_report = make_report(south, "2019-04", values=[1, 2])
    return SimpleNamespace(
        governed=governed,
        north=north,
        south=south,
        north_report=north_report,
        south_report=south_report,
    )
