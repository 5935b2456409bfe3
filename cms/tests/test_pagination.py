import pytest
from django.test import RequestFactory

from cms.listing import paginate

ITEMS = list(range(30))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", 1),
        ("abc", 1),
        ("-1", 1),
        ("0", 1),
        ("2", 2),
        ("3", 3),
        ("99999", 3),
        ("1e3", 1),
        ("２", 2),
    ],
)
def test_paginate_forgives_bad_page_numbers(raw, expected):
    request = RequestFactory().get("/", {"page": raw})
    page = paginate(request, ITEMS, per_page=12)
    assert page.number == expected
    assert list(page.object_list) == ITEMS[(expected - 1) * 12 : expected * 12]


def test_paginate_empty_list_gives_an_empty_first_page():
    page = paginate(RequestFactory().get("/", {"page": "5"}), [], per_page=12)
    assert page.number == 1
    assert list(page.object_list) == []
