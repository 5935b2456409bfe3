"""The search page: language isolation, facets, permissions, documents, bad input.

The pages searched for are the tests' own (``own_pages``), with made-up words
("heronsbill", "pondweed", "sedgebudget") that nothing else holds.
"""

import json
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

from cms.factories import english_home, published_translation
from home.factories import StandardPageFactory
from home.models import StandardPage
from search.models import QueryStatistic
from search.tests.conftest import refresh_index

pytestmark = pytest.mark.usefixtures("search_backend")


@pytest.fixture
def own_pages(search_backend):
    """An "about" page in English and Italian, a statement, a legal notice and a
    page about a budget, indexed by the backend under test."""
    home = english_home()
    about = StandardPageFactory(
        parent=home,
        title="About us",
        slug="about-t",
        intro="The pondweed partner network.",
    )
    pages = SimpleNamespace(
        about=about,
        about_it=published_translation(about, "it"),
        statement=StandardPageFactory(
            parent=home,
            title="Heronsbill statement",
            slug="heronsbill",
            intro="How this site meets the heronsbill rules.",
        ),
        legal=StandardPageFactory(
            parent=home, title="Legal notice", slug="legal-t", intro="Who we are."
        ),
        budget=StandardPageFactory(
            parent=home,
            title="Finances",
            slug="finances-t",
            intro="Where the sedgebudget of the partnership goes.",
        ),
    )
    refresh_index()
    return pages


def search(client, language="en", **params):
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_results_come_from_the_active_language_only(client, own_pages):
    english = search(client, "en", q="pondweed")
    italian = search(client, "it", q="pondweed")
    about_en = own_pages.about
    about_it = about_en.get_translation(Page.objects.get(url_path="/home-2/").locale)
    assert about_en.url in english and about_it.url not in english
    assert about_it.url in italian and about_en.url not in italian


@pytest.mark.django_db
def test_type_facet_counts_and_filter(client, own_pages):
    html = search(client, q="heronsbill")
    assert 'Other pages <span class="count">(1)</span>' in html
    filtered = search(client, q="heronsbill", type="page")
    assert "/en/heronsbill/" in filtered


@pytest.mark.django_db
def test_snippet_highlights_from_stored_text(client, own_pages):
    html = search(client, q="sedgebudget")
    assert "<mark>sedgebudget</mark>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "raw",
    [
        '"food valley',
        "a OR (b",
        "NOT",
        "*",
        "\x01\x1f\x7f",
        "x" * 5000,
        "'; DROP TABLE x; --",
        "<script>alert(1)</script>",
        "ü" * 300,
    ],
)
def test_bad_queries_get_an_answer_not_an_error(client, raw):
    response = client.get("/en/search/", {"q": raw})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.django_db
def test_nul_in_query_is_refused_with_a_clear_400(client):
    response = client.get("/en/search/", {"q": "food\x00valley"})
    assert response.status_code == 400
    assert "characters that are not allowed" in response.content.decode()


@pytest.mark.django_db
def test_long_query_is_cut_with_a_notice(client, own_pages):
    html = search(client, q="heronsbill " + "x" * 400)
    assert "shortened to its first 200 characters" in html


@pytest.mark.django_db
def test_unknown_type_and_repeated_parameters(client, own_pages):
    html = search(client, q="heronsbill", type="spaceship")
    assert "does not exist" in html
    response = client.get("/en/search/?q=heronsbill&q=about&type=page&type=document")
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999"])
def test_pagination_edges(client, own_pages, page):
    response = client.get("/en/search/", {"q": "heronsbill", "page": page})
    assert response.status_code == 200
    assert "/en/heronsbill/" in response.content.decode()


@pytest.mark.django_db
def test_restricted_pages_are_never_shown_or_counted(client, django_user_model):
    home = english_home()
    secret = StandardPageFactory(
        parent=home,
        title="Minutes zebracrossing",
        slug="minutes",
        intro="zebracrossing minutes",
    )
    group = Group.objects.create(name="Secret readers")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    refresh_index()
    html = search(client, q="zebracrossing")
    assert "/en/minutes/" not in html and "0 results" in html
    reader = django_user_model.objects.create_user("reader", password="pw")
    reader.groups.add(group)
    client.force_login(reader)
    assert "/en/minutes/" in search(client, q="zebracrossing")


def _document(title, text, collection=None):
    Document = get_document_model()
    document = Document(
        title=title,
        language="en",
        extracted_text=text,
        collection=collection or Collection.get_first_root_node(),
    )
    document.file.save("doc.txt", ContentFile(text.encode()), save=False)
    document.save()
    return document


@pytest.mark.django_db
def test_documents_are_found_by_their_extracted_text(client):
    _document("Annual report", "the ceramics district of Sassuolo grew again")
    refresh_index()
    html = search(client, q="sassuolo")
    assert "Annual report" in html
    assert "<mark>Sassuolo</mark>" in html
    assert 'Documents <span class="count">(1)</span>' in search(
        client, q="sassuolo", type="document"
    )


@pytest.mark.django_db
def test_restricted_documents_are_never_shown_or_counted(client):
    root = Collection.get_first_root_node()
    internal = root.add_child(name="Internal")
    restriction = CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert restriction.pk
    _document("Private minutes", "quokkaword confidential", collection=internal)
    refresh_index()
    html = search(client, q="quokkaword")
    assert "Private minutes" not in html
    # Nothing to count: the documents are not offered as a filter at all.
    assert 'Documents <span class="count">' not in html


@pytest.mark.django_db
def test_autocomplete_returns_titles_as_json(client, own_pages):
    response = client.get("/en/search/autocomplete/", {"q": "herons"})
    assert response["Content-Type"] == "application/json"
    titles = [item["title"] for item in json.loads(response.content)["results"]]
    assert "Heronsbill statement" in titles
    assert json.loads(client.get("/en/search/autocomplete/", {"q": ""}).content) == {
        "results": []
    }


@pytest.mark.django_db
def test_promoted_results_come_first(client, own_pages):
    legal = own_pages.legal
    SearchPromotion.objects.create(
        query=Query.get("heronsbill"), page=legal, description="Read this first"
    )
    html = search(client, q="heronsbill")
    assert html.index("Read this first") < html.index("/en/heronsbill/")


@pytest.mark.django_db
def test_query_statistics_count_zero_result_searches(client, own_pages):
    search(client, q="unfindablexyz")
    search(client, q="unfindablexyz")
    search(client, q="heronsbill")
    zero = QueryStatistic.objects.get(query_string="unfindablexyz", language="en")
    assert (zero.hits, zero.zero_result_hits) == (2, 2)
    found = QueryStatistic.objects.get(query_string="heronsbill")
    assert (found.hits, found.zero_result_hits) == (1, 0)


@pytest.mark.django_db
def test_search_query_count_does_not_grow_with_results(client, search_backend):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    home = english_home()
    counts = []
    for total in (2, 12):
        while StandardPage.objects.filter(slug__startswith="wombat").count() < total:
            n = StandardPage.objects.filter(slug__startswith="wombat").count()
            StandardPageFactory(
                parent=home,
                title=f"Wombat {n}",
                slug=f"wombat-{n}",
                intro="wombat habitats",
            )
        client.get("/en/search/", {"q": "wombat"})
        with CaptureQueriesContext(connection) as context:
            client.get("/en/search/", {"q": "wombat"})
        counts.append(len(context))
    assert counts[0] == counts[1]
