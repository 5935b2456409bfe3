"""Facets of the search page: pillar, region, sector, level and type, with counts.

Runs on the database backend and on the engine (see conftest.py). Every count is
read from the page as a visitor sees it. The library below uses a made-up word,
"quillwort", so only these pages and documents match:

Its regions are its own ("Quill Valencia", with an Italian translation, and
"Quill Silesia", in a territories index of their own):

    practice A  governance  regional  Valencia
    practice B  governance  local     Silesia
    practice C  identity    regional  Valencia
    practice D  governance  regional  Valencia   (restricted to a group)
    practice E  governance  regional  Valencia   (draft)
    event       hosted by Valencia
    value chain under the Valencia region page, sector "quill-food"
    page        under the Silesia region page
    document    region Valencia
    document    region Valencia, in a login-only collection
    practice    in Italian, governance, Valencia (another language)
"""

import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    PageViewRestriction,
)

from cms.factories import published_translation
from home.factories import StandardPageFactory
from practices.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    english_home,
)
from regions.factories import (
    SectorFactory,
    ValueChainPageFactory,
    isolated_region_index,
    make_profiled_region,
)
from search.tests.conftest import refresh_index

WORD = "quillwort"


def search(client, language="en", **params):
    response = client.get(f"/{language}/search/", {"q": WORD, **params})
    assert response.status_code == 200
    return response.content.decode()


def facet_counts(html, name):
    """{option label: count} of one facet list, as shown."""
    if name == "type":
        block = html.split('id="facets-title"', 1)[1].split("</ul>", 1)[0]
    else:
        match = re.search(rf'data-facet="{name}">(.*?)</ul>', html, re.S)
        assert match, f"no {name} facet on the page"
        block = match.group(1)
    return {
        label.strip(): int(count)
        for label, count in re.findall(
            r'>([^<>]+?) <span class="count">\((\d+)\)</span>', block
        )
    }


def total(html):
    return int(re.search(r'id="results-title">(\d+) result', html).group(1))


def _document(title, region_page, collection):
    document = get_document_model()(
        title=title,
        language="en",
        extracted_text=f"{WORD} minutes of the partnership",
        region=region_page,
        collection=collection,
    )
    document.file.save("doc.txt", ContentFile(WORD.encode()), save=False)
    document.save()
    return document


@pytest.fixture
def library(search_backend, django_user_model):
    territories = isolated_region_index("territories-quill", translated=False)
    valencia = make_profiled_region(
        territories, "Quill Valencia", "quill-valencia", translated=False
    )
    silesia = make_profiled_region(
        territories, "Quill Silesia", "quill-silesia", translated=False
    )
    valencia_it = published_translation(valencia, "it")
    index = PracticeIndexPageFactory(parent=english_home())
    summary = f"A {WORD} practice."
    pages = SimpleNamespace(valencia=valencia, silesia=silesia, valencia_it=valencia_it)
    pages.a = PracticePageFactory(
        parent=index, title="Practice A", summary=summary, origin_region=valencia
    )
    pages.b = PracticePageFactory(
        parent=index,
        title="Practice B",
        summary=summary,
        origin_region=silesia,
        implementation_level="local",
    )
    pages.c = PracticePageFactory(
        parent=index,
        title="Practice C",
        summary=summary,
        origin_region=valencia,
        pillar="identity",
    )
    pages.d = PracticePageFactory(
        parent=index, title="Practice D", summary=summary, origin_region=valencia
    )
    group = Group.objects.create(name="Quillwort readers")
    restriction = PageViewRestriction.objects.create(
        page=pages.d, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    pages.reader = django_user_model.objects.create_user("quill-reader", password="x")
    pages.reader.groups.add(group)
    pages.e = PracticePageFactory(
        parent=index, title="Practice E", summary=summary, origin_region=valencia
    )
    pages.e.unpublish()

    events = EventIndexPageFactory(parent=english_home())
    pages.event = EventPageFactory(
        parent=events, title="Quill workshop", summary=summary, host_region=valencia
    )
    sector = SectorFactory(
        name="Quill food", code="quill-food", locale=Locale.get_default()
    )
    pages.chain = ValueChainPageFactory(
        parent=valencia, title="Quill chain", summary=summary, sector=sector
    )
    pages.news = StandardPageFactory(
        parent=silesia, title="Quill news", slug="quill-news", intro=summary
    )
    root = Collection.get_first_root_node()
    pages.document = _document("Quill minutes", valencia, root)
    internal = root.add_child(name="Quill internal")
    CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.LOGIN
    )
    pages.internal_document = _document("Quill secret minutes", valencia, internal)

    italian = Locale.objects.get(language_code="it")
    italian_index = PracticeIndexPageFactory(
        parent=english_home().get_translation(italian)
    )
    PracticePageFactory(
        parent=italian_index,
        title="Pratica Q",
        summary=summary,
        origin_region=valencia_it,
    )
    refresh_index()
    return pages


@pytest.mark.django_db
def test_type_facet_counts_every_searchable_type(client, library):
    html = search(client)
    counts = facet_counts(html, "type")
    assert counts["Good practices"] == 3
    assert counts["Exchange activities"] == 1
    assert counts["Value chains"] == 1
    assert counts["Other pages"] == 1
    assert counts["Documents"] == 1
    assert total(html) == 7
    assert "Quill secret minutes" not in html and "Practice D" not in html


