"""An editor starts in their region: the "Pages" menu opens on their region's
subtree, in the language of their admin, with the shared practice library beside
it, and the admin home counts their region's pages; the lead partner keeps the
whole tree (cms.workspace)."""

import json
import re

from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from cms.factories import published_translation
from practices.factories import italian_library

SIDEBAR_PROPS = re.compile(
    r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', re.S
)


def sidebar_props(client, person):
    """The admin sidebar's menu, as Wagtail hands it to its JavaScript."""
    client.force_login(person)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    return json.loads(SIDEBAR_PROPS.search(html)[1])


def explorer_start(client, person):
    found = list(_explorer_items(sidebar_props(client, person)))
    assert len(found) == 1, found
    return found[0]["_args"][1]


def _explorer_items(value):
    if isinstance(value, dict):
        if value.get("_type") == "wagtail.sidebar.PageExplorerMenuItem":
            yield value
        for item in value.values():
            yield from _explorer_items(item)
    elif isinstance(value, list):
        for item in value:
            yield from _explorer_items(item)


def test_an_editor_starts_in_their_region(client, governed):
    region = governed.north.region
    assert explorer_start(client, governed.north.users.editor) == region.pk
    assert explorer_start(client, governed.north.users.coordinator) == region.pk


def test_in_the_language_of_their_admin(client, governed):
    region = governed.north.region
    italian = published_translation(region, "it")
    editor = governed.north.users.editor
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "it"
    profile.save()
    assert explorer_start(client, editor) == italian.pk


def test_the_lead_partner_keeps_the_whole_tree(client, governed):
    assert explorer_start(client, governed.lead) == Page.get_first_root_node().pk


def menu_items(client, person):
    """(name, label, url) of every top-level item of the admin's main menu."""
    props = sidebar_props(client, person)
    found = []

    def walk(value):
        if isinstance(value, dict):
            if value.get("_type") == "wagtail.sidebar.LinkMenuItem":
                item = value["_args"][0]
                found.append((item["name"], item["label"], item["url"]))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    return found


def test_the_shared_library_follows_the_region_in_the_menu(client, governed):
    english, italian = italian_library(prefix="start-")
    editor = governed.north.users.editor
    links = {url: label for _name, label, url in menu_items(client, editor)}
    explore = reverse("wagtailadmin_explore", args=[english.pk])
    assert links[explore] == english.title
    # In the language of their admin.
    published_translation(governed.north.region, "it")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "it"
    profile.save()
    links = {url: label for _name, label, url in menu_items(client, editor)}
    assert reverse("wagtailadmin_explore", args=[italian.pk]) in links
    assert explore not in links


def test_the_lead_partner_gets_no_extra_menu_items(client, governed):
    index, _italian = italian_library(prefix="start-")
    urls = [url for _name, _label, url in menu_items(client, governed.lead)]
    assert reverse("wagtailadmin_explore", args=[index.pk]) not in urls


def test_the_admin_home_counts_the_regions_pages_and_says_whose(client, governed):
    region = governed.north.region
    published_translation(region, "it")
    expected = (
        Page.objects.filter(path__startswith=region.path).count()
        + Page.objects.filter(
            path__startswith=region.get_translation(
                region.get_translations().first().locale
            ).path
        ).count()
    )
    client.force_login(governed.north.users.editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    text = f"{expected} pages of {region.title}, in every language"
    assert text in html
    assert reverse("wagtailadmin_explore", args=[region.pk]) in html


def test_the_lead_partner_keeps_wagtails_summary(client, governed):
    client.force_login(governed.lead)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert ", in every language" not in html
