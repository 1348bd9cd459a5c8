"""The checks a plan must pass against its computer.

Each check returns a list of problems (empty = fine), phrased so that a model given them can fix
its answer; the planner re-asks with them, a bounded number of times.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from synthcomp import office
from synthcomp.checks.inputs import private_path_problem
from synthcomp.computer import Computer
from synthcomp.errors import SynthcompError
from synthcomp.schemas import (
    Collaborator,
    Deliverable,
    EventsDraft,
    Milestone,
    MonthPlan,
    ObjectivesDraft,
    PlantedError,
    Rubric,
    TeamDraft,
)
from synthcomp.workdays import working_days

MIN_CRITERIA, MAX_CRITERIA = 5, 20
MIN_COLLABORATORS, MAX_COLLABORATORS = 3, 8
MIN_PLANTED_CHARS = 3


@dataclass(frozen=True)
class PlanningFrame:
    """What every check needs: the computer, its files and the month's working days."""

    computer: Computer
    existing: frozenset[str]
    days: tuple[str, ...]
    home: str = ""

    @classmethod
    def of(cls, computer: Computer, existing: list[str], start: date, home: str = "") -> PlanningFrame:
        """The frame for a month starting on ``start``; deliverables must go under ``home``."""
        return cls(computer, frozenset(existing), tuple(d.isoformat() for d in working_days(start)),
                   home)

    def inside_drive(self, path: str) -> str | None:
        """A problem if ``path`` would leave the drive."""
        try:
            self.computer.resolve(path)
        except SynthcompError as exc:
            return str(exc)
        return None


def _duplicates(ids: list[str], what: str) -> list[str]:
    return [f"{what} id {item!r} is used {n} times" for item, n in Counter(ids).items() if n > 1]


def check_objectives(draft: ObjectivesDraft, frame: PlanningFrame) -> list[str]:
    """Cited files exist; deliverables are new files inside the drive; milestones are working
    days of the month, in order; ids are unique; dependencies are known."""
    problems: list[str] = []
    deliverables = [d for o in draft.objectives for d in o.deliverables]
    ids = {d.id for d in deliverables}
    problems += _duplicates([o.id for o in draft.objectives], "objective")
    problems += _duplicates([d.id for d in deliverables], "deliverable")
    problems += _duplicates([d.path.lower() for d in deliverables], "deliverable path")
    problems += _duplicates([m.id for o in draft.objectives for m in o.milestones], "milestone")
    problems += _dependency_cycles(deliverables)
    for objective in draft.objectives:
        for path in objective.cites:
            if path not in frame.existing:
                problems.append(f"objective {objective.id} cites {path!r}, which is not on the drive")
        own = {d.id for d in objective.deliverables}
        for milestone in objective.milestones:
            if milestone.deliverable_id not in own:
                problems.append(f"milestone {milestone.id} names deliverable "
                                f"{milestone.deliverable_id!r}, not one of {objective.id}'s")
        problems += _check_milestone_dates(objective.milestones, frame)
    for deliverable in deliverables:
        problems += _check_deliverable(deliverable, ids, frame)
    return problems


def _dependency_cycles(deliverables: list[Deliverable]) -> list[str]:
    """A problem naming the deliverables that depend on each other in a circle, if any."""
    waiting = {d.id: set(d.depends_on) & {x.id for x in deliverables} - {d.id} for d in deliverables}
    while True:
        ready = [d for d, deps in waiting.items() if not deps]
        if not ready:
            break
        for d in ready:
            del waiting[d]
        for deps in waiting.values():
            deps.difference_update(ready)
    return [f"deliverables {', '.join(sorted(waiting))} depend on each other in a circle"] if waiting else []


def _check_deliverable(deliverable: Deliverable, ids: set[str], frame: PlanningFrame) -> list[str]:
    problems = []
    outside = frame.inside_drive(deliverable.path)
    if outside:
        problems.append(f"deliverable {deliverable.id}: {outside}")
    elif frame.home and not deliverable.path.startswith(frame.home.rstrip("/") + "/"):
        problems.append(f"deliverable {deliverable.id}: {deliverable.path!r} is not in the user's "
                        f"folders (under {frame.home})")
    elif deliverable.path in frame.existing or frame.computer.resolve(deliverable.path).exists():
        problems.append(f"deliverable {deliverable.id}: {deliverable.path!r} already exists; "
                        "choose a new file name")
    for path in deliverable.inputs:
        if path not in frame.existing:
            problems.append(f"deliverable {deliverable.id} builds on {path!r}, which is not on the drive")
    for dep in deliverable.depends_on:
        if dep not in ids or dep == deliverable.id:
            problems.append(f"deliverable {deliverable.id} depends on unknown deliverable {dep!r}")
    return problems


