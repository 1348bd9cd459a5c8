"""The month's calendar: its working days, its working hours, and when an answer arrives."""

from __future__ import annotations

from datetime import date, datetime, timedelta

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


DAY_START, DAY_END = "09:00", "18:00"  # the user's working hours
MORNING_MAIL = "08:30"  # what arrived outside working hours is there at this time next morning


def arrival(sent_at: str, delay_hours: float, days: list[str]) -> str | None:
    """When an answer to a message sent at ``sent_at`` ('2026-04-06T10:00') arrives, from someone
    who answers in ``delay_hours``: that moment if it falls in working hours of a working day,
    else the next working morning (mail written in the evening is read the next day). None when
    it falls after the last of ``days``."""
    due = datetime.fromisoformat(sent_at) + timedelta(hours=max(delay_hours, 0.0))
    stamp = due.isoformat(timespec="minutes")
    if stamp[:10] in days and DAY_START <= stamp[11:16] < DAY_END:
        return stamp
    later = [d for d in days if d > stamp[:10] or (d == stamp[:10] and stamp[11:16] < DAY_START)]
    return f"{later[0]}T{MORNING_MAIL}" if later else None


def delay_text(hours: float) -> str:
    """How soon someone who answers in ``hours`` answers, as a colleague would say it."""
    if hours <= 4:
        return "within a few hours"
    if hours <= 24:
        return "within a day"
    return f"within {round(hours / 24)} days"
