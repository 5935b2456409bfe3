"""Saved searches: saving from the search page and the library, the owner's list,
refusals, the collection page made from a search, and the e-mail digest.

The pages found are the tests' own, holding a made-up word ("quillmoss") that
nothing in the demo holds; searches run on the database backend.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from cms.factories import english_home, published_translation
from cms.testing import text, user
from home.factories import StandardPageFactory
from practices.factories import PracticePageFactory
from practices.models import PracticeIndexPage
from search.models import SavedSearch, SavedSearchSubscription, SearchCollectionPage
from search.saved import normalise

WORD = "quillmoss"
SAVE_URL = "/en/search/save/"
SAVED_URL = "/en/search/saved/"


def save(client, **data):
    fields = {"name": "My search", "source": "search", "query": f"q={WORD}"}
    fields.update(data)
    return client.post(SAVE_URL, fields)


def restricted(page, group):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    return page


def library_index(language="en"):
    return PracticeIndexPage.objects.get(locale__language_code=language)


def listed(response):
    """The result list of a collection page (menus and footers left out)."""
    html = text(response)
    start = html.find('<section aria-labelledby="collection-heading">')
    return html[start : html.find("</section>", start)]


def collection(query=f"q={WORD}", source="search", slug="quillmoss-collection"):
    page = SearchCollectionPage(
        title="Quillmoss collection", slug=slug, source=source, query=query
    )
    english_home().add_child(instance=page)
    page.save_revision().publish()
    return page


# Normalising -----------------------------------------------------------------------


def test_only_the_parameters_a_page_reads_are_kept():
    assert (
        normalise("search", "evil=1&q=  tourism   Valencia &region=valencia&page=3")
        == "q=tourism+Valencia&region=valencia"
    )
    assert (
        normalise("library", "q=words&pillar=governance&pillar=governance&year=2019")
        == "pillar=governance&year=2019"
    )
    assert len(normalise("search", "q=" + "x" * 5000)) <= 202
    assert normalise("search", "type=a&type=b") == "type=a"
    with pytest.raises(ValueError):
        normalise("elsewhere", "q=x")


# Saving ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_saving_from_the_search_page_stores_the_cleaned_query(client):
    owner = user("valencia-editor")
    client.force_login(owner)
    response = save(
        client,
        name="  Quillmoss   in Valencia ",
        query=f"q={WORD}&region=valencia&utm_source=x&page=2",
    )
    assert response.status_code == 302 and response["Location"].endswith(
        "/search/saved/?saved=1"
    )
    saved = SavedSearch.objects.get(owner=owner, name="Quillmoss in Valencia")
    assert (saved.source, saved.query, saved.language) == (
        "search",
        f"q={WORD}&region=valencia",
        "en",
    )
    html = text(client.get(response["Location"]))
    assert "Your search was saved." in html
    assert f'href="/en/search/?q={WORD}&amp;region=valencia"' in html


@pytest.mark.django_db
def test_saving_from_the_library_stores_its_filters(client):
    owner = user("gavleborg-stakeholder")
    client.force_login(owner)
    response = client.post(
        "/sv/search/save/",
        {
            "name": "Gävleborg",
            "source": "library",
            "query": "region=gavleborg&pillar=identity&sneaky=1",
        },
    )
    assert response.status_code == 302
    saved = SavedSearch.objects.get(owner=owner, name="Gävleborg")
    assert (saved.source, saved.query, saved.language) == (
        "library",
        "pillar=identity&region=gavleborg",
        "sv",
    )
    html = text(client.get("/sv/search/saved/"))
    assert library_index("sv").url + "?pillar=identity&amp;region=gavleborg" in html


@pytest.mark.django_db
def test_the_save_form_is_offered_to_signed_in_users_only(client):
    index_url = library_index().url
    assert 'action="/en/search/save/"' not in text(client.get(f"/en/search/?q={WORD}"))
    assert 'action="/en/search/save/"' not in text(client.get(index_url))
    StandardPageFactory(parent=english_home(), slug="qm", intro=f"A {WORD} page.")
    client.force_login(user("valencia-editor"))
    html = text(client.get(f"/en/search/?q={WORD}"))
    assert 'action="/en/search/save/"' in html
    assert f'name="query" value="q={WORD}"' in html
    html = text(client.get(index_url + "?pillar=governance"))
    assert 'name="source" value="library"' in html
    assert 'name="query" value="pillar=governance"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": ""}, "Give the search a name."),
        ({"name": "   "}, "Give the search a name."),
        ({"name": "x" * 121}, "Use at most 120 characters for the name."),
        ({"source": "elsewhere"}, "Select a valid choice."),
    ],
)
def test_bad_input_is_a_clear_400(client, data, message):
    client.force_login(user("valencia-editor"))
    response = save(client, **data)
    assert response.status_code == 400
    assert message in text(response)
    assert not SavedSearch.objects.filter(owner=user("valencia-editor")).exists()


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_log_in(client):
    response = save(client)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert client.get(SAVED_URL).status_code == 302
    assert client.get(SAVE_URL).status_code == 405
    assert not SavedSearch.objects.filter(name="My search").exists()


@pytest.mark.django_db
def test_saving_needs_the_csrf_token():
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(user("valencia-editor"))
    assert save(client).status_code == 403


@pytest.mark.django_db
def test_the_list_has_an_empty_state_and_pages(client):
    owner = user("silesia-editor")
    client.force_login(owner)
    assert "You have no saved searches yet." in text(client.get(SAVED_URL))
    SavedSearch.objects.bulk_create(
        SavedSearch(owner=owner, name=f"Search {n}", query=f"q=w{n}", language="en")
        for n in range(25)
    )
    first = text(client.get(SAVED_URL))
    assert "Page 1 of 2" in first
    for bad in ("abc", "-1", "99999"):
        assert client.get(SAVED_URL, {"page": bad}).status_code == 200


@pytest.mark.django_db
def test_another_users_search_is_not_found(client):
    theirs = SavedSearch.objects.create(
        owner=user("valencia-editor"), name="Theirs", query="q=x", language="en"
    )
    client.force_login(user("silesia-editor"))
    assert "Theirs" not in text(client.get(SAVED_URL))
    url = f"/en/search/saved/{theirs.pk}/"
    assert client.post(url + "rename/", {"name": "Mine"}).status_code == 404
    assert client.post(url + "delete/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.name == "Theirs"
    # Nor in the admin: the listing shows one's own, another's row is not found.
    client.force_login(user("silesia-coordinator"))
    admin = text(client.get("/admin/saved_searches/"))
    assert "Theirs" not in admin
    # (The admin's "not found" becomes a redirect to the public site's 404.)
    edit = client.get(f"/admin/saved_searches/edit/{theirs.pk}/")
    assert edit.status_code != 200 and "Theirs" not in text(edit)
    client.post(f"/admin/saved_searches/edit/{theirs.pk}/", {"name": "Mine"})
    client.post(f"/admin/saved_searches/delete/{theirs.pk}/")
    theirs.refresh_from_db()
    assert theirs.name == "Theirs"


@pytest.mark.django_db
def test_the_lead_partner_sees_every_saved_search_in_the_admin(client):
    SavedSearch.objects.create(
        owner=user("valencia-editor"), name="Valencian quillmoss", language="es"
    )
    client.force_login(user("lead-partner"))
    assert "Valencian quillmoss" in text(client.get("/admin/saved_searches/"))


@pytest.mark.django_db
def test_renaming_and_deleting_ones_own(client):
    owner = user("valencia-editor")
    saved = SavedSearch.objects.create(owner=owner, name="Old", language="en")
    client.force_login(owner)
    url = f"/en/search/saved/{saved.pk}/"
    bad = client.post(url + "rename/", {"name": ""})
    assert bad.status_code == 400 and "Give the search a name." in text(bad)
    assert client.post(url + "rename/", {"name": "New"}).status_code == 302
    saved.refresh_from_db()
    assert saved.name == "New"
    assert client.post(url + "delete/").status_code == 302
    assert not SavedSearch.objects.filter(pk=saved.pk).exists()


# The collection page -----------------------------------------------------------------


@pytest.fixture
def found_pages():
    """A standard page, a practice and a page only a group may read, all holding
    the word; the restricted one is visible to a member of the group."""
    home = english_home()
    readers = Group.objects.create(name="Quillmoss readers")
    pages = {
        "standard": StandardPageFactory(
            parent=home, title="Quillmoss notes", slug="qm-notes", intro=f"{WORD}"
        ),
        "practice": PracticePageFactory(
            parent=library_index(), title="Quillmoss practice", summary=f"A {WORD}."
        ),
        "private": restricted(
            StandardPageFactory(
                parent=home, title="Quillmoss minutes", slug="qm-min", intro=WORD
            ),
            readers,
        ),
    }
    return pages, readers


@pytest.mark.django_db
def test_the_collection_page_lists_every_type_the_viewer_may_see(
    client, found_pages, django_user_model
):
    (pages, readers) = found_pages
    page = collection()
    html = listed(client.get(page.url))
    assert "Quillmoss notes" in html and "Quillmoss practice" in html
    assert "Good practices" in html and "Other pages" in html
    assert "Quillmoss minutes" not in html and "2 results" in html
    reader = django_user_model.objects.create_user("qm-reader", password="pw")
    reader.groups.add(readers)
    client.force_login(reader)
    assert "Quillmoss minutes" in listed(client.get(page.url))


@pytest.mark.django_db
def test_the_collection_page_runs_a_library_query(client, found_pages):
    page = collection(query="pillar=identity", source="library", slug="qm-lib")
    html = listed(client.get(page.url))
    assert "Quillmoss practice" not in html  # the factory's pillar is governance
    assert "Quillmoss notes" not in html
    page.query = "pillar=governance"
    page.save_revision().publish()
    assert "Quillmoss practice" in listed(client.get(page.url))


@pytest.mark.django_db
def test_the_collection_page_in_another_language_lists_that_language(client):
    english = StandardPageFactory(
        parent=english_home(), title="Quillmoss en", slug="qm-en", intro=WORD
    )
    published_translation(english, "it")
    page = collection()
    italian = published_translation(page, "it")
    html = listed(client.get(italian.url))
    assert "/it/qm-en/" in html and "/en/qm-en/" not in html


def _collection_queries(client, page, n):
    home = english_home()
    for i in range(n):
        StandardPageFactory(
            parent=home, title=f"Quillmoss {i}", slug=f"qm-{n}-{i}", intro=WORD
        )
    client.get(page.url)  # warm the site's caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    Page.objects.filter(slug__startswith=f"qm-{n}-").delete()
    return len(queries)


@pytest.mark.django_db
def test_the_collection_page_query_count_does_not_grow(client):
    page = collection()
    few = _collection_queries(client, page, 3)
    many = _collection_queries(client, page, 30)
    # 19 on SQLite: the page and its site, the viewer's restrictions, the scope
    # (content types, regions), the search, one query per page type shown.
    assert few <= 21, few
    assert many == few, (few, many)


# Publishing and subscribing ---------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["valencia-editor", "valencia-stakeholder"])
def test_editors_and_stakeholders_may_not_publish_or_subscribe(client, username):
    owner = user(username)
    saved = SavedSearch.objects.create(owner=owner, name="Mine", language="en")
    client.force_login(owner)
    for action in ("publish", "subscribe"):
        response = client.post(f"/en/search/saved/{saved.pk}/{action}/")
        assert response.status_code == 403
        assert "Only the lead partner and regional coordinators" in text(response)
    assert not SearchCollectionPage.objects.filter(saved_search=saved).exists()
    assert not SavedSearchSubscription.objects.filter(saved_search=saved).exists()
    assert "Publish as a collection page" not in text(client.get(SAVED_URL))


@pytest.mark.django_db
def test_a_coordinator_publishes_a_draft_for_review(client):
    owner = user("valencia-coordinator")
    saved = SavedSearch.objects.create(
        owner=owner, name="Quillmoss review", query=f"q={WORD}", language="es"
    )
    client.force_login(owner)
    response = client.post(f"/en/search/saved/{saved.pk}/publish/")
    assert response.status_code == 302
    page = SearchCollectionPage.objects.get(saved_search=saved)
    assert not page.live and page.locale.language_code == "es"
    assert page.query == f"q={WORD}"
    assert page.workflow_in_progress
    # A coordinator may not publish another's search.
    other = SavedSearch.objects.create(
        owner=user("lead-partner"), name="Lead's", language="en"
    )
    assert client.post(f"/en/search/saved/{other.pk}/publish/").status_code == 404


@pytest.mark.django_db
def test_the_lead_partner_publishes_any_search_as_a_draft(client):
    saved = SavedSearch.objects.create(
        owner=user("valencia-editor"), name="Quillmoss lead", language="en"
    )
    client.force_login(user("lead-partner"))
    response = client.post(f"/en/search/saved/{saved.pk}/publish/")
    page = SearchCollectionPage.objects.get(saved_search=saved)
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live and page.get_parent().specific_class.__name__ == "HomePage"


@pytest.mark.django_db
def test_subscribing_toggles(client):
    owner = user("valencia-coordinator")
    saved = SavedSearch.objects.create(owner=owner, name="Sub", language="en")
    client.force_login(owner)
    url = f"/en/search/saved/{saved.pk}/subscribe/"
    client.post(url)
    assert SavedSearchSubscription.objects.filter(saved_search=saved).count() == 1
    assert "Stop the e-mail digest" in text(client.get(SAVED_URL))
    client.post(url)
    assert not SavedSearchSubscription.objects.filter(saved_search=saved).exists()


# The digest ------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_digest_sends_new_results_once_in_the_searchs_language():
    subscriber = user("valencia-coordinator")
    saved = SavedSearch.objects.create(
        owner=subscriber, name="Quillmoss", query=f"q={WORD}", language="it"
    )
    past = timezone.now() - datetime.timedelta(hours=1)
    subscription = SavedSearchSubscription.objects.create(
        saved_search=saved, subscriber=subscriber, last_sent=past
    )
    home_it = english_home().get_translation(Locale.objects.get(language_code="it"))
    old = StandardPageFactory(
        parent=home_it, title="Vecchia", slug="qm-old", intro=WORD
    )
    Page.objects.filter(pk=old.pk).update(
        first_published_at=past - datetime.timedelta(1)
    )
    now = timezone.now()
    StandardPageFactory(
        parent=home_it, title="Nuova", slug="qm-new", intro=WORD, first_published_at=now
    )
    secret = restricted(
        StandardPageFactory(
            parent=home_it,
            title="Segreta",
            slug="qm-sec",
            intro=WORD,
            first_published_at=now,
        ),
        Group.objects.create(name="Quillmoss secret"),
    )
    assert secret.pk
    english = StandardPageFactory(
        parent=english_home(),
        title="English quillmoss",
        slug="qm-eng",
        intro=WORD,
        first_published_at=now,
    )
    assert english.pk

    call_command("send_search_digests", "--dry-run", stdout=open("/dev/null", "w"))
    assert not mail.outbox

    call_command("send_search_digests", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [subscriber.email]
    assert "Quillmoss" in message.subject and "Nuovi risultati" in message.subject
    assert "Nuova" in message.body and "/it/qm-new/" in message.body
    assert "Vecchia" not in message.body and "Segreta" not in message.body
    assert "English quillmoss" not in message.body
    subscription.refresh_from_db()
    assert subscription.last_sent > past

    call_command("send_search_digests", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1  # nothing new: nothing sent


@pytest.mark.django_db
def test_the_admin_action_publishes_for_the_lead_partner_and_coordinators(client):
    from django.urls import reverse

    saved = SavedSearch.objects.create(
        owner=user("valencia-editor"), name="Quillmoss admin", language="en"
    )
    url = reverse("saved_searches_publish", args=[saved.pk])
    for username in ("valencia-editor", "valencia-stakeholder"):
        client.force_login(user(username))
        assert client.post(url).status_code in (302, 403)
        assert not SearchCollectionPage.objects.filter(saved_search=saved).exists()
    # (The admin answers a refusal with its home page and a message.)
    client.force_login(user("valencia-editor"))
    assert client.post(url)["Location"] == "/admin/"
    # A coordinator publishes only their own searches (the admin's "not
    # found" is a redirect to the public site's 404).
    client.force_login(user("valencia-coordinator"))
    assert client.post(url).status_code in (302, 404)
    assert not SearchCollectionPage.objects.filter(saved_search=saved).exists()
    client.force_login(user("lead-partner"))
    assert "Make the draft page" in text(client.get(url))
    response = client.post(url)
    page = SearchCollectionPage.objects.get(saved_search=saved)
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/" and not page.live