def _check_milestone_dates(milestones: list[Milestone], frame: PlanningFrame) -> list[str]:
    problems = []
    last_by_deliverable: dict[str, str] = {}
    for milestone in milestones:
        if milestone.due not in frame.days:
            problems.append(f"milestone {milestone.id} is due {milestone.due}, which is not a working "
                            f"day between {frame.days[0]} and {frame.days[-1]}")
        previous = last_by_deliverable.get(milestone.deliverable_id)
        if previous and milestone.due < previous:
            problems.append(f"milestone {milestone.id} ({milestone.due}) comes before the previous "
                            f"milestone of {milestone.deliverable_id} ({previous}): dates out of order")
        last_by_deliverable[milestone.deliverable_id] = milestone.due
    return problems


def _planted_error_places(collaborators: Sequence[Collaborator], errors: Sequence[PlantedError],
                          frame: PlanningFrame) -> list[str]:
    """Planted errors that name no private file of their collaborator, or a source of truth
    that is not on the drive."""
    files = {(c.id, f.path) for c in collaborators for f in c.private_files}
    problems = []
    for error in errors:
        if (error.collaborator_id, error.file) not in files:
            problems.append(f"planted error {error.id} names {error.collaborator_id}/{error.file}, "
                            "which is not one of that collaborator's private files")
        if error.source_of_truth not in frame.existing:
            problems.append(f"planted error {error.id}: source of truth {error.source_of_truth!r} "
                            "is not on the drive")
    return problems


def check_team(draft: TeamDraft, frame: PlanningFrame) -> list[str]:
    """3 to 8 collaborators with unique ids, one manager; planted errors point at real private
    files and at a drive file that holds the truth."""
    problems = _duplicates([c.id for c in draft.collaborators], "collaborator")
    if not MIN_COLLABORATORS <= len(draft.collaborators) <= MAX_COLLABORATORS:
        problems.append(f"{len(draft.collaborators)} collaborators; the month needs 3 to 8")
    if not any(c.role == "manager" for c in draft.collaborators):
        problems.append("no collaborator has the role 'manager'")
    for collaborator in draft.collaborators:
        for private in collaborator.private_files:
            if not private.path.lower().endswith("." + private.kind):
                problems.append(f"{collaborator.id}'s file {private.path!r} is not a .{private.kind}")
            if problem := private_path_problem(collaborator.id, private.path):
                problems.append(problem)
    problems += _duplicates([e.id for e in draft.planted_errors], "planted error")
    problems += _planted_error_places(draft.collaborators, draft.planted_errors, frame)
    for error in draft.planted_errors:
        if error.wrong_value == error.correct_value:
            problems.append(f"planted error {error.id}: the wrong value equals the correct one")
        if len(error.wrong_value.strip()) < MIN_PLANTED_CHARS:
            problems.append(f"planted error {error.id}: the wrong value {error.wrong_value!r} is too "
                            "short to be found in a file; give the figure as it is written")
    return problems


def check_events(draft: EventsDraft, frame: PlanningFrame, people: set[str],
                 deliverables: set[str]) -> list[str]:
    """Events fall on working days of the month and name known people and deliverables."""
    problems = _duplicates([e.id for e in draft.events], "event")
    for event in draft.events:
        if event.date not in frame.days:
            problems.append(f"event {event.id} is on {event.date}, not a working day of the month")
        if event.collaborator_id not in people:
            problems.append(f"event {event.id} comes from unknown collaborator {event.collaborator_id!r}")
        for deliverable in event.affects:
            if deliverable not in deliverables:
                problems.append(f"event {event.id} affects unknown deliverable {deliverable!r}")
        if event.kind == "new_deadline" and event.new_due is None:
            problems.append(f"event {event.id} moves a deadline: give the new date in new_due")
        if event.new_due is not None and event.new_due not in frame.days:
            problems.append(f"event {event.id}: new_due {event.new_due} is not a working day of the month")
        if event.kind == "requirement_change" and not event.affects:
            problems.append(f"event {event.id} changes a requirement: name the deliverables in affects")
    return problems


