"""The practice library: facets, combinations, sorting, pagination, bad input,
exports and the fixed number of queries.

Every test builds its library and regions with factories; the demo's library is
tested in ``test_demo_library.py``.
"""

import csv
import datetime
import io
import itertools
import json
import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from cms.caching import invalidate
from cms.factories import translate_everywhere
from cms.testing import streamed_body as body
from practices.factories import SAMPLE as FACTORY_SAMPLE
from practices.factories import (
    PracticeCollectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    build_sample_library,
    english_home,
    sample_regions,
)
from practices.models import PracticeIndexPage, PracticePage
from regions.factories import isolated_region_index, make_profiled_region

# The factories' SAMPLE, on regions of the tests' own ("lib-valencia", ...), made
# by ``sample_regions("lib-")`` under an isolated territories index.
SAMPLE = [
    (slug, pillar, level, f"lib-{region}", *rest)
    for slug, pillar, level, region, *rest in FACTORY_SAMPLE
]

FIELDS = {"pillar": 1, "level": 2, "region": 3, "topic": 4, "year": 5, "validation": 6}


def sample_value(row, facet):
    value = row[FIELDS[facet]]
    if facet == "year":
        return [str(value)]
    if facet == "validation":
        return ["validated" if value else "submitted"]
    if facet == "topic":
        return value
    return [value]


def expected_slugs(filters):
    """What the library must list for ``filters``, computed from SAMPLE in Python."""
    return {
        f"practice-{row[0]}"
        for row in SAMPLE
        if all(
            set(values) & set(sample_value(row, facet))
            for facet, values in filters.items()
        )
    }


def expected_counts(filters, facet):
    """Counts of ``facet`` with every other active filter applied."""
    others = {name: values for name, values in filters.items() if name != facet}
    counts = {}
    for row in SAMPLE:
        if f"practice-{row[0]}" not in expected_slugs(others):
            continue
        for value in sample_value(row, facet):
            counts[value] = counts.get(value, 0) + 1
    # A chosen value stays on offer, with 0 when the other filters exclude it.
    for value in filters.get(facet, []):
        counts.setdefault(value, 0)
    return counts


def listed_slugs(context):
    return {practice.slug for practice in context["library"]["practices"]}


def facet_counts(context, name):
    facet = next(f for f in context["library"]["facets"] if f.name == name)
    return {option.value: option.count for option in facet.options}


@pytest.fixture
def library():
    sample_regions("lib-")
    index, _pages = build_sample_library(SAMPLE)
    return index


SINGLE_FILTERS = [
    {"pillar": ["governance"]},
    {"pillar": ["value_chain", "identity"]},
    {"level": ["regional"]},
    {"region": ["lib-gavleborg"]},
    {"region": ["lib-valencia", "lib-silesia"]},
    {"topic": ["export"]},
    {"topic": ["food", "place-branding"]},
    {"validation": ["validated"]},
    {"validation": ["submitted"]},
    {"year": ["2017"]},
    {"year": ["2016", "2019"]},
]


COMBINATIONS = (
    SINGLE_FILTERS
    + [
        dict(itertools.chain(a.items(), b.items()))
        for a, b in itertools.combinations(SINGLE_FILTERS, 2)
        if not set(a) & set(b)
    ]
    + [
        {"pillar": ["governance"], "topic": ["export"], "validation": ["validated"]},
        {"region": ["lib-gavleborg"], "year": ["2018"], "level": ["regional"]},
        {"pillar": ["identity"], "region": ["lib-silesia"], "topic": ["export"]},
        {
            "pillar": ["value_chain", "identity"],
            "region": ["lib-gavleborg", "lib-silesia"],
            "level": ["regional", "national"],
            "topic": ["food"],
            "validation": ["validated"],
            "year": ["2018"],
        },
    ]
)


