"""The practice library's map: one point per origin region with its count."""

import re

from regions.tests.test_basemap import assert_readable


def test_the_practice_library_maps_practices_by_region(client, db):
    response = client.get("/en/good-practices/")
    assert response.status_code == 200
    svg_map = response.context["library"]["region_map"]
    assert svg_map.points
    assert all(re.fullmatch(r".+: \d+ practices?", p.label) for p in svg_map.points)
    assert all(p.url.startswith("?region=") for p in svg_map.points)
    html = response.content.decode()
    assert 'id="practices-map-title"' in html
    assert_readable(svg_map)


def test_the_library_map_follows_the_other_filters(client, db):
    everything = client.get("/en/good-practices/").context["library"]["region_map"]
    narrowed = client.get("/en/good-practices/", {"pillar": "governance"})
    svg_map = narrowed.context["library"]["region_map"]
    total = sum(int(p.label.rsplit(": ", 1)[1].split()[0]) for p in svg_map.points)
    assert total <= narrowed.context["library"]["total"]
    assert all("pillar=governance" in p.url for p in svg_map.points)
    assert len(svg_map.points) <= len(everything.points)
