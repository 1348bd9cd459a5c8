"""Checks of values a user types (in the CLI, the Python API or a Studio form), shared so that
each mistake gets the same one-line message wherever it is made."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from synthcomp.errors import InputError, SynthcompError

if TYPE_CHECKING:
    from synthcomp.computer import Computer
    from synthcomp.schemas import MonthPlan

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


def _date_problem(value: str, what: str) -> str | None:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return f"{what} {value!r} is not a date (YYYY-MM-DD)"
    return None


def private_path_problem(collaborator_id: str, path: str) -> str | None:
    """Why a collaborator's private file path is unusable (it is joined to their private folder
    and, when attached, to the user's Downloads), or None: it must be a plain relative path."""
    cleaned = path.replace("\\", "/")
    if not cleaned.strip() or cleaned.startswith("/") or re.match(r"^[A-Za-z]:", cleaned) \
            or ".." in cleaned.split("/") or "\x00" in cleaned:
        return f"{collaborator_id}'s file {path!r} must be a plain relative path"
    return None


def check_runnable_plan(plan: MonthPlan, computer: Computer) -> None:
    """InputError listing what makes a month plan (as a user may have edited it) unusable for a
    run: no working days, dates that are not dates or out of order, deliverable paths that
    leave the drive, private file paths that leave their folder, events from unknown
    collaborators. Checked before a run folder is made, so
    that a bad plan leaves no run behind that cannot be resumed."""
    problems: list[str] = []
    if not plan.working_days:
        problems.append("working_days is empty")
    dates = [(value, f"working_days[{i}]") for i, value in enumerate(plan.working_days)]
    dates += [(plan.month_start, "month_start"), (plan.month_end, "month_end")]
    dates += [(event.date, f"event {event.id} date") for event in plan.events]
    dates += [(milestone.due, f"milestone {milestone.id} due") for objective in plan.objectives
              for milestone in objective.milestones]
    problems += [problem for value, what in dates if (problem := _date_problem(value, what))]
    if not problems and plan.working_days != sorted(set(plan.working_days)):
        problems.append("working_days are not in order, or repeat a day")
    for deliverable in plan.deliverables():
        for path in (deliverable.path, *deliverable.inputs):
            try:
                computer.resolve(path)
            except SynthcompError as exc:
                problems.append(f"deliverable {deliverable.id}: {exc}")
    problems += [problem for collaborator in plan.collaborators for private in collaborator.private_files
                 if (problem := private_path_problem(collaborator.id, private.path))]
    people = [collaborator.id for collaborator in plan.collaborators]
    if len(set(people)) < len(people):
        problems.append("a collaborator id is used twice")
    problems += [f"event {event.id} is from unknown collaborator {event.collaborator_id!r}"
                 for event in plan.events if event.collaborator_id not in people]
    if problems:
        raise InputError(f"{computer.plan_path} cannot be run: {'; '.join(problems[:5])}"
                         + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""))