@pytest.mark.django_db
def test_every_facet_and_combination_lists_and_counts_correctly(client, library):
    """One library, every single facet and every pair of facets, plus deeper ones.

    The expected lists and counts are computed independently from SAMPLE.
    """
    assert len(COMBINATIONS) > 50
    for filters in COMBINATIONS:
        query = [(name, value) for name, values in filters.items() for value in values]
        response = client.get(library.url, query)
        assert response.status_code == 200, filters
        assert listed_slugs(response.context) == expected_slugs(filters), filters
        assert response.context["library"]["total"] == len(expected_slugs(filters))
        assert response.context["library"]["ignored"] == []
        for facet in FIELDS:
            counts = facet_counts(response.context, facet)
            assert counts == expected_counts(filters, facet), (filters, facet)


@pytest.mark.django_db
def test_unfiltered_facets_and_labels(client, library):
    response = client.get(library.url)
    html = response.content.decode()
    assert facet_counts(response.context, "pillar") == {
        "governance": 2,
        "identity": 2,
        "value_chain": 2,
    }
    assert facet_counts(response.context, "region") == {
        "lib-gavleborg": 2,
        "lib-silesia": 2,
        "lib-valencia": 2,
    }
    assert facet_counts(response.context, "year") == {
        "2016": 1,
        "2017": 2,
        "2018": 2,
        "2019": 1,
    }
    assert 'Policies and governance <span class="facet__count">(2)</span>' in html
    assert "6 practices" in html


@pytest.mark.django_db
def test_selected_facet_links_remove_the_value_and_keep_the_others(client, library):
    response = client.get(library.url, {"pillar": "governance", "topic": "export"})
    pillar = next(
        f for f in response.context["library"]["facets"] if f.name == "pillar"
    )
    selected = next(o for o in pillar.options if o.value == "governance")
    assert selected.selected
    assert selected.url == "?topic=export"
    other = next(o for o in pillar.options if o.value == "value_chain")
    assert other.url == "?pillar=governance&pillar=value_chain&topic=export"
    assert {o.value for o in pillar.options} == {"governance", "value_chain"}
    html = response.content.decode()
    assert 'aria-current="true"' in html
    assert "Clear all filters" in html


@pytest.mark.django_db
def test_filter_urls_are_shareable(client, library):
    url = f"{library.url}?pillar=value_chain&region=lib-gavleborg&sort=title"
    first = client.get(url)
    second = client.get(url)
    assert listed_slugs(first.context) == listed_slugs(second.context) == {"practice-e"}
    assert (
        first.context["library"]["query"]
        == "pillar=value_chain&region=lib-gavleborg&sort=title"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ({"pillar": "astrology"}, "astrology"),
        ({"year": "20x6"}, "20x6"),
        ({"year": "99999"}, "99999"),
        ({"region": "atlantis"}, "atlantis"),
        ({"topic": "no-such-topic"}, "no-such-topic"),
        ({"level": "<script>"}, "&lt;script&gt;"),
        ({"validation": "maybe"}, "maybe"),
        ({"sort": "random"}, "random"),
    ],
)
def test_bad_values_are_ignored_and_reported(client, library, query, ignored):
    response = client.get(library.url, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "were not understood and have been ignored" in html
    assert ignored in html
    assert response.context["library"]["total"] == len(SAMPLE)
    assert "<script>" not in html.split('<main id="main"')[1]


@pytest.mark.django_db
def test_good_values_still_apply_next_to_bad_ones(client, library):
    response = client.get(library.url, {"pillar": ["governance", "nonsense"]})
    assert listed_slugs(response.context) == {"practice-a", "practice-b"}
    assert "nonsense" in response.content.decode()


@pytest.mark.django_db
def test_empty_state_says_what_was_filtered_and_how_to_clear(client, library):
    response = client.get(
        library.url, {"pillar": "identity", "topic": "food", "year": "2016"}
    )
    html = response.content.decode()
    assert response.context["library"]["total"] == 0
    assert "No practice matches these filters" in html
    assert "Pillar: Local identity and branding" in html
    assert "Start year: 2016" in html
    assert f'<a class="button" href="{library.url}">Show all practices</a>' in html


@pytest.mark.django_db
def test_sort_by_title_and_newest(client, library):
    by_title = client.get(library.url, {"sort": "title"}).context["library"]
    titles = [p.title for p in by_title["practices"]]
    assert titles == sorted(titles)
    newest = client.get(library.url).context["library"]
    assert [p.slug for p in newest["practices"]][0] == "practice-f"
    assert [p.slug for p in newest["practices"]][-1] == "practice-a"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page", "expected"),
    [("abc", 1), ("-1", 1), ("0", 1), ("2", 2), ("99999", 3), ("", 1)],
)
def test_pagination_edge_cases(client, library, page, expected):
    PracticeIndexPage.objects.filter(pk=library.pk).update(per_page=2)
    response = client.get(library.url, {"page": page, "sort": "title"})
    assert response.status_code == 200
    page_obj = response.context["library"]["page_obj"]
    assert page_obj.number == expected
    titles = [p.title for p in response.context["library"]["practices"]]
    letters = "ABCDEF"[(expected - 1) * 2 : expected * 2]
    assert titles == [f"Practice {letter}" for letter in letters]


