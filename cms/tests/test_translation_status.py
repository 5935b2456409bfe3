"""Which pages are missing, outdated, in review or up to date in which language,
per region: the status view, its filters and the dashboard panel."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.access import viewer_for
from cms.factories import published_translation
from cms.translations.status import (
    IN_REVIEW,
    MISSING,
    OUTDATED,
    UP_TO_DATE,
    TranslationStatus,
)

pytestmark = pytest.mark.django_db

URL = "/admin/translations/"


def states_of(user, page):
    """{language: state} of ``page`` for ``user``."""
    status = TranslationStatus(viewer_for(user))
    return {
        item.locale.language_code: item.state
        for item in status.items
        if item.page_id == page.pk
    }


def test_each_state_follows_what_happened_to_the_page(governed):
    north = governed.north
    editor = north.users.editor
    assert states_of(editor, north.news) == dict.fromkeys(
        ["it", "es", "sv", "pl"], MISSING
    )

    published_translation(north.news, "it")
    spanish = published_translation(north.news, "es")
    assert states_of(editor, north.news)["it"] == UP_TO_DATE

    north.news.save_revision().publish()  # the English page changes
    spanish.get_workflow().start(spanish, editor)
    states = states_of(editor, north.news)
    assert states["it"] == OUTDATED
    assert states["es"] == IN_REVIEW
    assert states["sv"] == MISSING


def test_a_region_sees_only_its_own_pages(governed):
    north, south = governed.north, governed.south
    status = TranslationStatus(viewer_for(north.users.coordinator))
    pages = {item.page_id for item in status.items}
    assert north.news.pk in pages and north.region.pk in pages
    assert south.news.pk not in pages and south.minutes.pk not in pages
    assert [row.title for row in status.rows] == ["Test North"]

    lead = TranslationStatus(viewer_for(governed.lead))
    titles = [str(row.title) for row in lead.rows]
    assert {"Test North", "Test South"} <= set(titles)
    assert titles[-1] == "Shared pages"


def test_the_table_costs_the_same_queries_for_more_pages(governed):
    north = governed.north

    def queries():
        with CaptureQueriesContext(connection) as captured:
            TranslationStatus(viewer_for(north.users.editor))
        return len(captured)

    queries()  # content types and locales are cached after the first time
    before = queries()
    assert before == 10  # pinned: the viewer, regions, pages, translations, logs...
    for number in range(12):
        page = north.news.copy(
            update_attrs={"title": f"Extra {number}", "slug": f"extra-{number}"}
        )
        page.save_revision().publish()
        published_translation(page, "it")
    assert queries() == before


def test_the_view_lists_the_region_and_its_pages(client, governed):
    north = governed.north
    published_translation(north.news, "it")
    client.force_login(north.users.editor)

    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Test North" in html and "Test South" not in html

    response = client.get(URL, {"language": "it", "state": MISSING})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Test North LSG minutes" in html
    assert "Test North news" not in html  # translated into Italian
    translate = reverse(
        "wagtail_localize:submit_page_translation", args=[north.minutes.pk]
    )
    assert translate in html


def test_bad_filters_get_a_message_and_a_400(client, governed):
    client.force_login(governed.north.users.editor)
    south_key = str(governed.south.region.translation_key)
    for query in ({"region": south_key}, {"language": "xx"}, {"state": "lost"}):
        response = client.get(URL, query)
        assert response.status_code == 400, query
        assert "Test South" not in response.content.decode()
    response = client.get(URL, {"language": "it", "p": "999"})
    assert response.status_code == 200


def test_people_without_translations_are_refused(client, governed):
    client.force_login(governed.north.users.stakeholder)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        # No admin access: Wagtail sends a stakeholder to the login page.
        assert response["Location"].startswith("/admin/login/")
    client.logout()
    assert "/admin/login/" in client.get(URL)["Location"]


def test_the_dashboard_says_what_is_left_to_translate(client, governed):
    north = governed.north
    client.force_login(north.users.editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translations to do" in html
    assert "All translations by region and language" in html
    assert f"{URL}?language=it&amp;state=missing" in html

    client.force_login(north.users.stakeholder)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Translations to do" not in html
