"""Working-day arithmetic for case due dates."""

import datetime


def add_working_days(day, days):
    """``day`` plus ``days`` working days (Monday to Friday)."""
    while days > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day
