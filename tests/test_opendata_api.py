"""The open-data API at /api/v2/: fields, privacy, bad input, caching, CORS."""

import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.test import override_settings
from wagtail.models import Locale, Page, PageViewRestriction

from branding.factories import make_brand, make_showcase_with_offer
from cms.factories import english_home, translate_everywhere
from home.factories import OpenDataPageFactory, make_child_page
from practices.factories import (
    PracticeIndexPageFactory,
    PracticePageFactory,
    build_open_data_sample,
    make_practice,
)
from practices.models import PracticePage
from regions.factories import make_profiled_region, make_value_chain

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
    """A region with key figures, stakeholders, a sector and a desk, a practice
    and an event of the test's own, in every language
    (``build_open_data_sample``), read afresh for each test."""
    return SimpleNamespace(
        **{
            name: type(page).objects.get(pk=page.pk)
            for name, page in vars(_sample).items()
        }
    )


def own_index():
    """A practice library of the test's own under the English home."""
    return PracticeIndexPageFactory(parent=english_home())


def translation(page, language):
    return page.get_translation(Locale.objects.get(language_code=language)).specific


PAGES = "/api/v2/pages/"
IMAGES = "/api/v2/images/"
DOCUMENTS = "/api/v2/documents/"


def listing(client, url=PAGES, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def detail(client, page):
    response = client.get(f"{PAGES}{page.pk}/")
    assert response.status_code == 200, response.content
    return response.json()


def all_ids(client, url=PAGES, **params):
    """Every id of a listing, following the pages of results."""
    ids, offset = [], 0
    while True:
        data = listing(client, url, limit=100, offset=offset, **params)
        ids += [item["id"] for item in data["items"]]
        offset += 100
        if offset >= data["meta"]["total_count"]:
            return ids


# Structured fields of every page type ----------------------------------------------


def test_region_page_carries_key_figures_stakeholders_sectors_and_desk(client, sample):
    region = sample.region
    data = detail(client, region)
    assert data["meta"]["type"] == "regions.RegionPage"
    assert data["partner_name"] == region.partner_name
    assert data["country"] == {"value": "IT", "label": "Italy"}
    figures = list(region.key_figures.all())
    assert len(data["key_figures"]) == len(figures) > 0
    assert data["key_figures"][0] == {
        "label": figures[0].label,
        "value": format(figures[0].value, "f"),
        "unit": figures[0].unit,
        "year": figures[0].year,
        "source": figures[0].source,
    }
    assert {m["organisation"] for m in data["stakeholders"]} == {
        m.organisation for m in region.stakeholders.all()
    }
    assert all(m["category_label"] for m in data["stakeholders"])
    assert {s["code"] for s in data["sectors"]} == {
        link.sector.code for link in region.region_sectors.all()
    }
    for name in ("desk_name", "desk_email", "desk_phone", "desk_url"):
        assert data[name] == getattr(region, name)


@pytest.fixture
def every_page_type(sample):
    """A page of the test's own of every public page type, in every language:
    {page type: English page}."""
    region = sample.region
    pages = {
        "regions.RegionPage": region,
        "regions.ValueChainPage": make_value_chain(
            region, "Open data chain", "od-chain", stages=[("Growing", ["Farms"])]
        ),
        "practices.PracticePage": sample.practice,
        "practices.EventPage": sample.event,
        "branding.BrandPage": make_brand(region, brand_name="Open data brand"),
        "branding.ShowcasePage": make_showcase_with_offer(region),
        "home.HomePage": english_home(),
        "home.StandardPage": translate_everywhere(
            make_child_page(english_home(), "Open data about", "od-about")
        ),
        "home.OpenDataPage": translate_everywhere(
            OpenDataPageFactory(parent=english_home(), slug="od-open-data")
        ),
        "regions.RegionIndexPage": region.get_parent().specific,
        "practices.PracticeIndexPage": sample.practice_index,
        "practices.EventIndexPage": sample.event_index,
    }
    for page in pages.values():
        page.refresh_from_db()
    return pages


def test_every_public_page_type_exposes_its_structured_fields(client, every_page_type):
    expected = {
        "regions.RegionPage": ["key_figures", "stakeholders", "sectors", "desk_email"],
        "regions.ValueChainPage": ["sector", "stages", "companies", "export_share"],
        "practices.PracticePage": [
            "pillar",
            "implementation_level",
            "origin_region",
            "topics",
            "start_date",
            "main_institution",
            "evidence_of_success",
            "potential_for_transfer",
            "validation_status",
        ],
        "practices.EventPage": ["kind", "start", "end", "host_region", "outcomes"],
        "branding.BrandPage": ["brand_name", "colours", "values", "region"],
        "branding.ShowcasePage": [
            "incentives",
            "investment_sites",
            "success_stories",
            "target_sectors",
        ],
        "home.HomePage": ["hero_title", "body"],
        "home.StandardPage": ["intro", "body"],
        "home.OpenDataPage": ["intro", "body"],
        "regions.RegionIndexPage": ["intro"],
        "practices.PracticeIndexPage": ["intro"],
        "practices.EventIndexPage": ["intro"],
    }
    for page_type, fields in expected.items():
        items = listing(client, type=page_type, locale="it", limit=1)["items"]
        assert items, page_type
        own = translation(every_page_type[page_type], "it")
        data = client.get(f"{PAGES}{own.pk}/").json()
        assert data["meta"]["type"] == page_type
        for name in fields:
            assert name in data, (page_type, name)
        assert data["meta"]["locale"] == "it"


def test_practice_fields_follow_the_template_and_hide_the_contact_email(client, sample):
    practice = translation(sample.practice, "es")
    data = detail(client, practice)
    assert data["pillar"]["value"] == practice.pillar
    assert data["pillar"]["label"] == str(practice.get_pillar_display())
    assert data["topics"] == sorted(practice.topics.names())
    assert data["start_date"] == practice.start_date.isoformat()
    if practice.origin_region:
        assert data["origin_region"]["id"] == practice.origin_region_id
    assert "contact_email" not in data
    assert practice.contact_email == "" or practice.contact_email not in str(data)


def test_structured_fields_can_be_asked_for_in_a_listing(client, sample):
    data = listing(
        client,
        type="practices.PracticePage",
        locale="en",
        child_of=sample.practice_index.pk,
        fields="pillar,topics,origin_region",
    )
    assert data["items"]
    assert [item["id"] for item in data["items"]] == [sample.practice.pk]
    assert all("label" in item["pillar"] for item in data["items"])


def test_event_fields(client, sample):
    event = translation(sample.event, "pl")
    data = detail(client, event)
    assert data["kind"]["value"] == event.kind
    assert data["start"].startswith(str(event.start.year))
    assert isinstance(data["participations"], list)
    assert isinstance(data["practices"], list)


# Languages and translations --------------------------------------------------------


def test_locale_filter_and_translation_links(client, sample):
    english = sample.region
    italian = listing(client, type="regions.RegionPage", locale="it")["items"]
    assert italian and {item["meta"]["locale"] for item in italian} == {"it"}
    data = detail(client, english)
    links = {link["locale"]: link for link in data["meta"]["translations"]}
    assert set(links) == {"it", "es", "sv", "pl"}
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    assert links["es"]["id"] == spanish.pk
    assert links["es"]["html_url"].endswith(spanish.url)
    translations = listing(client, translation_of=english.pk)
    assert {item["id"] for item in translations["items"]} == {
        page.pk for page in english.get_translations()
    }


def test_translation_links_in_a_listing_cost_one_query(
    client, django_assert_num_queries, sample
):
    index = sample.region.get_parent()
    for n in range(4):
        make_profiled_region(index, f"Listed region {n}", f"od-listed-{n}")
    params = {
        "type": "regions.RegionPage",
        "child_of": index.pk,
        "fields": "translations",
        "limit": 3,
    }
    small = _count_queries(client, params)
    params["limit"] = 30
    large = _count_queries(client, params)
    assert small == large
    items = listing(client, **params)["items"]
    assert len(items) == 5
    assert all(len(item["meta"]["translations"]) == 4 for item in items)


# Only live, public content ---------------------------------------------------------


@pytest.fixture
def hidden_content(governed):  # noqa: F811
    index = own_index()
    draft = PracticePageFactory(parent=index, title="Draft practice", live=False)
    private = PracticePageFactory(parent=index, title="Private practice")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    private.refresh_from_db()
    governed.draft = draft
    governed.private = private
    return governed


def test_no_draft_or_private_page_through_the_api(client, hidden_content):
    ids = set(all_ids(client))
    for page in (
        hidden_content.draft,
        hidden_content.private,
        hidden_content.north.minutes,
    ):
        assert page.pk not in ids
        assert client.get(f"{PAGES}{page.pk}/").status_code == 404
    assert hidden_content.north.news.pk in ids
    # Searched for by its own words, the private page is still not found (public
    # pages may match them: the search finds inflected forms, "practices" too).
    found = listing(client, search="Private practice")["items"]
    hidden = {hidden_content.draft.pk, hidden_content.private.pk}
    assert not hidden & {item["id"] for item in found}
    public = Page.objects.live().public().filter(depth__gt=1).count()
    assert len(ids) == public


def test_no_restricted_document_through_the_api(client, hidden_content):
    ids = set(all_ids(client, DOCUMENTS))
    assert hidden_content.north.public_doc.pk in ids
    assert hidden_content.north.internal_doc.pk not in ids
    assert hidden_content.south.internal_doc.pk not in ids
    internal = hidden_content.north.internal_doc.pk
    assert client.get(f"{DOCUMENTS}{internal}/").status_code == 404
    data = client.get(f"{DOCUMENTS}{hidden_content.north.public_doc.pk}/").json()
    assert data["document_type"] == "other"
    assert data["meta"]["download_url"].endswith(hidden_content.north.public_doc.url)
    assert hidden_content.north.image.pk in set(all_ids(client, IMAGES))


def test_private_content_stays_hidden_from_signed_in_users_too(client, hidden_content):
    """Open data is the same for everyone: a stakeholder's session adds nothing."""
    client.force_login(hidden_content.north.users.stakeholder)
    ids = set(all_ids(client))
    assert hidden_content.north.minutes.pk not in ids
    assert hidden_content.north.internal_doc.pk not in set(all_ids(client, DOCUMENTS))


def test_restricted_documents_attached_to_a_page_are_left_out(client, hidden_content):
    practice = PracticePage.objects.get(pk=hidden_content.draft.pk)
    practice.related_documents.create(document=hidden_content.north.internal_doc)
    practice.related_documents.create(document=hidden_content.north.public_doc)
    practice.save_revision().publish()
    data = detail(client, practice)
    assert [doc["id"] for doc in data["related_documents"]] == [
        hidden_content.north.public_doc.pk
    ]


# Bad parameters: a 400 with a message, never a 500 ---------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"limit": "abc"}, "limit must be a positive integer"),
        ({"limit": "-1"}, "limit must be a positive integer"),
        ({"limit": "101"}, "limit cannot be higher than 100"),
        ({"offset": "x"}, "offset must be a positive integer"),
        ({"offset": "99999999999999999999999999"}, "offset must be a positive"),
        ({"locale": "xx"}, "locale must be one of: en, es, it, pl, sv"),
        ({"type": "nonsense.Model"}, "type doesn't exist"),
        ({"type": "auth.User"}, "type doesn't exist"),
        ({"colour": "red"}, "not an operation or a recognised field: colour"),
        ({"fields": "no_such_field"}, "unknown fields: no_such_field"),
        ({"order": "password"}, "cannot order by 'password'"),
        ({"child_of": "abc"}, "child_of must be a positive integer"),
        ({"translation_of": "999999999"}, "translation_of page doesn't exist"),
        ({"format": "xml"}, "format must be json"),
        ({"id": "abc"}, "'abc' is not a valid value for id"),
        ({"id": "99999999999999999999999"}, "is not a valid value for id"),
        (
            {"type": "practices.PracticePage", "start_date": "2026-02-30"},
            "is not a valid value for start_date",
        ),
        (
            {"type": "practices.PracticePage", "latitude": "NaN"},
            "is not a valid value for latitude",
        ),
    ],
)
def test_bad_parameters_get_a_400_with_a_message(client, params, message):
    response = client.get(PAGES, params)
    assert response.status_code == 400, response.content
    assert response["Content-Type"].startswith("application/json")
    assert message in response.json()["message"]


