"""The base map (Natural Earth land, coasts and borders) and the labels on it:
what a visitor sees on every map of the site."""

import re
import time

import pytest
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation

from regions.maps import (
    EUROPE,
    PARTNER_COUNTRIES,
    SPREAD,
    basemap,
    build_map,
    label_size,
    partner_map,
    project,
)

# The demo's partner regions (regions/demo_content/*.yaml) and the sites whose
# labels collide: two in Poznań (Wielkopolska's showcase), Bologna's next to
# Emilia-Romagna's point, Reggio Emilia next to Emilia-Romagna.
REGIONS = [
    ("Reggio Emilia", "/en/territories/reggio-emilia/", 44.69825, 10.63125, "region"),
    ("Emilia-Romagna", "/en/territories/emilia-romagna/", 44.49381, 11.33875, "region"),
    ("West Yorkshire", "/en/territories/west-yorkshire/", 53.80076, -1.54908, "region"),
    ("Valencia", "/en/territories/valencia/", 39.46975, -0.37739, "region"),
    ("Gävleborg", "/en/territories/gavleborg/", 60.67452, 17.14174, "region"),
    ("Silesia", "/en/territories/silesia/", 50.25841, 19.02754, "region"),
    ("Wielkopolska", "/en/territories/wielkopolska/", 52.40637, 16.92517, "region"),
]
POZNAN = [
    ("Września industrial park", "#site-1", 52.325, 17.565),
    ("Former Cegielski works, Poznań", "#site-2", 52.394, 16.912),
    ("Poznań Science and Technology Park", "#site-3", 52.394, 16.912),
    ("Wielkopolska", "", 52.40637, 16.92517, "region"),
]
EMILIA = [
    ("Bologna Technopole", "#site-1", 44.5144, 11.3695),
    ("Ferrara chemical district", "#site-2", 44.8333, 11.2941),
    ("Emilia-Romagna", "", 44.49381, 11.33875, "region"),
    ("Reggio Emilia", "/r/", 44.69825, 10.63125, "region"),
]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


def assert_readable(svg_map):
    """No label overlaps another label or any marker, and none leaves the frame."""
    labelled = [p for p in svg_map.points if p.box]
    markers = [
        (p.x - p.radius, p.x + p.radius, p.y - p.radius, p.y + p.radius)
        for p in svg_map.points
    ]
    for i, point in enumerate(labelled):
        left, right, top, bottom = point.box
        assert 0 <= left and right <= svg_map.width, point.label
        assert 0 <= top and bottom <= svg_map.height, point.label
        width, height = label_size(point.label)
        assert right - left == pytest.approx(width, abs=0.2)
        for other in labelled[i + 1 :]:
            assert not overlaps(point.box, other.box), (point.label, other.label)
        for marker in markers:
            assert not overlaps(point.box, marker), point.label
    for i, point in enumerate(svg_map.points):
        for other in svg_map.points[i + 1 :]:
            distance = ((point.x - other.x) ** 2 + (point.y - other.y) ** 2) ** 0.5
            assert distance >= SPREAD - 0.2, (point.label, other.label)
    # Every point either shows its label or a number explained by the key.
    assert all(p.box or p.number for p in svg_map.points)


def svg_of(html):
    return html[html.index("<svg") : html.index("</svg>") + 6]


def test_the_asset_has_europe_s_countries_with_coasts_and_borders():
    data = basemap()
    assert "Natural Earth" in data["source"]
    for level in data["levels"].values():
        assert PARTNER_COUNTRIES <= set(level["countries"])
        assert {"FR", "DE", "CH", "NO", "PT", "IE"} <= set(level["countries"])
        assert level["borders"]


def test_the_europe_map_draws_land_borders_and_shades_the_partner_countries():
    html = render_to_string(
        "regions/includes/svg_map.html",
        {"map": build_map("Partner regions", REGIONS), "map_id": "m"},
    )
    svg = svg_of(html)
    for code in PARTNER_COUNTRIES:
        assert re.search(
            rf'<path class="map-land map-land--partner map-land--{code}" d="M',
            svg,
        ), code
    assert re.search(r'<path class="map-land map-land--FR" d="M', svg)
    assert '<path class="map-border" d="M' in svg
    assert 'class="map-sea"' in svg
    assert "<script" not in svg and "style=" not in svg  # the strict CSP holds
    # The figure is the map and its caption (figcaption last, valid HTML).
    figure = html[html.index("<figure") : html.index("</figure>")]
    assert figure.rstrip().endswith("</figcaption>")
    assert len(html.encode()) < 60_000


def test_the_partner_regions_are_all_labelled_without_overlaps():
    svg_map = build_map("Partner regions", REGIONS)
    assert_readable(svg_map)
    assert all(point.box for point in svg_map.points)  # room for every name


def test_the_two_poznan_sites_are_both_reachable_and_labelled():
    svg_map = build_map("Sites", POZNAN, fit=True)
    assert_readable(svg_map)
    cegielski, science = svg_map.points[1], svg_map.points[2]
    # Same coordinates: the markers are moved apart, near their true place.
    true_x, true_y = project(52.394, 16.912, svg_map.bounds)
    for point in (cegielski, science):
        assert (
            abs(point.x - true_x) <= 2 * SPREAD and abs(point.y - true_y) <= 2 * SPREAD
        )


def test_reggio_emilia_and_emilia_romagna_do_not_overprint():
    assert_readable(build_map("Sites", EMILIA, fit=True))
    assert_readable(build_map("Regions", REGIONS[:2]))


