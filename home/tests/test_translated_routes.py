"""translated_path: one route per distinct segment, reversed in a page's language."""

import pytest
from django.urls import Resolver404

from home.translated_routes import TranslatedRoutesMixin, translated_path


class Calendar(TranslatedRoutesMixin):
    @translated_path(
        "calendar",
        {"en": "calendar/", "it": "calendario/", "es": "calendario/", "pl": "k/"},
    )
    def calendar(self, request):
        return "calendar"


def test_each_language_reverses_to_its_segment():
    assert Calendar.reverse_subpage_in("calendar", "en") == "calendar/"
    assert Calendar.reverse_subpage_in("calendar", "it") == "calendario/"
    assert Calendar.reverse_subpage_in("calendar", "es") == "calendario/"
    assert Calendar.reverse_subpage_in("calendar", "pl-PL") == "k/"
    # A language without a segment of its own takes the default language's.
    assert Calendar.reverse_subpage_in("calendar", "sv") == "calendar/"
    # Any language's route name reverses to the segment of the language asked.
    assert Calendar.reverse_subpage_in("calendar@it", "pl") == "k/"


def test_languages_sharing_a_segment_share_one_route():
    routes = [str(route.pattern) for route in Calendar.get_subpage_urls()]
    assert routes.count("calendario/") == 1
    assert Calendar.get_resolver().resolve("/calendario/").url_name == "calendar@es"
    with pytest.raises(Resolver404):
        Calendar.get_resolver().resolve("/calendari/")


def test_the_default_language_segment_is_required():
    with pytest.raises(ValueError):
        translated_path("calendar", {"it": "calendario/"})
