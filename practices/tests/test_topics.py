"""Practice topics in every language: the tag's slug stays the key (web addresses,
stored data), visitors read the topic's name in the page's language, falling back
to English, then to the tag's name; the lead partner edits the topics, regional
editors are refused.

The demo's topics are tested in ``test_demo_topics.py``.
"""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from taggit.models import Tag
from wagtail.models import Locale

from cms.caching import invalidate
from cms.factories import published_translation, translate_everywhere
from practices.factories import (
    PracticeCollectionPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    english_home,
    italian_library,
    make_italian_practices,
    make_topic,
)
from practices.models import Topic
from practices.topics import labelled_topics, topic_labels

LANGUAGES = ["en", "it", "es", "sv", "pl"]
DIGITAL = {
    "en": "Digital selling abroad",
    "it": "Vendita digitale all'estero",
    "es": "Venta digital en el extranjero",
    "sv": "Digital försäljning utomlands",
    "pl": "Sprzedaż cyfrowa za granicą",
}
FAIRS = {
    "en": "Fairs and missions",
    "it": "Fiere e missioni",
    "es": "Ferias y misiones",
    "sv": "Mässor och resor",
    "pl": "Targi i misje",
}


def facet(response, name):
    return next(f for f in response.context["library"]["facets"] if f.name == name)


def listed_keys(response):
    return {page.translation_key for page in response.context["library"]["practices"]}


@pytest.mark.django_db
def test_an_italian_practice_page_shows_the_italian_topic_names(client):
    make_topic("tt-digital", DIGITAL)
    make_topic("tt-fairs", FAIRS)
    index, _italian_index = italian_library("tt-page-")
    practice = PracticePageFactory(
        parent=index,
        slug="tt-practice",
        topic_names=["tt-digital", "tt-fairs"],
        locale=Locale.get_default(),
    )
    italian = published_translation(practice, "it")

    response = client.get(italian.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert [topic.label for topic in response.context["topics"]] == [
        "Fiere e missioni",
        "Vendita digitale all'estero",
    ]
    assert "Vendita digitale all&#x27;estero</a>" in html
    assert "Fiere e missioni</a>" in html
    # The slug stays in the link (the key), never as the text a visitor reads.
    assert "?topic=tt-digital" in html
    assert ">tt-digital<" not in html and ">tt-fairs<" not in html
    assert "Digital selling abroad" not in html


@pytest.mark.django_db
def test_old_topic_urls_filter_the_same_in_every_language(client):
    make_topic("tt-digital", DIGITAL)
    index = translate_everywhere(
        PracticeIndexPageFactory(
            parent=english_home(), slug="tt-urls", locale=Locale.get_default()
        )
    )
    tagged = [
        PracticePageFactory(
            parent=index,
            slug=f"tt-tagged-{n}",
            topic_names=["tt-digital"],
            locale=Locale.get_default(),
        )
        for n in range(2)
    ]
    PracticePageFactory(
        parent=index,
        slug="tt-other",
        topic_names=["tt-elsewhere"],
        locale=Locale.get_default(),
    )
    for page in tagged:
        for language in LANGUAGES[1:]:
            published_translation(page, language)
    expected = {page.translation_key for page in tagged}

    for language in LANGUAGES:
        localized = index.get_translation(Locale.objects.get(language_code=language))
        response = client.get(localized.url, {"topic": "tt-digital"})
        assert response.status_code == 200, language
        assert listed_keys(response) == expected, language
        [active] = response.context["library"]["active_filters"]
        assert active.label == DIGITAL[language], language
        option = next(o for o in facet(response, "topic").options if o.selected)
        assert (option.value, option.label, option.count) == (
            "tt-digital",
            DIGITAL[language],
            2,
        )


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "it"])
def test_an_unknown_topic_slug_is_ignored_not_an_error(client, language):
    make_topic("tt-digital", DIGITAL)
    index, italian_index = italian_library("tt-bad-")
    make_italian_practices(italian_index, 2, ["tt-digital"])
    PracticePageFactory(
        parent=index, topic_names=["tt-digital"], locale=Locale.get_default()
    )
    page = index if language == "en" else italian_index

    response = client.get(page.url, {"topic": ["no-such-topic", "<b>x</b>"]})

    assert response.status_code == 200
    library = response.context["library"]
    assert library["total"] == (1 if language == "en" else 2)
    assert library["active_filters"] == []
    assert [item["value"] for item in library["ignored"]] == [
        "no-such-topic",
        "<b>x</b>",
    ]
    assert "<b>x</b>" not in response.content.decode().split('<main id="main"')[1]


