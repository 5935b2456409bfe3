"""Practice matchmaking (issue 20): what a region is offered, why, and who sees it.

On the demo: its seven regions, 22 practices, plans and transfer cases."""

import dataclasses

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from cms.caching import invalidate
from cms.testing import text as body
from practices import matchmaking
from practices.factories import make_practices
from practices.models import PracticePage, TransferCase
from regions.models import RegionPage

pytestmark = pytest.mark.django_db


def region(slug, language="en"):
    return RegionPage.objects.get(slug=slug, locale__language_code=language)


def practice(slug):
    return PracticePage.objects.get(slug=slug, locale__language_code="en")


def user(username):
    return get_user_model().objects.get(username=username)


def ranked_ids(inputs, region_id):
    return [match.practice_id for match in matchmaking.rank(inputs, region_id)]


def test_a_region_is_never_offered_its_own_or_an_adopted_practice():
    inputs = matchmaking.read_inputs(with_cases=True)
    for region_id in inputs.regions:
        adopted = matchmaking.adopted_by(inputs, region_id)
        for pk in ranked_ids(inputs, region_id):
            assert inputs.practices[pk][2] != region_id
            assert pk not in adopted
    valencia = region("valencia").pk
    offered = ranked_ids(inputs, valencia)
    assert practice("xpande").pk not in offered  # its own
    assert practice("food-innovation-program").pk not in offered  # in its plan
    assert practice("er-go-global").pk not in offered  # an open case of its own
    # The public ranking uses no transfer case: the open case's practice is
    # offered there (a case is internal), the plan's practice still is not.
    public = ranked_ids(matchmaking.read_inputs(), valencia)
    assert practice("er-go-global").pk in public
    assert practice("food-innovation-program").pk not in public


def test_the_ranking_is_deterministic():
    inputs = matchmaking.read_inputs(with_cases=True)
    reordered = dataclasses.replace(
        inputs, practices=dict(reversed(list(inputs.practices.items())))
    )
    for region_id in inputs.regions:
        first = matchmaking.rank(inputs, region_id)
        assert first == matchmaking.rank(inputs, region_id)
        assert first == matchmaking.rank(reordered, region_id)
        scores = [match.score for match in first]
        assert scores == sorted(scores, reverse=True)


def test_the_reasons_say_what_the_region_and_the_practice_share():
    inputs = matchmaking.read_inputs()
    wielkopolska = region("wielkopolska").pk
    matches = {m.practice_id: m for m in matchmaking.rank(inputs, wielkopolska)}
    xpande = matches[practice("xpande").pk]
    by_kind = {reason.kind: reason for reason in xpande.reasons}
    # Valencia's sectors against Wielkopolska's (agri-food, logistics, ict,
    # automotive): all four are shared.
    assert by_kind["sectors"].values == ("agri-food", "automotive", "ict", "logistics")
    assert by_kind["pillar"].values == ("value_chain",)
    # Reggio Emilia, Valencia and Gävleborg took XPANDE into their plans; each
    # shares a sector with Wielkopolska.
    assert by_kind["similar_regions"].values == (3,)
    names = matchmaking.display_names([xpande], translation_locale("en"))
    texts = [reason.text(names) for reason in xpande.reasons]
    assert "Shares sectors: Agri-food, Automotive, ICT and digital, Logistics" in texts
    assert "Addresses pillar: Value-chain competitiveness" in texts
    assert "Adopted by 3 regions with similar value chains" in texts


def translation_locale(language):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=language).pk


def test_the_reasons_are_translated():
    reasons = [
        matchmaking.Reason("sectors", ("agri-food", "logistics")),
        matchmaking.Reason("pillar", ("identity",)),
        matchmaking.Reason("similar_regions", (1,)),
        matchmaking.Reason("similar_regions", (2,)),
        matchmaking.Reason("text"),
    ]
    match = matchmaking.Match(1, "key", "title", 1.0, tuple(reasons))
    names = matchmaking.display_names([match], translation_locale("it"))
    with translation.override("it"):
        texts = [reason.text(names) for reason in reasons]
    assert texts == [
        "Condivide i settori: Agroalimentare, Logistica",
        "Riguarda il pilastro: Identità locale e marketing territoriale",
        "Adottata da 1 regione con catene del valore simili",
        "Adottata da 2 regioni con catene del valore simili",
        "Vicina alle sfide del vostro piano d'azione",
    ]


def test_the_region_page_shows_practices_that_could_work_there(client):
    response = client.get(region("wielkopolska").url)
    page = body(response)
    assert "Practices that could work here" in page
    top = matchmaking.public_matches(region("wielkopolska").pk)
    assert len(top) == matchmaking.PUBLIC_LIMIT
    for match in top:
        assert match.title in page
    assert "Why it fits:" in page
    assert "Shares sectors:" in page


def test_the_italian_region_page_shows_italian_practices_and_reasons(client):
    italian = region("wielkopolska", "it")
    page = body(client.get(italian.url))
    assert "Pratiche che potrebbero funzionare qui" in page
    assert "Condivide i settori:" in page
    top = matchmaking.public_matches(region("wielkopolska").pk)
    for match in top:
        translated = PracticePage.objects.get(
            translation_key=match.translation_key, locale__language_code="it"
        )
        assert translated.url in page


