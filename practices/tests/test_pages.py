"""Practice pages: tree rules, editing, validation rights, contact, rendering.

Every test builds its pages with factories (a translated practice and event,
``translated``, once for the module); the demo's library is tested in
``test_demo_pages.py``.
"""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.factories import translate_everywhere
from cms.testing import LANGUAGES
from home.factories import HomePageFactory
from home.models import HomePage
from practices.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    build_own_sample_library,
    english_home,
)
from practices.models import (
    EventIndexPage,
    EventPage,
    EventPagePractice,
    EventParticipation,
    PracticeCollectionPage,
    PracticeIndexPage,
    PracticePage,
)
from regions.factories import isolated_region_index, make_profiled_region

XPANDE_TITLE = {
    "en": "XPANDE — a programme for exporting SMEs",
    "it": "XPANDE — programma per le PMI che esportano",
    "es": "XPANDE — programa para pymes exportadoras",
    "sv": "XPANDE — ett program för exporterande småföretag",
    "pl": "XPANDE — program dla eksportujących MŚP",
}


def build_translated():
    """A region, a validated practice from it with a contact, and an event it
    hosts presenting the practice, each in every language (wagtail-localize)."""
    territories = isolated_region_index("territories-pages")
    valencia = make_profiled_region(territories, "Valencia (t)", "t-valencia")
    library = PracticeIndexPageFactory(parent=english_home())
    translate_everywhere(library)
    xpande = PracticePageFactory(
        parent=library,
        title=XPANDE_TITLE["en"],
        slug="t-xpande",
        origin_region=valencia,
        validation_status="validated",
        validated_at=datetime.date(2020, 1, 1),
        contact_name="Ana Export",
        contact_organisation="IVACE",
        contact_email="ana@ivace.example",
    )
    xpande.save_revision().publish()
    translate_everywhere(xpande, XPANDE_TITLE)
    activities = EventIndexPageFactory(parent=english_home())
    translate_everywhere(activities)
    workshop = EventPageFactory(
        parent=activities, slug="t-transfer-workshop", host_region=valencia
    )
    workshop.presented_practices.add(EventPagePractice(practice=xpande))
    workshop.save_revision().publish()
    translate_everywhere(workshop)
    return SimpleNamespace(region=valencia, xpande=xpande, workshop=workshop)


