"""Dates as each language writes them; English in its European form (en-GB)."""

import datetime

import pytest
from django.utils import formats, translation

DAY = datetime.date(2021, 3, 31)
MOMENT = datetime.datetime(2019, 4, 1, 14, 30)


@pytest.mark.parametrize(
    ("language", "long", "short"),
    [
        ("en", "31 March 2021", "31/03/2021"),
        ("it", "31 marzo 2021", "31/03/2021"),
        ("es", "31 de marzo de 2021", "31/03/2021"),
        ("sv", "31 mars 2021", "2021-03-31"),
        ("pl", "31 marca 2021", "31.03.2021"),
    ],
)
def test_dates_in_each_language(language, long, short):
    # As each language writes them: Italian months in lower case (Django's
    # Italian catalogue capitalises them), Polish short dates with dots.
    with translation.override(language):
        assert formats.date_format(DAY) == long
        assert formats.date_format(DAY, "SHORT_DATE_FORMAT") == short


def test_english_times_use_the_24_hour_clock():
    with translation.override("en"):
        assert formats.date_format(MOMENT, "DATETIME_FORMAT") == "1 April 2019, 14:30"
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1
        assert "%d/%m/%Y" in formats.get_format("DATE_INPUT_FORMATS")
