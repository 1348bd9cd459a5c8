"""Checks of values a user types (in the CLI, the Python API or a Studio form), shared so that
each mistake gets the same one-line message wherever it is made."""

from __future__ import annotations

from datetime import date
from typing import Any

from synthcomp.errors import InputError

MIN_FILES, MAX_FILES = 10, 2000


def checked_target_files(value: Any) -> int:
    """A computer's target file count, or InputError."""
    try:
        count = int(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"target file count must be a whole number, not {value!r}") from exc
    if not MIN_FILES <= count <= MAX_FILES:
        raise InputError(f"target file count must be between {MIN_FILES} and {MAX_FILES}, not {count}")
    return count


def checked_date(value: str, what: str) -> date:
    """An ISO date (YYYY-MM-DD) the user gave as ``what``, or InputError naming it."""
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise InputError(f"{what} {value!r} is not a date (YYYY-MM-DD)") from exc
