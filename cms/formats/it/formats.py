"""Italian as it is written: 31 marzo 2021, months in lower case. Django's Italian
catalogue capitalises the month names ("31 Marzo 2021"); the "alt. month" forms
below are translated in lower case in cms's own catalogue, which takes precedence
over Django's, and the long date uses them (format character ``E``)."""

from django.conf.locale.it.formats import *  # noqa: F403
from django.utils.translation import pgettext_lazy

DATE_FORMAT = "j E Y"  # 31 marzo 2021
DATETIME_FORMAT = "j E Y, H:i"  # 1 aprile 2019, 14:30

# Read by makemessages, so that the catalogue keeps its lower-case months.
MONTHS = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