def check_rubric(rubric: Rubric, deliverables: set[str], errors: set[str],
                 events: set[str] | None = None, *, min_criteria: int = MIN_CRITERIA,
                 max_criteria: int = MAX_CRITERIA) -> list[str]:
    """Every deliverable has 5 to 20 criteria (or the bounds given); criteria name known
    deliverables, errors and (when ``events`` is given) events."""
    problems = _duplicates([c.id for c in rubric.criteria], "criterion")
    counts = Counter(c.deliverable_id for c in rubric.criteria)
    for deliverable in sorted(deliverables):
        if not min_criteria <= counts[deliverable] <= max_criteria:
            problems.append(f"deliverable {deliverable} has {counts[deliverable]} criteria; "
                            f"it needs {min_criteria} to {max_criteria}")
    for criterion in rubric.criteria:
        if criterion.deliverable_id not in deliverables:
            problems.append(f"criterion {criterion.id} grades unknown deliverable "
                            f"{criterion.deliverable_id!r}")
        if criterion.planted_error_id and criterion.planted_error_id not in errors:
            problems.append(f"criterion {criterion.id} names unknown planted error "
                            f"{criterion.planted_error_id!r}")
        if criterion.event_id and events is not None and criterion.event_id not in events:
            problems.append(f"criterion {criterion.id} names unknown event {criterion.event_id!r}")
    return problems


def check_planted_errors_findable(plan: MonthPlan, collaborators_dir: str) -> list[str]:
    """Each planted wrong value can be read in the private file it is said to be in."""
    problems = []
    for error in plan.planted_errors:
        path = Path(collaborators_dir) / error.collaborator_id / error.file
        try:
            text = office.read_text(path)
        except (SynthcompError, OSError) as exc:
            problems.append(f"planted error {error.id}: cannot read {error.file}: {exc}")
            continue
        # A PDF reads back a no-break space (12 480 EUR) as a plain one: compare words.
        if " ".join(error.wrong_value.split()) not in " ".join(text.split()):
            problems.append(f"planted error {error.id}: {error.wrong_value!r} is not in {error.file}")
    return problems


def validate_plan(plan: MonthPlan, frame: PlanningFrame, collaborators_dir: str) -> list[str]:
    """Every check, on the finished plan and its private files."""
    deliverables = {d.id for d in plan.deliverables()}
    return [
        *check_objectives(ObjectivesDraft(objectives=plan.objectives), frame),
        *check_team(TeamDraft(collaborators=plan.collaborators,
                              planted_errors=plan.planted_errors), frame),
        *check_events(EventsDraft(events=plan.events), frame,
                      {c.id for c in plan.collaborators}, deliverables),
        *check_rubric(plan.rubric, deliverables, {e.id for e in plan.planted_errors},
                      {e.id for e in plan.events}),
        *check_planted_errors_findable(plan, collaborators_dir),
    ]


def stray_criteria(plan: MonthPlan) -> list[str]:
    """Criteria of the rubric that grade no deliverable of the plan."""
    known = {d.id for d in plan.deliverables()}
    return [f"{c.id} grades unknown deliverable {c.deliverable_id!r}"
            for c in plan.rubric.criteria if c.deliverable_id not in known]


def validate_row_plan(plan: MonthPlan, frame: PlanningFrame, collaborators_dir: str) -> list[str]:
    """The checks that hold for a month taken from a published dataset row.

    The row is taken as it is: its output files may already be on the drive (a row is a snapshot
    of the computer after its month) and outside the home folder, its rubrics may have fewer
    than MIN_CRITERIA criteria and its team any size or roles. What must still hold: paths stay
    in the drive, milestones and events fall on the period's working days in order, ids are
    unique and name what exists, and each deliverable's weights sum to 1 (the schema)."""
    deliverables = plan.deliverables()
    ids = {d.id for d in deliverables}
    problems = _duplicates([o.id for o in plan.objectives], "objective")
    problems += _duplicates([d.id for d in deliverables], "deliverable")
    for deliverable in deliverables:
        outside = frame.inside_drive(deliverable.path)
        if outside:
            problems.append(f"deliverable {deliverable.id}: {outside}")
    problems += _check_milestone_dates([m for o in plan.objectives for m in o.milestones], frame)
    problems += _duplicates([c.id for c in plan.collaborators], "collaborator")
    problems += [problem for collaborator in plan.collaborators for private in collaborator.private_files
                 if (problem := private_path_problem(collaborator.id, private.path))]
    problems += _planted_error_places(plan.collaborators, plan.planted_errors, frame)
    problems += check_events(EventsDraft(events=plan.events), frame,
                             {c.id for c in plan.collaborators}, ids)
    # A row's rubric is graded as the collaborator wrote it, however many criteria it has.
    problems += check_rubric(plan.rubric, ids, {e.id for e in plan.planted_errors},
                             {e.id for e in plan.events}, min_criteria=1, max_criteria=10_000)
    return [*problems, *check_planted_errors_findable(plan, collaborators_dir)]
