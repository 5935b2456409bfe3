"""An editor starts in their region: the "Pages" menu opens on their region's
subtree, in the language of their admin; the lead partner keeps the whole tree."""

import json
import re

from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from cms.factories import published_translation


def explorer_start(client, person):
    client.force_login(person)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    found = list(_explorer_items(json.loads(props[1])))
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
