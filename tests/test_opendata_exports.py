"""Open-data exports: formats that parse, counts that match the API, privacy,
languages, conditional GET, fixed query counts, and the Open data page."""

import csv
import io
import json
from types import SimpleNamespace

import pytest
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook
from wagtail.models import PageViewRestriction

from cms.factories import english_home, translate_everywhere
from cms.opendata.datasets import all_datasets
from home.factories import OpenDataPageFactory
from home.models import OpenDataPage
from practices.factories import (
    PracticeIndexPageFactory,
    PracticePageFactory,
    build_open_data_sample,
)
from practices.models import EventPage, PracticePage
from regions.factories import make_region
from regions.models import RegionKeyFigure, RegionPage
from tests.helpers import LANGUAGES, body

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _sample(django_db_setup, django_db_blocker):
    """``build_open_data_sample`` built once for the module, like conftest's
    ``_governed_tree``: in a transaction rolled back when the module is done."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_open_data_sample()
        transaction.set_rollback(True)


@pytest.fixture
def sample(_sample, db):
    """A region with key figures, a practice and an event of the test's own, in
    every language (``build_open_data_sample``), read afresh for each test."""
    return SimpleNamespace(
        **{
            name: type(page).objects.get(pk=page.pk)
            for name, page in vars(_sample).items()
        }
    )


def own_index():
    """A practice library of the test's own under the English home."""
    return PracticeIndexPageFactory(parent=english_home())


DATASETS = ["practices", "regions", "key-figures", "events"]


def url(dataset, fmt, language="en"):
    return f"/{language}/opendata/{dataset}.{fmt}"


def read(client, dataset, fmt, language="en", **headers):
    """(response, rows as a list of dicts) for one export."""
    response = client.get(url(dataset, fmt, language), **headers)
    assert response.status_code == 200, response
    content = body(response)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(content.decode("utf-8"))))
    elif fmt == "json":
        rows = json.loads(content)
    else:
        sheet = load_workbook(io.BytesIO(content), read_only=True).active
        values = list(sheet.iter_rows(values_only=True))
        header = values[0]
        rows = [dict(zip(header, row, strict=True)) for row in values[1:]]
    return response, rows


def api_count(client, page_type, language):
    response = client.get(
        "/api/v2/pages/", {"type": page_type, "locale": language, "limit": 1}
    )
    return response.json()["meta"]["total_count"]


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_every_export_parses_and_matches_the_api_count(client, sample, fmt):
    # The test's own rows: (column, value, how many rows carry it).
    own = {
        "practices": ("id", sample.practice.pk, 1),
        "regions": ("id", sample.region.pk, 1),
        "events": ("id", sample.event.pk, 1),
        "key-figures": ("region_id", sample.region.pk, 2),
    }
    expected = {
        "practices": api_count(client, "practices.PracticePage", "en"),
        "regions": api_count(client, "regions.RegionPage", "en"),
        "events": api_count(client, "practices.EventPage", "en"),
        "key-figures": RegionKeyFigure.objects.filter(
            page__in=RegionPage.objects.live()
            .public()
            .filter(locale__language_code="en")
        ).count(),
    }
    for dataset in DATASETS:
        response, rows = read(client, dataset, fmt)
        assert len(rows) == expected[dataset] > 0, dataset
        column, value, count = own[dataset]
        assert sum(str(row[column]) == str(value) for row in rows) == count, dataset
        columns = all_datasets()[dataset].field_names()
        assert list(rows[0]) == columns
        assert f"compete-in-{dataset}-en.{fmt}" in response["Content-Disposition"]


def test_practice_rows_hold_the_template_fields(client, sample):
    _response, rows = read(client, "practices", "json", "it")
    by_id = {row["id"]: row for row in rows}
    practice = PracticePage.objects.get(
        translation_key=sample.practice.translation_key, locale__language_code="it"
    )
    row = by_id[practice.pk]
    assert row["title"] == practice.title
    assert row["language"] == "it"
    assert row["pillar"] == practice.pillar
    assert row["pillar_label"] == str(practice.get_pillar_display())
    assert row["topics"] == sorted(practice.topics.names())
    assert row["start_date"] == practice.start_date.isoformat()
    assert row["url"].endswith(practice.url)
    assert "contact_email" not in row
    assert "<p>" not in row["description"]
    _response, csv_rows = read(client, "practices", "csv", "it")
    csv_row = next(r for r in csv_rows if r["id"] == str(practice.pk))
    assert csv_row["topics"] == "; ".join(sorted(practice.topics.names()))


