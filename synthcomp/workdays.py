"""The month's calendar: its working days."""

from __future__ import annotations

from datetime import date, timedelta

WORKING_DAYS = 20


def working_days(start: date, count: int = WORKING_DAYS) -> list[date]:
    """``count`` weekdays from ``start`` (moved to a weekday if it falls on a weekend)."""
    days: list[date] = []
    day = start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days
