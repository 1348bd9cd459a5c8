"""Checks of values a user types (in the CLI, the Python API or a Studio form), shared so that
each mistake gets the same one-line message wherever it is made."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from synthcomp.errors import InputError

# For a generated computer (a dataset row's own file list may be smaller: api/materialize.py).
MIN_FILES, MAX_FILES = 10, 2000
DEFAULT_TARGET_FILES = 120
# Ids become folder names: nothing that could leave the folder that holds them.
RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
COMPUTER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def validate_persona(text: str) -> str:
    """The persona, whitespace-normalised, or InputError saying what is wrong with it."""
    # Imported here: the CLI imports this module for its defaults, and `--help` stays quick.
    from pydantic import ValidationError

    from synthcomp.schemas import MAX_PERSONA_CHARS, Persona

    if not isinstance(text, str) or not text.strip():
        raise InputError("persona is empty: describe a person, e.g. 'a nurse in Toronto'")
    if len(text) > MAX_PERSONA_CHARS:
        raise InputError(
            f"persona is {len(text):,} characters long; the limit is {MAX_PERSONA_CHARS:,}"
        )
    try:
        return Persona(text=text).text
    except ValidationError as exc:
        raise InputError(f"invalid persona: {exc.errors()[0]['msg']}") from exc


def check_run_id(run_id: str) -> str:
    """``run_id`` if it can name a run folder, else InputError."""
    if not RUN_ID.fullmatch(run_id):
        raise InputError(f"run id {run_id!r} must be letters, digits, '-' or '_' (at most 64)")
    return run_id


def check_computer_id(computer_id: str) -> str:
    """``computer_id`` if it can name a computer folder, else InputError."""
    if not COMPUTER_ID.fullmatch(computer_id):
        raise InputError(f"computer_id {computer_id!r} must be letters, digits, '-', '_' or '.'")
    return computer_id


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