@pytest.mark.django_db
def test_a_missing_translation_falls_back_to_english_then_to_the_tag(client):
    make_topic("tt-digital", DIGITAL)
    make_topic("tt-fairs", FAIRS, translated=False)  # English only
    Tag.objects.create(slug="tt-unnamed", name="tt-unnamed")  # no topic at all
    _index, italian_index = italian_library("tt-fallback-")
    make_italian_practices(italian_index, 3, ["tt-digital", "tt-fairs", "tt-unnamed"])

    response = client.get(italian_index.url)

    assert response.status_code == 200
    labels = {o.value: o.label for o in facet(response, "topic").options}
    assert labels == {
        "tt-digital": DIGITAL["it"],
        "tt-fairs": FAIRS["en"],
        "tt-unnamed": "tt-unnamed",
    }
    tags = Tag.objects.filter(slug__in=labels)
    italian = italian_index.locale_id
    assert {t.slug: t.label for t in labelled_topics(tags, italian)} == labels
    assert topic_labels([t.pk for t in tags], italian) == {
        t.pk: labels[t.slug] for t in tags
    }


# The Italian library with topic labels, whatever the number of practices: the
# labels come in the facet's own aggregate query (and in the query that reads the
# chosen values), so the page costs what it cost with English tag names. Counted
# cold, as the first request after a publish pays it (menus and footer rebuilt,
# since session 14: the library's facets are kept per audience, cms.fragments).
LISTING_QUERIES = 30


@pytest.mark.django_db
def test_the_listing_shows_labels_in_a_fixed_number_of_queries(client):
    slugs = ["tt-digital", "tt-fairs", "tt-third"]
    make_topic("tt-digital", DIGITAL)
    make_topic("tt-fairs", FAIRS)
    make_topic("tt-third", {"en": "Third topic", "it": "Terzo tema"})
    _index, italian_index = italian_library("tt-count-")
    url = f"{italian_index.url}?topic=tt-fairs&topic=tt-third"

    def measured():
        invalidate()  # cold, as after a publish (bulk rows bump nothing)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        options = {o.value: o.label for o in facet(response, "topic").options}
        assert options == {
            "tt-digital": DIGITAL["it"],
            "tt-fairs": FAIRS["it"],
            "tt-third": "Terzo tema",
        }
        labels = {a.label for a in response.context["library"]["active_filters"]}
        assert labels == {FAIRS["it"], "Terzo tema"}
        return len(queries), response.context["library"]["total"]

    make_italian_practices(italian_index, 3, slugs)
    client.get(url)  # warm the site-root cache
    small = measured()
    make_italian_practices(italian_index, 27, slugs, start=3)
    large = measured()
    assert small == (LISTING_QUERIES, 2)
    assert large == (LISTING_QUERIES, 20)


@pytest.mark.django_db
def test_topic_labels_of_a_whole_listing_cost_one_query(django_assert_num_queries):
    tags = [make_topic(f"tt-many-{n}", {"en": f"Many {n}"}).tag for n in range(30)]
    italian = Locale.objects.get(language_code="it").pk
    with django_assert_num_queries(1):
        labels = topic_labels([tag.pk for tag in tags], italian)
    assert labels == {tag.pk: f"Many {n}" for n, tag in enumerate(tags)}
    with django_assert_num_queries(0):
        assert topic_labels([], italian) == {}