def test_bad_parameters_on_documents_and_images(client):
    for url in (DOCUMENTS, IMAGES):
        response = client.get(url, {"limit": "1000"})
        assert response.status_code == 400
        assert "limit cannot be higher than 100" in response.json()["message"]


def test_unknown_page_is_a_json_404_not_a_language_redirect(client):
    response = client.get(f"{PAGES}999999999/")
    assert response.status_code == 404
    assert response.json() == {"message": "No Page matches the given query."}


def test_the_api_is_read_only(client):
    page = english_home()
    for method in ("post", "put", "patch", "delete"):
        for url in (PAGES, f"{PAGES}{page.pk}/", DOCUMENTS, IMAGES):
            response = getattr(client, method)(url, {}, content_type="application/json")
            assert response.status_code == 405, (method, url)


# Caching headers -------------------------------------------------------------------


def test_etag_gives_a_304(client):
    page = make_practice(title="Practice soon changed")
    # The listing of the practice's own library, so that the practice is in it.
    params = {
        "type": "practices.PracticePage",
        "locale": "en",
        "child_of": page.get_parent().pk,
    }
    response = client.get(PAGES, params)
    etag = response["ETag"]
    assert "Last-Modified" not in response
    again = client.get(PAGES, params, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    page.title = "Changed title"
    page.save_revision().publish()
    changed = client.get(PAGES, params, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    document = client.get(DOCUMENTS)
    assert document["ETag"]
    assert client.get(DOCUMENTS, HTTP_IF_NONE_MATCH=document["ETag"]).status_code == 304


def test_if_modified_since_alone_gets_the_full_answer(client):
    """No Last-Modified, so If-Modified-Since cannot give a stale 304 (an
    unpublished or restricted page does not move the latest publication)."""
    page = make_practice(title="Practice asked since")
    future = "Fri, 01 Jan 2100 00:00:00 GMT"
    for url in (PAGES, f"{PAGES}{page.pk}/", DOCUMENTS):
        response = client.get(url, HTTP_IF_MODIFIED_SINCE=future)
        assert response.status_code == 200, url
        assert response.json()
        assert "Last-Modified" not in response


def test_unpublished_or_restricted_page_changes_the_etag(client):
    index = own_index()
    gone = PracticePageFactory(parent=index, title="Soon unpublished")
    hidden = PracticePageFactory(parent=index, title="Soon private")
    params = {"type": "practices.PracticePage", "locale": "en", "limit": 100}
    etag = client.get(PAGES, params)["ETag"]
    gone.unpublish()
    response = client.get(PAGES, params, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert gone.pk not in {item["id"] for item in response.json()["items"]}
    etag = response["ETag"]
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(PAGES, params, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert hidden.pk not in {item["id"] for item in response.json()["items"]}


# CORS ------------------------------------------------------------------------------


def test_no_cors_headers_unless_configured(client):
    response = client.get(PAGES, HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in response


@override_settings(API_CORS_ALLOWED_ORIGINS=["https://partner.example"])
def test_cors_headers_for_configured_origins_only(client):
    response = client.get(PAGES, HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "Origin" in response["Vary"]
    other = client.get(PAGES, HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    preflight = client.options(
        PAGES,
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 204
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    page = client.get("/en/", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in page


@override_settings(API_CORS_ALLOWED_ORIGINS=["*"])
def test_cors_wildcard(client):
    response = client.get(DOCUMENTS, HTTP_ORIGIN="https://anyone.example")
    assert response["Access-Control-Allow-Origin"] == "*"


# Query counts ----------------------------------------------------------------------


def _count_queries(client, params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.caching import invalidate

    invalidate()  # cold: what the first request after a publish pays
    with CaptureQueriesContext(connection) as queries:
        response = client.get(PAGES, params)
    assert response.status_code == 200
    return len(queries)


def test_listing_query_count_does_not_grow_with_items(client):
    index = own_index()
    for n in range(30):
        PracticePageFactory(
            parent=index,
            title=f"Counted practice {n}",
            start_date=datetime.date(2020, 1, 1),
        )
    small = _count_queries(client, {"type": "practices.PracticePage", "limit": 3})
    large = _count_queries(client, {"type": "practices.PracticePage", "limit": 40})
    assert small == large
    assert large <= 7, large
    every = _count_queries(client, {"limit": 100})
    assert every <= 7, every


# Hostile input -----------------------------------------------------------------------


PAGE_PARAMETERS = [
    "limit",
    "offset",
    "locale",
    "type",
    "fields",
    "order",
    "search",
    "search_operator",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "id",
    "title",
    "slug",
    "first_published_at",
    "format",
    "rich_text_format",
]
PRACTICE_PARAMETERS = ["start_date", "latitude", "pillar", "topics", "origin_region"]


def test_hostile_parameters_never_cause_a_server_error():
    from django.test import Client

    from tests.quality.test_fuzz import HOSTILE

    client = Client(raise_request_exception=True)
    requests = [(PAGES, {name: None}) for name in PAGE_PARAMETERS]
    requests += [
        (PAGES, {name: None, "type": "practices.PracticePage"})
        for name in PRACTICE_PARAMETERS
    ]
    requests += [(f"{PAGES}find/", {name: None}) for name in ("id", "html_path")]
    requests += [
        (url, {name: None})
        for url in (DOCUMENTS, IMAGES)
        for name in ("limit", "offset", "title", "order", "search", "id")
    ]
    for url, params in requests:
        for value in HOSTILE:
            query = {k: (value if v is None else v) for k, v in params.items()}
            response = client.get(url, query)
            assert response.status_code < 500, (url, query)
            if response["Content-Type"].startswith("application/json"):
                assert response.status_code in (200, 301, 302, 400, 404), query
                if response.status_code == 400:
                    assert response.json()["message"], query
