"""Six-month monitoring periods and the grace after each.

Plain dates, no models: the monitoring models, forms, dashboards and reminders
share them. A plan's monitoring calendar is a number of consecutive six-month
periods from its first day (phase 2 of the project: four periods from April 2019;
a follow-up cycle: its own). A period is known by the month it starts in, its
code ("2019-04").
"""

import datetime
from typing import NamedTuple

PHASE_2_START = datetime.date(2019, 4, 1)
PHASE_2_PERIODS = 4
PERIOD_MONTHS = 6
REPORT_GRACE_DAYS = 60


class Period(NamedTuple):
    code: str
    label: str
    start: datetime.date
    end: datetime.date

    @property
    def due_date(self):
        """The last day to submit the period's report."""
        return self.end + datetime.timedelta(days=REPORT_GRACE_DAYS)


def add_months(day, months):
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1)


def period_bounds(code):
    """(first day, last day) of a period code such as "2019-10"."""
    year, month = (int(part) for part in code.split("-"))
    start = datetime.date(year, month, 1)
    return start, add_months(start, PERIOD_MONTHS) - datetime.timedelta(days=1)


def period_label(code):
    """Language-neutral ("04/2019 – 09/2019"): month numbers read the same in
    every language."""
    try:
        start, end = period_bounds(code)
    except (TypeError, ValueError):
        return code or ""
    return f"{start:%m/%Y} – {end:%m/%Y}"


def calendar(first_day, count):
    """The ``count`` consecutive periods from the month of ``first_day``."""
    first = first_day.replace(day=1)
    periods = []
    for number in range(count):
        code = add_months(first, PERIOD_MONTHS * number).strftime("%Y-%m")
        start, end = period_bounds(code)
        periods.append(Period(code, period_label(code), start, end))
    return periods


def phase_2_periods():
    """Phase 2's periods as choices (kept for the migrations that name them)."""
    return [(p.code, p.label) for p in calendar(PHASE_2_START, PHASE_2_PERIODS)]