@pytest.mark.django_db
def test_pillar_facet_counts_and_filter(client, library):
    counts = facet_counts(search(client), "pillar")
    # A choice that would find nothing is not offered (issue 19, item 4).
    assert counts == {
        "Policies and governance": 2,
        "Local identity and branding": 1,
    }
    html = search(client, pillar="governance")
    assert total(html) == 2
    assert "Practice A" in html and "Practice B" in html and "Practice C" not in html
    # A facet's own counts ignore its own choice, so the visitor can switch.
    assert facet_counts(html, "pillar")["Local identity and branding"] == 1
    # The other facets count within the choice.
    region_counts = facet_counts(html, "region")
    assert region_counts[library.valencia.title] == 1
    assert region_counts[library.silesia.title] == 1
    assert "Documents" not in facet_counts(html, "type")


@pytest.mark.django_db
def test_level_facet_counts_and_filter(client, library):
    counts = facet_counts(search(client), "level")
    assert counts["Regional"] == 2 and counts["Local"] == 1
    assert "National" not in counts
    html = search(client, level="local")
    assert total(html) == 1 and "Practice B" in html


@pytest.mark.django_db
def test_sector_facet_counts_and_filter(client, library):
    assert facet_counts(search(client), "sector")["Quill food"] == 1
    html = search(client, sector="quill-food")
    assert total(html) == 1 and "Quill chain" in html


@pytest.mark.django_db
def test_region_facet_counts_every_type_and_documents(client, library):
    counts = facet_counts(search(client), "region")
    # A, C, the event, the value chain under it, its public document.
    assert counts[library.valencia.title] == 5
    # B, and the page under the Silesia region page.
    assert counts[library.silesia.title] == 2
    html = search(client, region="quill-valencia")
    assert total(html) == 5
    for title in ("Practice A", "Practice C", "Quill workshop", "Quill chain"):
        assert title in html
    assert "Quill minutes" in html and "Practice B" not in html
    types = facet_counts(html, "type")
    assert types["Good practices"] == 2 and types["Documents"] == 1
    assert facet_counts(html, "pillar")["Policies and governance"] == 1


@pytest.mark.django_db
def test_facets_combine(client, library):
    html = search(client, region="quill-valencia", pillar="identity")
    assert total(html) == 1 and "Practice C" in html
    html = search(client, region="quill-silesia", type="page")
    assert total(html) == 1 and "Quill news" in html
    html = search(client, sector="quill-food", type="event")
    assert total(html) == 0


@pytest.mark.django_db
def test_facets_come_from_the_active_language_only(client, library):
    html = search(client, "it")
    assert "Pratica Q" in html and "Practice A" not in html
    assert facet_counts(html, "type")["Buone pratiche"] == 1
    region_it = library.valencia_it
    assert facet_counts(html, "region")[region_it.title] == 1
    # An English sector code means nothing on the Italian site.
    assert "quill-food" not in html


@pytest.mark.django_db
def test_permissions_apply_to_results_and_counts(client, library):
    client.force_login(library.reader)
    html = search(client)
    assert "Practice D" in html
    assert facet_counts(html, "pillar")["Policies and governance"] == 3
    assert facet_counts(html, "region")[library.valencia.title] == 7
    assert facet_counts(html, "type")["Documents"] == 2
    assert "Quill secret minutes" in html
    assert "Practice E" not in html  # a draft, whoever looks


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params, notice",
    [
        ({"pillar": "spaceships"}, "Pillar: “spaceships”"),
        ({"level": "galactic"}, "Level: “galactic”"),
        ({"sector": "x" * 500}, f"Sector: “{'x' * 60}”"),
        ({"region": "atlantis"}, "Territory: “atlantis”"),
        ({"region": "\u202e<b>"}, "Territory: “\u202e&lt;b&gt;”"),
    ],
)
def test_unknown_facet_values_are_ignored_with_a_notice(
    client, library, params, notice
):
    # The same rule and the same notice as every listing (cms.listing).
    html = search(client, **params)
    assert "were not understood and have been ignored" in html
    assert notice in html
    assert total(html) == 7
    assert "<b>" not in html.split('role="status"', 1)[1].split("</ul>", 1)[0]


@pytest.mark.django_db
def test_region_of_another_language_is_unknown(client, library):
    slug_elsewhere = "quill-region"
    region_it = library.valencia_it
    region_it.slug = slug_elsewhere
    region_it.save()
    html = search(client, region=slug_elsewhere)
    assert f"Territory: “{slug_elsewhere}”" in html


@pytest.mark.django_db
@pytest.mark.parametrize("page, first", [("1", True), ("2", False), ("9", False)])
def test_pagination_edges_with_facets(client, library, page, first):
    for n in range(10):
        PracticePageFactory(
            parent=library.a.get_parent(),
            title=f"Extra {n}",
            summary=f"{WORD} extra",
            origin_region=library.valencia,
        )
    refresh_index()
    html = search(client, region="quill-valencia", page=page)
    assert total(html) == 15
    shown = len(re.findall(r'class="search-result"', html))
    assert shown == (10 if first else 5)
    # Facet links always lead back to the first page.
    assert "page=" not in re.search(r'data-facet="pillar">(.*?)</ul>', html, re.S)[1]