@pytest.fixture(scope="module")
def _translated(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction rolled back when the module
    is done (the pattern of the root ``_governed_tree``)."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            yield build_translated()
            transaction.set_rollback(True)


@pytest.fixture
def translated(_translated, db):
    return _translated


def in_language(page, language):
    return type(page).objects.get(
        translation_key=page.translation_key, locale__language_code=language
    )


def practice_form_data(**overrides):
    data = {
        "title": "Export vouchers for micro-enterprises",
        "slug": "export-vouchers",
        "summary": "Small grants that pay for a first export consultancy.",
        "pillar": "value_chain",
        "topics": "export, smes",
        "implementation_level": "regional",
        "origin_region": "",
        "location": "Valencia",
        "latitude": "39.469907",
        "longitude": "-0.376288",
        "start_date": "2019-01-01",
        "end_date": "",
        "main_institution": "IVACE",
        "description": rich_text("Vouchers pay for a consultant."),
        "resources_needed": rich_text(""),
        "evidence_of_success": rich_text(""),
        "difficulties": rich_text(""),
        "potential_for_transfer": rich_text(""),
        "stakeholders": rich_text(""),
        "contact_name": "",
        "contact_organisation": "",
        "contact_email": "",
        "validation_status": "submitted",
        "validated_at": "",
        "validated_by": "",
        "related_documents": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


class TestTree(WagtailPageTestCase):
    def test_index_pages_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(PracticeIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(PracticeCollectionPage, {HomePage})
        self.assertAllowedSubpageTypes(PracticeIndexPage, {PracticePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})

    def test_leaves(self):
        self.assertAllowedParentPageTypes(PracticePage, {PracticeIndexPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(PracticePage, set())
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedSubpageTypes(PracticeCollectionPage, set())
        self.assertCanNotCreateAt(HomePage, PracticePage)
        self.assertCanNotCreateAt(PracticeIndexPage, EventPage)

    def test_one_library_and_one_activity_index_per_home(self):
        home = HomePageFactory(parent=Page.get_first_root_node())
        self.assertTrue(PracticeIndexPage.can_create_at(home))
        self.assertTrue(EventIndexPage.can_create_at(home))
        PracticeIndexPageFactory(parent=home)
        EventIndexPageFactory(parent=home)
        self.assertFalse(PracticeIndexPage.can_create_at(home))
        self.assertFalse(EventIndexPage.can_create_at(home))
        self.assertTrue(PracticeCollectionPage.can_create_at(home))

    def test_editor_creates_a_practice(self):
        self.login()
        index = PracticeIndexPageFactory(parent=english_home())
        self.assertCanCreate(index, PracticePage, practice_form_data())
        page = PracticePage.objects.get(slug="export-vouchers")
        self.assertEqual(sorted(page.topics.names()), ["export", "smes"])
        self.assertEqual(page.start_date, datetime.date(2019, 1, 1))

    def test_title_longer_than_100_characters_is_refused(self):
        self.login()
        index = PracticeIndexPageFactory(parent=english_home())
        url = reverse(
            "wagtailadmin_pages:add",
            args=["practices", "practicepage", index.pk],
        )
        response = self.client.post(url, practice_form_data(title="x" * 101))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "at most 100 characters")
        self.assertFalse(PracticePage.objects.filter(slug="export-vouchers").exists())

    def test_editor_creates_a_collection_with_ticked_pillars(self):
        self.login()
        home = english_home()
        territories = isolated_region_index("territories-editor", translated=False)
        valencia = make_profiled_region(
            territories, "Valencia (t)", "t-valencia", translated=False
        )
        data = nested_form_data(
            {
                "title": "Export starters",
                "slug": "export-starters",
                "intro": "Programmes for first-time exporters.",
                "implementation_level": "",
                "validated_only": "on",
                "limit": "5",
            }
        )
        # Multi-valued fields: nested_form_data would index a list, so set them
        # as the repeated values a browser sends for ticked checkboxes.
        data["pillars"] = ["value_chain", "governance"]
        data["regions"] = [str(valencia.pk)]
        self.assertCanCreate(home, PracticeCollectionPage, data)
        page = PracticeCollectionPage.objects.get(slug="export-starters")
        self.assertEqual(page.pillars, ["value_chain", "governance"])
        self.assertEqual(list(page.regions.all()), [valencia])
        self.assertTrue(page.validated_only)

    def test_pages_open_in_the_editor(self):
        self.login()
        library = PracticeIndexPageFactory(parent=english_home())
        activities = EventIndexPageFactory(parent=english_home())
        pages = [
            library,
            PracticePageFactory(parent=library),
            activities,
            EventPageFactory(parent=activities),
        ]
        for page in pages:
            edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            self.assertEqual(edit.status_code, 200)
        collection = PracticeCollectionPage(title="Starters", slug="t-starters")
        english_home().add_child(instance=collection)
        self.assertPageIsRenderable(collection)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def user_in(group_name, username):
    user = User.objects.create_user(username, password="pw-" + username)
    user.groups.add(Group.objects.get(name=group_name))
    # Wagtail's admin needs the access_admin permission, which these groups have.
    return user


@pytest.mark.django_db
class TestValidationRights:
    def practice(self):
        index = PracticeIndexPageFactory(parent=english_home())
        return PracticePageFactory(parent=index, slug="to-validate")

    def post(self, client, page, **fields):
        data = practice_form_data(
            title=page.title, slug=page.slug, pillar=page.pillar, **fields
        )
        return client.post(edit_url(page), data)

    def test_editor_without_publish_permission_sees_read_only_validation(self, client):
        page = self.practice()
        client.force_login(user_in("Editors", "editor"))
        html = client.get(edit_url(page)).content.decode()
        assert 'name="validation_status"' in html
        assert "Only the lead partner can change the validation." in html
        for name in ("validation_status", "validated_at", "validated_by"):
            tag = re.search(rf'<(select|input)[^>]*name="{name}"[^>]*>', html).group(0)
            assert re.search(r"\sdisabled[\s>]", tag), tag

    def test_editor_cannot_validate_by_posting(self, client):
        page = self.practice()
        client.force_login(user_in("Editors", "editor"))
        response = self.post(
            client, page, validation_status="validated", validated_at="2024-01-01"
        )
        assert response.status_code == 302
        page.refresh_from_db()
        latest = page.get_latest_revision_as_object()
        assert latest.validation_status == "submitted"
        assert latest.validated_at is None
        assert latest.validated_by is None

    def test_moderator_with_publish_permission_validates(self, client):
        page = self.practice()
        moderator = user_in("Moderators", "moderator")
        client.force_login(moderator)
        response = self.post(client, page, validation_status="validated")
        assert response.status_code == 302
        page.refresh_from_db()
        latest = page.get_latest_revision_as_object()
        assert latest.validation_status == "validated"
        assert latest.validated_by == moderator
        assert latest.validated_at == datetime.date.today()

    def test_superuser_fields_are_editable(self, admin_client):
        page = self.practice()
        html = admin_client.get(edit_url(page)).content.decode()
        assert "Only the lead partner can change the validation." not in html


@pytest.mark.django_db
def test_validated_practice_shows_a_badge(client):
    index = PracticeIndexPageFactory(parent=english_home())
    validated = PracticePageFactory(
        parent=index,
        validation_status="validated",
        validated_at=datetime.date(2020, 1, 1),
    )
    submitted = PracticePageFactory(parent=index, validation_status="submitted")
    html = client.get(validated.url).content.decode()
    assert "badge badge--validated badge--large" in html
    assert "Validated by the project" in html
    html = client.get(submitted.url).content.decode()
    assert "badge--large" not in html
    assert "Submitted, awaiting validation" in html


@pytest.mark.django_db
def test_the_contact_email_is_never_shown_the_question_form_is(
    client, django_user_model, translated
):
    """The practice's contact is reached through the question form
    (test_practice_questions.py), not a bare mailto link."""
    page = translated.xpande
    client.force_login(django_user_model.objects.create_user("reader"))
    for html in (client.get(page.url).content.decode(),):
        main = html.split('<main id="main"')[1].split("</main>")[0]
        assert page.contact_email not in main
        assert "mailto:" not in main
        assert page.contact_name in main
        assert 'class="question-form public-form"' in main


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_practice_pages_render_translated_with_localised_links(
    client, translated, language
):
    page = in_language(translated.xpande, language)
    assert page.origin_region.locale.language_code == language
    html = client.get(page.url).content.decode()
    assert page.title in html
    assert page.origin_region.title in html
    assert "badge--validated" in html
    event = in_language(translated.workshop, language)
    presented = [link.practice for link in event.presented_practices.all()]
    assert {p.locale.language_code for p in presented} == {language}
    assert event.host_region.locale.language_code == language


@pytest.mark.django_db
def test_synchronised_fields_follow_the_source_on_retranslation(translated):
    """Coordinates and dates come from the English page, never translated."""
    from wagtail_localize.models import TranslationSource

    source = PracticePage.objects.get(pk=translated.xpande.pk)
    source.latitude = source.latitude + 1
    source.start_date = datetime.date(2011, 1, 1)
    source.save_revision().publish()
    translation_source, _ = TranslationSource.update_or_create_from_instance(source)
    italian_locale = PracticePage.objects.get(
        translation_key=source.translation_key, locale__language_code="it"
    ).locale
    translation_source.create_or_update_translation(italian_locale, fallback=True)
    italian = PracticePage.objects.get(
        translation_key=source.translation_key, locale__language_code="it"
    )
    assert italian.latitude == source.latitude
    assert italian.start_date == datetime.date(2011, 1, 1)
    assert italian.title.startswith("XPANDE — programma")
    assert italian.origin_region.locale.language_code == "it"


@pytest.mark.django_db
def test_related_practices_share_pillar_or_topic_in_two_queries(
    rf, django_assert_num_queries
):
    index, pages, _regions = build_own_sample_library()
    request = rf.get("/")
    request.user = User()
    page = pages["a"]  # governance; topics export, smes
    # view restrictions, the ranking (primary keys only), the winning pages
    with django_assert_num_queries(3):
        related = list(page.get_related_practices(request, limit=100))
    assert page.pk not in {p.pk for p in related}
    assert {p.locale_id for p in related} == {page.locale_id}
    slugs = [p.slug for p in related if p.path.startswith(index.path)]
    # b shares pillar and "export", d shares "export"; c, e, f share nothing.
    assert slugs == ["practice-b", "practice-d"]


@pytest.mark.django_db
def test_event_page_lists_participants_by_category(client):
    library = PracticeIndexPageFactory(parent=english_home())
    practice = PracticePageFactory(parent=library, title="Food Innovation Program")
    activities = EventIndexPageFactory(parent=english_home())
    event = EventPageFactory(parent=activities, kind="study_visit")
    event.presented_practices.add(EventPagePractice(practice=practice))
    for category, count in [
        ("public_body", 14),
        ("university", 6),
        ("trade_association", 4),
        ("company", 9),
    ]:
        event.participations.add(EventParticipation(category=category, count=count))
    event.save_revision().publish()
    event.refresh_from_db()
    html = client.get(event.url).content.decode()
    assert "<caption>Participants by organisation category</caption>" in html
    assert '<th scope="row">Public body</th><td class="num">14</td>' in html
    assert '<th scope="row">Total</th><td class="num">33</td>' in html
    assert "Food Innovation Program" in html


@pytest.mark.django_db
def test_factories_build_a_working_tree(client):
    index = PracticeIndexPageFactory(parent=english_home())
    practice = PracticePageFactory(parent=index, topic_names=["export"])
    events = EventIndexPageFactory(parent=english_home())
    event = EventPageFactory(parent=events)
    event.presented_practices.add(EventPagePractice(practice=practice))
    event.save()
    assert client.get(practice.url).status_code == 200
    assert practice.title in client.get(event.url).content.decode()
    assert Page.objects.get(pk=practice.pk).specific.topics.names()[0] == "export"