def test_region_rows_carry_key_figures(client, sample):
    region = RegionPage.objects.get(
        translation_key=sample.region.translation_key, locale__language_code="pl"
    )
    _response, rows = read(client, "regions", "json", "pl")
    row = next(r for r in rows if r["id"] == region.pk)
    figures = list(region.key_figures.all())
    assert [f["label"] for f in row["key_figures"]] == [f.label for f in figures]
    _response, rows = read(client, "regions", "xlsx", "pl")
    row = next(r for r in rows if r["id"] == region.pk)
    assert figures[0].label in row["key_figures"]
    assert isinstance(row["latitude"], float)


@pytest.mark.parametrize("language", LANGUAGES)
def test_exports_are_per_language(client, sample, language):
    for dataset in ("practices", "regions", "events"):
        _response, rows = read(client, dataset, "csv", language)
        assert rows
        own = {
            "practices": sample.practice,
            "regions": sample.region,
            "events": sample.event,
        }[dataset]
        assert any(row["translation_key"] == str(own.translation_key) for row in rows)
        assert {row["language"] for row in rows} == {language}


def test_no_draft_or_private_content_in_any_export(client, sample):
    index = sample.practice_index
    draft = PracticePageFactory(parent=index, title="Secret draft", live=False)
    private = PracticePageFactory(parent=index, title="Secret private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    region = make_region("Hidden Valley", "hidden-valley")
    PageViewRestriction.objects.create(
        page=region, restriction_type=PageViewRestriction.LOGIN
    )
    event = EventPage.objects.get(pk=sample.event.pk)
    event.presented_practices.create(practice=private)
    event.save_revision().publish()
    for dataset in DATASETS:
        for fmt in ("csv", "json", "xlsx"):
            response = client.get(url(dataset, fmt))
            text = body(response)
            if fmt == "xlsx":
                sheet = load_workbook(io.BytesIO(text), read_only=True).active
                text = repr(list(sheet.iter_rows(values_only=True))).encode()
            assert b"Secret draft" not in text, (dataset, fmt)
            assert b"Secret private" not in text, (dataset, fmt)
            assert region.title.encode() not in text, (dataset, fmt)
    assert draft.pk and private.pk


def test_conditional_get_gives_a_304(client):
    response = client.get(url("practices", "csv"))
    body(response)
    etag = response["ETag"]
    assert "Last-Modified" not in response
    assert (
        client.get(url("practices", "csv"), HTTP_IF_NONE_MATCH=etag).status_code == 304
    )
    assert (
        client.get(url("practices", "json"), HTTP_IF_NONE_MATCH=etag).status_code == 200
    )
    index = own_index()
    PracticePageFactory(parent=index, title="Brand new practice")
    assert (
        client.get(url("practices", "csv"), HTTP_IF_NONE_MATCH=etag).status_code == 200
    )


def test_if_modified_since_alone_gets_the_full_export(client):
    # A date in the future: with a Last-Modified to compare, this would be a 304.
    response = client.get(
        url("practices", "csv"), HTTP_IF_MODIFIED_SINCE="Fri, 01 Jan 2100 00:00:00 GMT"
    )
    assert response.status_code == 200
    assert b"translation_key" in body(response)
    assert "Last-Modified" not in response


def _etag_and_titles(client, dataset, **headers):
    response, rows = read(client, dataset, "json", **headers)
    return response["ETag"], {row["title"] for row in rows}


def test_unpublishing_changes_the_export_etag(client):
    index = own_index()
    practice = PracticePageFactory(parent=index, title="Soon withdrawn")
    etag, titles = _etag_and_titles(client, "practices")
    assert "Soon withdrawn" in titles
    practice.unpublish()
    response, rows = read(client, "practices", "json", HTTP_IF_NONE_MATCH=etag)
    assert response["ETag"] != etag
    assert "Soon withdrawn" not in {row["title"] for row in rows}


def test_a_restriction_on_an_ancestor_changes_the_export_etag(client):
    index = own_index()
    PracticePageFactory(parent=index, title="Soon private")
    etag, titles = _etag_and_titles(client, "practices")
    assert "Soon private" in titles
    # Bypassing Wagtail's logging save(): the restricted paths alone must do.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=index, restriction_type=PageViewRestriction.LOGIN)]
    )
    response, rows = read(client, "practices", "json", HTTP_IF_NONE_MATCH=etag)
    assert response["ETag"] != etag
    # No row of the restricted library is left (other libraries stay).
    below = set(index.get_descendants().values_list("pk", flat=True))
    assert below and [row for row in rows if row["id"] in below] == []


