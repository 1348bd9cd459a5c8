"""The input forms and outputs Studio draws for the entry graphs.

They are typing_extensions TypedDicts: pydantic builds JSON schemas (the forms) only from
those on Python < 3.12. Every field is optional; an empty form runs on the first bundled
persona with the offline model.
"""

from __future__ import annotations

from typing import Any

from typing_extensions import TypedDict


class ComputerForm(TypedDict, total=False):
    """Which computer: a folder, or a persona to build one from (the first bundled persona
    when both are empty; a built computer goes under $SYNTHCOMP_STUDIO_DIR)."""

    computer_dir: str
    persona: str
    target_files: int


class WorldForm(TypedDict, total=False):
    """The world builder's form: a persona, where to write the computer, how many files."""

    persona: str
    out_dir: str
    target_files: int
    today: str
    overwrite: bool


class WorldOutput(TypedDict, total=False):
    """What the world builder leaves: the computer's id, folder and manifest."""

    computer_id: str
    out_dir: str
    manifest_path: str


class PlannerForm(ComputerForm, total=False):
    """The planner's form: a computer, the month's first day, whether to replan."""

    month_start: str
    overwrite: bool


class PlannerOutput(TypedDict, total=False):
    """What the planner leaves: the computer and its plan.json."""

    computer_dir: str
    plan_path: str
    objectives: list[dict[str, Any]]
    collaborators: list[dict[str, Any]]


class RunForm(ComputerForm, total=False):
    """A run on the computer (planned first if it has no plan): its id and budgets."""

    run_id: str
    days: int
    max_turns: int
    day_turns: int


class DayForm(RunForm, total=False):
    """The user agent's form: a run, and which working day (0 = the month's first)."""

    day: int


class SimOutput(TypedDict, total=False):
    """What a simulation leaves: its run folder, the day log and the summary."""

    run_dir: str
    log: list[str]
    summary: dict[str, Any]


class DayOutput(TypedDict, total=False):
    """What a day of the user agent leaves: where it stopped (the day's messages are in the
    thread's state)."""

    run_dir: str
    turn: int
    clock: str


class CollaboratorForm(RunForm, total=False):
    """The collaborator's form: who (the plan's first collaborator by default) and what the
    user writes to them."""

    collaborator_id: str
    subject: str
    message: str


class CollaboratorOutput(TypedDict, total=False):
    """What a collaborator's evening leaves: messages for the user's inbox."""

    run_dir: str
    inbox: list[dict[str, Any]]
    outbox: list[dict[str, Any]]


class GradeForm(ComputerForm, total=False):
    """The grader's form: a run folder, or a computer whose latest run is graded (a computer
    with no run is simulated for one day first)."""

    run_dir: str


class GradeOutput(TypedDict, total=False):
    """What the grader leaves: the run it graded and its grade.json."""

    run_dir: str
    grade_path: str
    grade: dict[str, Any]