def test_points_near_the_edges_keep_their_labels_inside():
    west, east, south, north = EUROPE
    corners = [
        ("North-east corner town", "/a/", north - 0.05, east - 0.05),
        ("South-west corner town", "/b/", south + 0.05, west + 0.05),
        ("North-west corner town", "/c/", north - 0.05, west + 0.05),
        ("South-east corner town", "/d/", south + 0.05, east - 0.05),
    ]
    svg_map = build_map("Edges", corners)
    assert_readable(svg_map)
    assert all(point.box for point in svg_map.points)


def test_a_crowd_falls_back_to_numbers_listed_in_the_key():
    crowd = [(f"Site number {n}", f"#site-{n}", 52.4, 16.9) for n in range(30)]
    svg_map = build_map("Crowd", crowd, fit=True)
    assert_readable(svg_map)
    numbered = svg_map.numbered
    assert numbered and [p.number for p in numbered] == list(
        range(1, len(numbered) + 1)
    )
    html = render_to_string(
        "regions/includes/svg_map.html", {"map": svg_map, "map_id": "c"}
    )
    key = html[html.index('<ol class="map-key__list">') :]
    for point in numbered:
        assert f'<li><a href="{point.url}">{point.label}</a></li>' in key
        assert f'aria-label="{point.number}. {point.label}"' in html


def test_every_point_is_a_named_link_and_the_svg_is_described():
    html = render_to_string(
        "regions/includes/svg_map.html",
        {"map": build_map("Partner regions", REGIONS), "map_id": "m"},
    )
    svg = svg_of(html)
    assert 'aria-labelledby="m-title"' in svg and 'aria-describedby="m-desc"' in svg
    assert '<title id="m-title">Partner regions</title>' in svg
    for label, url, *_rest in REGIONS:
        assert (
            f'<a class="map-point map-point--region" href="{url}" aria-label="{label}">'
            in svg
        )
    assert "<figcaption>" in html


def test_a_map_renders_in_a_few_milliseconds():
    assert build_map("Warm", REGIONS).base  # the asset is read once per process
    started = time.perf_counter()
    for _ in range(20):
        fitted = build_map("Sites", POZNAN, fit=True)
        render_to_string(
            "regions/includes/svg_map.html", {"map": fitted, "map_id": "s"}
        )
    per_map = (time.perf_counter() - started) / 20
    assert per_map < 0.05  # measured under 5 ms; generous for a busy machine


def test_fitted_maps_are_landscape_and_use_the_detailed_outlines():
    svg_map = build_map("Sites", POZNAN, fit=True)
    assert svg_map.height < svg_map.width
    detailed = svg_map.base
    europe = build_map("Regions", REGIONS).base
    assert 'map-land--PL"' in detailed and 'map-land--ES"' not in detailed
    assert 'map-land--ES"' in europe


@pytest.mark.parametrize("language", ["en", "it", "pl"])
def test_the_home_page_tag_maps_the_partner_regions(db, language):
    with translation.override(language):
        html = Template("{% load regions_tags %}{% partner_regions_map %}").render(
            Context({})
        )
        svg_map = partner_map()
    assert len(svg_map.points) == 7
    assert all(f"/{language}/" in point.url for point in svg_map.points)
    assert_readable(svg_map)
    assert html.count('class="map-point map-point--region"') == 7
    assert 'id="partner-map-title"' in html


def test_the_directory_map_shows_countries_and_every_region(client, db):
    response = client.get("/en/territories/")
    html = response.content.decode()
    svg = svg_of(html[html.index('<figure class="svg-map">') :])
    assert 'map-land--IT"' in svg and "map-land--partner" in svg
    assert svg.count('class="map-point map-point--region"') == 7
    assert_readable(response.context["region_map"])
    assert 'href="/static/regions/maps.css"' in html or "maps." in html


def rendered_labels(svg):
    """(label, left, right, top, bottom) of each label as the browser would lay it
    out, recomputed from the rendered SVG (x, baseline y, anchor, text)."""
    from html import unescape

    from regions.maps import FONT_SIZE, LABEL_PAD

    boxes = []
    for x, y, anchor, text in re.findall(
        r'<text class="map-point__label" x="([^"]+)" y="([^"]+)" '
        r'text-anchor="([^"]+)">([^<]+)</text>',
        svg,
    ):
        x, y, text = float(x), float(y), unescape(text)
        width, height = label_size(text)
        inner = width - 2 * LABEL_PAD
        left = {"start": x, "end": x - inner, "middle": x - inner / 2}[anchor]
        middle = y - FONT_SIZE * 0.35
        boxes.append(
            (text, left, left + inner, middle - height / 2, middle + height / 2)
        )
    return boxes


@pytest.mark.parametrize(
    ("model", "language"),
    [("RegionIndexPage", "en"), ("RegionIndexPage", "pl"), ("PracticeIndexPage", "it")],
)
def test_rendered_labels_do_not_overlap_or_leave_the_map(client, db, model, language):
    from wagtail.models import Page

    page = Page.objects.get(
        content_type__model=model.lower(), locale__language_code=language
    )
    response = client.get(page.url)
    html = response.content.decode()
    svg = svg_of(html[html.index('<figure class="svg-map">') :])
    width, height = (
        float(v) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups()
    )
    labels = rendered_labels(svg)
    assert len(labels) >= 7
    markers = [
        (float(x) - 7, float(x) + 7, float(y) - 7, float(y) + 7)
        for x, y in re.findall(r'points="([\d.]+),([\d.]+) ', svg)
    ]
    assert len(markers) == len(labels)
    for i, (text, *box) in enumerate(labels):
        assert 0 <= box[0] and box[1] <= width and 0 <= box[2] and box[3] <= height, (
            text
        )
        for other, *other_box in labels[i + 1 :]:
            assert not overlaps(box, other_box), (text, other)
        for marker in markers:
            assert not overlaps(box, marker), text