def test_restricting_a_linked_page_changes_the_export_etag(client):
    """The practices export only links to regions: restricting the region blanks
    the link, and must change the ETag although no practice changed."""
    region = make_region("Linked Valley", "linked-valley")
    index = own_index()
    practice = PracticePageFactory(parent=index, origin_region=region)
    response, rows = read(client, "practices", "json")
    etag = response["ETag"]
    [row] = [row for row in rows if row["id"] == practice.pk]
    assert row["origin_region"] == region.title
    PageViewRestriction.objects.create(
        page=region, restriction_type=PageViewRestriction.LOGIN
    )
    response, rows = read(client, "practices", "json", HTTP_IF_NONE_MATCH=etag)
    [row] = [row for row in rows if row["id"] == practice.pk]
    assert row["origin_region"] is None
    assert response["ETag"] != etag


def test_restricted_pages_are_read_once_per_export(client):
    """One export, one read of the view restrictions (not one per ``.public()``)."""
    with CaptureQueriesContext(connection) as queries:
        body(client.get(url("events", "csv")))
    reads = [q for q in queries if "wagtailcore_pageviewrestriction" in q["sql"]]
    assert len(reads) == 1


def test_unknown_dataset_or_format_is_a_404(client):
    assert client.get(url("nonsense", "csv")).status_code == 404
    assert client.get(url("practices", "pdf")).status_code == 404
    assert client.post(url("practices", "csv")).status_code == 405


@override_settings(API_CORS_ALLOWED_ORIGINS=["https://partner.example"])
def test_exports_carry_cors_headers_when_configured(client):
    response = client.get(url("regions", "json"), HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"


def test_text_is_never_a_spreadsheet_formula(client):
    index = own_index()
    PracticePageFactory(parent=index, title='=HYPERLINK("http://x.example","y")')
    _response, rows = read(client, "practices", "xlsx")
    assert '=HYPERLINK("http://x.example","y")' in {row["title"] for row in rows}


def _export_queries(client, dataset, fmt):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(dataset, fmt))
        body(response)
    return len(queries)


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_export_query_count_does_not_grow_with_rows(client, fmt):
    index = own_index()
    counts = []
    for batch in (3, 30):
        for n in range(batch):
            PracticePageFactory(
                parent=index, title=f"Counted {batch}-{n}", topic_names=["export"]
            )
        counts.append(
            {dataset: _export_queries(client, dataset, fmt) for dataset in DATASETS}
        )
    assert counts[0] == counts[1]
    # Locale, view restrictions (once), ETag aggregate, logged changes, public
    # link targets, rows, prefetches, site roots.
    assert counts[1] == {"practices": 9, "regions": 9, "key-figures": 5, "events": 9}


# The Open data page ----------------------------------------------------------------


@pytest.fixture
def open_data_page():
    """An Open data page of the test's own under the English home (beside the
    demo's: ``add_child`` does not apply ``max_count_per_parent``), in every
    language."""
    return translate_everywhere(
        OpenDataPageFactory(parent=english_home(), slug="own-open-data")
    )


def in_language(page, language):
    return OpenDataPage.objects.get(
        translation_key=page.translation_key, locale__language_code=language
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_open_data_page_documents_every_field_and_links_every_export(
    client, open_data_page, language
):
    page = in_language(open_data_page, language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for dataset in all_datasets().values():
        for column in dataset.columns:
            assert f"<code>{column.name}</code>" in html
        for fmt in dataset.offered_formats():
            assert f'href="{url(dataset.slug, fmt, language)}"' in html
    assert "/api/v2/pages/" in html
    assert "/api/v2/documents/" in html


def test_open_data_page_is_in_the_footer(client, open_data_page):
    page = in_language(open_data_page, "sv")
    html = client.get("/sv/").content.decode()
    assert f'href="{page.url}"' in html


def test_open_data_page_sits_once_under_the_home_page(open_data_page):
    from wagtail.test.utils import WagtailPageTestCase

    from home.models import HomePage

    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(OpenDataPage, {HomePage})
    case.assertAllowedSubpageTypes(OpenDataPage, set())
    home = HomePage.objects.get(locale__language_code="en")
    assert open_data_page.get_parent().pk == home.pk
    assert not OpenDataPage.can_create_at(home)  # it already has one