def _create_topics():
    migration = importlib.import_module("practices.migrations.0007_topics_from_tags")
    migration.create_topics(apps, None)


@pytest.mark.django_db
def test_the_migration_names_every_used_tag_after_itself(client):
    index = PracticeIndexPageFactory(
        parent=english_home(), slug="tt-migration", locale=Locale.get_default()
    )
    tagged = PracticePageFactory(
        parent=index, topic_names=["Old Tag Name"], locale=Locale.get_default()
    )
    collection = PracticeCollectionPageFactory(
        parent=english_home(), slug="tt-collection", locale=Locale.get_default()
    )
    collection_tag = Tag.objects.create(name="Collection only", slug="tt-coll")
    collection.topics = [collection_tag]
    collection.save()
    unused = Tag.objects.create(name="Nobody uses me", slug="tt-unused")
    renamed = make_topic("tt-named", {"en": "Already named"}, translated=False)
    PracticePageFactory(
        parent=index, topic_names=["tt-named"], locale=Locale.get_default()
    )
    old_tag = Tag.objects.get(name="Old Tag Name")
    before = client.get(index.url, {"topic": old_tag.slug})

    _create_topics()
    _create_topics()  # running it again adds nothing

    english = Topic.objects.filter(locale=Locale.get_default())
    assert english.get(tag=old_tag).name == "Old Tag Name"
    assert english.get(tag=collection_tag).name == "Collection only"
    assert not Topic.objects.filter(tag=unused).exists()
    assert english.get(tag=renamed.tag).name == "Already named"
    assert english.filter(tag=old_tag).count() == 1
    # The same slug filters the same practices, shown with the same name.
    after = client.get(index.url, {"topic": old_tag.slug})
    assert listed_keys(after) == listed_keys(before) == {tagged.translation_key}
    assert after.context["library"]["active_filters"][0].label == "Old Tag Name"


@pytest.mark.django_db
def test_the_lead_partner_edits_topics_and_a_regional_editor_is_refused(
    client, governed
):
    topic = make_topic("tt-digital", DIGITAL, translated=False)
    edit = reverse("wagtailsnippets_practices_topic:edit", args=[topic.pk])
    delete = reverse("wagtailsnippets_practices_topic:delete", args=[topic.pk])
    add = reverse("wagtailsnippets_practices_topic:add")

    for role in ("editor", "coordinator"):
        client.force_login(getattr(governed.north.users, role))
        response = client.get(edit)
        assert response.status_code == 403, role
        assert "only the lead partner may add, change or delete it" in (
            response.content.decode()
        )
        assert client.post(edit, {"tag": topic.tag_id, "name": "x"}).status_code == 403
        assert client.post(delete).status_code == 403, role
        assert client.get(add).status_code == 403, role
    topic.refresh_from_db()
    assert topic.name == DIGITAL["en"]

    client.force_login(governed.lead)
    assert client.get(edit).status_code == 200
    response = client.post(edit, {"tag": topic.tag_id, "name": "Online export"})
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.name == "Online export"


@pytest.mark.django_db
def test_the_lead_partner_lists_topics_and_translates_them(client, governed):
    topic = make_topic("tt-digital", DIGITAL, translated=False)
    client.force_login(governed.lead)

    listing = client.get(reverse("wagtailsnippets_practices_topic:list"))
    assert listing.status_code == 200
    assert DIGITAL["en"] in listing.content.decode()

    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["practices", "topic", topic.pk],
    )
    assert client.get(submit).status_code == 200
    italian = Locale.objects.get(language_code="it")
    response = client.post(submit, {"locales": [italian.pk]})
    assert response.status_code == 302
    translation = Topic.objects.get(
        translation_key=topic.translation_key, locale=italian
    )
    # The tag is synchronised: the Italian topic names the same tag.
    assert translation.tag_id == topic.tag_id
    assert translation.name == DIGITAL["en"]  # until a translator names it
