"""English as the partners write it (British, en-GB): 1 April 2019, 31/03/2021,
14:30, weeks from Monday. Django's own "en" is American (04/01/2019,
Sept. 1, 2017), which a European reads as 4 January."""

from django.conf.locale.en_GB.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"  # 1 April 2019
TIME_FORMAT = "H:i"  # 14:30
DATETIME_FORMAT = "j F Y, H:i"  # 1 April 2019, 14:30
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 01/04/2019 14:30