@pytest.mark.django_db
def test_pagination_links_keep_the_filters(client, library):
    PracticeIndexPage.objects.filter(pk=library.pk).update(per_page=1)
    html = client.get(
        library.url, {"pillar": "governance", "sort": "title"}
    ).content.decode()
    assert 'href="?pillar=governance&amp;sort=title&amp;page=2"' in html


def _make_practices(index, count, start, regions):
    english = Locale.get_default()
    for number in range(start, start + count):
        PracticePageFactory(
            parent=index,
            title=f"Bulk {number}",
            slug=f"bulk-{number}",
            pillar=["governance", "identity", "value_chain"][number % 3],
            origin_region=regions[["valencia", "gavleborg", "silesia"][number % 3]],
            start_date=datetime.date(2010 + number % 9, 1, 1),
            topic_names=[f"topic-{number % 5}"],
            locale=english,
        )


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_with_practices(client):
    regions = sample_regions("bulk-")
    index, _pages = build_sample_library(sample=[])
    _make_practices(index, 10, 0, regions)
    url = f"{index.url}?topic=topic-1&pillar=governance&pillar=identity"
    client.get(url)  # warm the site-root cache

    def count_queries(target, cold=True):
        if cold:
            invalidate()  # what the first request after a publish pays
        else:
            client.get(target)  # the fragments built
        with CaptureQueriesContext(connection) as queries:
            response = client.get(target)
        assert response.status_code == 200
        return len(queries), response

    small_plain, _ = count_queries(index.url)
    small_filtered, _ = count_queries(url)
    small_warm, _ = count_queries(index.url, cold=False)
    # Bulk rows, as generate_content makes them: no publish signal.
    _make_practices(index, 190, 10, regions)
    large_plain, response = count_queries(index.url)
    large_filtered, _ = count_queries(url)
    large_warm, _ = count_queries(index.url, cold=False)
    assert response.context["library"]["total"] == 200
    assert "200 practices" in response.content.decode()
    assert small_plain == large_plain
    assert small_filtered == large_filtered
    assert small_warm == large_warm
    assert large_plain <= 32, large_plain
    # The facets and results come from the audience's fragments (cms.fragments).
    assert large_warm <= 14, large_warm