def test_only_live_public_practices_are_shown(client):
    wielkopolska = region("wielkopolska")
    first, second = matchmaking.public_matches(wielkopolska.pk)[:2]
    assert first.title in body(client.get(wielkopolska.url))
    PracticePage.objects.get(pk=first.practice_id).unpublish()
    PageViewRestriction.objects.create(
        page=PracticePage.objects.get(pk=second.practice_id),
        restriction_type=PageViewRestriction.LOGIN,
    )
    invalidate()
    page = body(client.get(wielkopolska.url))
    assert "Practices that could work here" in page
    assert first.title not in page
    assert second.title not in page
    offered = [m.practice_id for m in matchmaking.public_matches(wielkopolska.pk)]
    assert first.practice_id not in offered and second.practice_id not in offered


def test_the_region_page_pays_a_fixed_cost_for_the_section(client):
    """Built once per content generation, whatever the number of practices;
    then served from the cache at no query."""
    url = region("gavleborg").url

    def cold_and_warm():
        invalidate()
        with CaptureQueriesContext(connection) as cold:
            assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as warm:
            assert client.get(url).status_code == 200
        return len(cold), len(warm)

    client.get(url)
    few = cold_and_warm()
    make_practices([f"extra-practice-{n}" for n in range(30)], region("valencia"))
    many = cold_and_warm()
    assert few == many
    assert few == REGION_PAGE_QUERIES


# The Gävleborg profile, anonymous: (first view after a publish, next view). The
# section costs 15 queries on the first view (the inputs: ten; the region's source
# version; the practices in the page's language; sector and topic names; the
# fragment cache's generation) and none on the next; the warm figure is the
# profile's budget in tests/test_query_budgets.py, unchanged by the section.
# +9 cold on 2026-12-07: the learning network's section (practices.network, its
# ten queries less the generation already read), also cached.
# -1 cold on 2026-12-07 (session 14): the view restrictions are read as plain
# values in one query (cms.access.pages.read_restrictions).
REGION_PAGE_QUERIES = (57, 29)


def test_a_coordinator_sees_their_own_regions_matches_only(client):
    client.force_login(user("emilia-romagna-coordinator"))
    own = region("emilia-romagna")
    response = client.get(reverse("practices_matchmaking", args=[own.pk]))
    assert response.status_code == 200
    page = body(response)
    assert "Open a transfer case" in page
    assert "Shares sectors:" in page
    assert 'name="region"' not in page  # no region selector
    other = region("valencia")
    response = client.get(reverse("practices_matchmaking", args=[other.pk]))
    assert response.status_code == 403
    assert "belongs to Valencian Community" in body(response)
    assert "Open a transfer case" not in body(response)
    response = client.post(
        reverse("practices_matchmaking_open_case", args=[other.pk]),
        {"practice": practice("triip").pk},
    )
    assert response.status_code == 403
    assert not TransferCase._base_manager.filter(
        region=other, practice=practice("triip")
    ).exists()
    index = client.get(reverse("practices_matchmaking_index"))
    assert index.url == reverse("practices_matchmaking", args=[own.pk])


def test_an_editor_has_no_matchmaking(client):
    client.force_login(user("emilia-romagna-editor"))
    own = region("emilia-romagna")
    assert (
        client.get(reverse("practices_matchmaking", args=[own.pk])).status_code == 403
    )


def test_the_lead_partner_sees_every_region(client):
    client.force_login(user("lead-partner"))
    for slug in ("valencia", "silesia"):
        response = client.get(reverse("practices_matchmaking", args=[region(slug).pk]))
        assert response.status_code == 200
        page = body(response)
        assert 'name="region"' in page
        for match in matchmaking.admin_matches(region(slug).pk)[:3]:
            assert match.title in page


def test_opening_a_transfer_case_from_a_match_once(client):
    coordinator = user("gavleborg-coordinator")
    client.force_login(coordinator)
    gavleborg = region("gavleborg")
    chosen = matchmaking.admin_matches(gavleborg.pk)[0]
    url = reverse("practices_matchmaking_open_case", args=[gavleborg.pk])
    response = client.post(url, {"practice": chosen.practice_id})
    case = TransferCase._base_manager.get(
        region=gavleborg, practice_id=chosen.practice_id
    )
    assert response.status_code == 302
    assert response.url == reverse(
        "wagtailsnippets_practices_transfercase:inspect", args=[case.pk]
    )
    assert case.status == "identified"
    # The case takes the practice out of the region's admin list at once.
    page = body(client.get(reverse("practices_matchmaking", args=[gavleborg.pk])))
    assert f'name="practice" value="{chosen.practice_id}"' not in page
    response = client.post(url, {"practice": chosen.practice_id}, follow=True)
    assert "already has an open case for this practice" in body(response)
    assert (
        TransferCase._base_manager.filter(
            region=gavleborg, practice_id=chosen.practice_id
        ).count()
        == 1
    )
    response = client.post(url, {"practice": "abc"}, follow=True)
    assert "Choose a practice from the list." in body(response)
    # Its own practice: refused by the case's own rule.
    own = practice("gavle-place-brand")
    response = client.post(url, {"practice": own.pk}, follow=True)
    assert "does not adopt its own practice" in body(response)
    assert not TransferCase._base_manager.filter(
        region=gavleborg, practice=own
    ).exists()
