"""Polish as it is written: 31 marca 2021 (Django's own) and 31.03.2021 with dots,
not Django's 31-03-2021."""

from django.conf.locale.pl.formats import *  # noqa: F403

SHORT_DATE_FORMAT = "d.m.Y"  # 31.03.2021
SHORT_DATETIME_FORMAT = "d.m.Y H:i"  # 31.03.2021 14:30