@pytest.mark.django_db
def test_restricted_practices_are_listed_only_for_users_who_may_see_them(
    client, library, django_user_model
):
    hidden = PracticePage.objects.get(
        pk=library.get_children().get(slug="practice-c").pk
    )
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.LOGIN
    )
    anonymous = listed_slugs(client.get(library.url).context)
    assert "practice-c" not in anonymous
    rows = list(
        csv.DictReader(
            io.StringIO(body(client.get(library.url + "export/csv/")).decode())
        )
    )
    assert len(rows) == len(SAMPLE) - 1
    client.force_login(django_user_model.objects.create_user("member"))
    assert "practice-c" in listed_slugs(client.get(library.url).context)
    rows = list(
        csv.DictReader(
            io.StringIO(body(client.get(library.url + "export/csv/")).decode())
        )
    )
    assert len(rows) == len(SAMPLE)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"pillar": ["governance"]},
        {"topic": ["export"], "validation": ["validated"]},
        {"year": ["2030"]},
    ],
)
def test_csv_and_json_exports_round_trip_with_the_current_filters(
    client, library, filters
):
    query = [(name, value) for name, values in filters.items() for value in values]
    expected = expected_slugs(filters)
    response = client.get(library.url + "export/csv/", query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body(response).decode("utf-8"))))
    assert {row["url"].rstrip("/").rsplit("/", 1)[1] for row in rows} == expected
    assert len(rows) == len(expected)

    response = client.get(library.url + "export/json/", query)
    data = json.loads(body(response))
    assert len(data) == len(expected)
    assert {row["url"].rstrip("/").rsplit("/", 1)[1] for row in data} == expected
    for row in data:
        page = PracticePage.objects.get(
            url_path__endswith=row["url"].split("/en/")[1], locale__language_code="en"
        )
        assert row["title"] == page.title
        assert row["pillar"] == page.pillar
        assert row["start_date"] == page.start_date.isoformat()
        assert row["topics"] == sorted(page.topics.names())
        assert row["origin_region"] == page.origin_region.title


@pytest.fixture
def translated_library():
    """A library of its own with two practices from a region of its own, and a
    collection beside it, each translated into every language."""
    territories = isolated_region_index("territories-lang")
    valencia = make_profiled_region(
        territories,
        "Valencian Community",
        "lang-valencia",
        texts=[{"en": "Valencian Community", "pl": "Wspólnota Walencka"}],
    )
    index = PracticeIndexPageFactory(
        parent=english_home(), title="Good practices", slug="library-lang"
    )
    translate_everywhere(index, {"en": "Good practices", "it": "Buone pratiche"})
    for _n in range(2):
        practice = PracticePageFactory(parent=index, origin_region=valencia)
        practice.save_revision().publish()
        translate_everywhere(practice)
    collection = PracticeCollectionPageFactory(parent=english_home(), slug="lang-set")
    collection.save_revision().publish()
    translate_everywhere(collection)
    return SimpleNamespace(index=index, collection=collection)


def in_language(page, language):
    return type(page).objects.get(
        translation_key=page.translation_key, locale__language_code=language
    )


@pytest.mark.django_db
def test_export_has_one_row_per_visible_practice_in_each_language(
    client, translated_library
):
    for language in ["en", "pl"]:
        index = in_language(translated_library.index, language)
        rows = list(
            csv.DictReader(
                io.StringIO(body(client.get(index.url + "export/csv/")).decode())
            )
        )
        visible = PracticePage.objects.live().public().child_of(index).count()
        assert len(rows) == visible == 2
        assert {row["language"] for row in rows} == {language}
    assert re.search(
        r"Wspólnota Walencka",
        body(client.get(index.url + "export/json/")).decode(),
    )


@pytest.mark.django_db
def test_library_links_downloads_with_the_filters(client, translated_library):
    index = in_language(translated_library.index, "it")
    html = client.get(index.url, {"pillar": "governance"}).content.decode()
    assert f'href="{index.url}export/csv/?pillar=governance"' in html
    assert "Buone pratiche" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "it",
            ["Affina l", "Pilastro", "Politiche e governance", "Raccolte"],
        ),
        ("es", ["Afine la lista", "Pilar", "Políticas y gobernanza", "Colecciones"]),
        ("sv", ["Förfina listan", "Pelare", "Politik och styrning", "Samlingar"]),
        ("pl", ["Zawęź listę", "Filar", "Polityki i zarządzanie", "Kolekcje"]),
    ],
)
def test_library_of_its_own_speaks_the_page_language(
    client, translated_library, language, words
):
    index = in_language(translated_library.index, language)
    html = client.get(index.url).content.decode()
    for word in words:
        assert word in html
    collections = index.get_collections(client.get(index.url).wsgi_request)
    own = in_language(translated_library.collection, language)
    assert own.pk in {collection.pk for collection in collections}
    for collection in collections:
        assert collection.locale_id == index.locale_id
        assert f'href="{collection.url}"' in html
