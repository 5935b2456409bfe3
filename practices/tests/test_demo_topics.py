"""The demo's practice topics: every topic has its name in all five languages, and
the demo's pages and library show those names, never the tags' slugs.

The topics' behaviour is tested on factory-built data in ``test_topics.py``.
"""

import pytest
from taggit.models import Tag

from cms.demo import english, read
from practices.models import PracticeIndexPage, PracticePage, PracticePageTag, Topic

LANGUAGES = ["en", "it", "es", "sv", "pl"]


@pytest.mark.django_db
def test_every_demo_topic_has_its_name_in_all_five_languages():
    records = read("practices", "topics")
    names = {
        (tag_slug, language): name
        for tag_slug, language, name in Topic.objects.filter(
            tag__slug__in=records
        ).values_list("tag__slug", "locale__language_code", "name")
    }
    for slug, translations in records.items():
        assert set(translations) == set(LANGUAGES), slug
        for language in LANGUAGES:
            assert names.get((slug, language)) == translations[language], (
                slug,
                language,
            )
    # One topic per tag and language, all five sharing one translation key.
    for slug in records:
        topics = Topic.objects.filter(tag__slug=slug)
        assert topics.count() == len(LANGUAGES), slug
        assert topics.values("translation_key").distinct().count() == 1, slug


@pytest.mark.django_db
def test_every_tag_of_a_demo_practice_or_collection_is_a_demo_topic():
    practices = [english(record) for record in read("practices", "practices")]
    collections = [english(record) for record in read("practices", "collections")]
    used = set(
        PracticePageTag.objects.filter(
            content_object__locale__language_code="en",
            content_object__slug__in=[practice["slug"] for practice in practices],
        ).values_list("tag__slug", flat=True)
    )
    assert used == {slug for practice in practices for slug in practice["topics"]}
    used |= {slug for record in collections for slug in record.get("topics", [])}
    assert used
    assert used <= set(read("practices", "topics"))
    assert set(Tag.objects.filter(slug__in=used).values_list("name", flat=True)) == used


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_demo_practice_pages_and_library_show_topic_names_not_slugs(client, language):
    records = read("practices", "topics")
    english = PracticePage.objects.get(locale__language_code="en", slug="er-go-global")
    page = PracticePage.objects.get(
        locale__language_code=language, translation_key=english.translation_key
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    shown = [topic.label for topic in response.context["topics"]]
    slugs = sorted(page.topics.values_list("slug", flat=True))
    assert sorted(shown) == sorted(records[slug][language] for slug in slugs)
    for slug in slugs:
        assert f"?topic={slug}" in html
        assert f">{slug}<" not in html

    index = PracticeIndexPage.objects.get(locale__language_code=language)
    response = client.get(index.url, {"topic": "digital-export"})
    options = {
        option.value: option.label
        for facet in response.context["library"]["facets"]
        if facet.name == "topic"
        for option in facet.options
    }
    assert options
    assert all(options[slug] == records[slug][language] for slug in options)
    [active] = response.context["library"]["active_filters"]
    assert active.label == records["digital-export"][language]
    assert response.context["library"]["total"] == 2
