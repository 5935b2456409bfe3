"""The six-month monitoring periods of phase 2 and the grace after each.

Plain dates, no models: the monitoring models, forms and reminders share them.
"""

import datetime

PHASE_2_START = datetime.date(2019, 4, 1)
PHASE_2_PERIODS = 4


def _add_months(day, months):
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1)


def period_bounds(code):
    """(first day, last day) of a period code such as "2019-10"."""
    year, month = (int(part) for part in code.split("-"))
    start = datetime.date(year, month, 1)
    return start, _add_months(start, 6) - datetime.timedelta(days=1)


def phase_2_periods():
    periods = []
    for number in range(PHASE_2_PERIODS):
        start = _add_months(PHASE_2_START, 6 * number)
        code = start.strftime("%Y-%m")
        end = period_bounds(code)[1]
        # Language-neutral labels ("04/2019 – 09/2019"): choices end up in
        # migrations, and month numbers read the same in every language.
        periods.append((code, f"{start:%m/%Y} – {end:%m/%Y}"))
    return periods


REPORT_GRACE_DAYS = 60
