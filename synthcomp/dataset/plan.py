"""A published row's month -> the parts of a MonthPlan (meta/dataset_row.json -> plan.json).

The row is the plan: its period and working days, its deliverables with their output files and
weekly milestones, its collaborators with their reference files, key facts and weighted rubrics.
The plan's schema wants some things the row does not say (a collaborator's role among the
plan's seven, how soon they answer, a deliverable's effort); those are derived deterministically
and named in ``RowCollaborator.derived`` or the notes. What the row lacks entirely (events, and
criteria for a deliverable no collaborator grades) the planner adds, and ``DatasetMonth.added``
lists it.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import PurePosixPath
from typing import Any

from synthcomp import office
from synthcomp.computer import Computer
from synthcomp.dataset.models import Collaborator as RowPerson
from synthcomp.dataset.models import DatasetComputer
from synthcomp.dataset.models import Deliverable as RowWork
from synthcomp.dataset.normalise import normalise_row
from synthcomp.errors import SynthcompError
from synthcomp.schemas.month import (
    DatasetMonth,
    RowCollaborator,
    RowCriterion,
    RowDeliverable,
)

ROW_FILE = "dataset_row.json"
GRADABLE = ("docx", "xlsx", "pptx", "pdf", "md")
PRIVATE_KINDS = ("docx", "xlsx", "pptx", "pdf", "md", "csv", "txt")
# The preferred graded file of a package: its final version, then the richest office format.
FINAL = re.compile(r"final", re.IGNORECASE)
FORMAT_RANK = {"docx": 0, "pdf": 1, "pptx": 2, "xlsx": 3, "md": 4}
HOURS_PER_OUTPUT, MAX_HOURS = 6.0, 80.0
MAX_CITES = 6
MAX_PLANTED, READ_CHARS = 2, 40_000
_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])\d{4,}(?![\w.,])")
# (role, responsiveness, typical delay in hours), first match wins: a direct report or manager
# named in the relationship outranks a job word ('Junior Advisor Associate (direct report)').
ROLE_RULES: tuple[tuple[str, tuple[str, ...], float, float], ...] = (
    ("report", ("direct report", "report to", "reports to", "postdoc", "intern", "junior",
                "assistant", "associate"), 0.9, 3.0),
    ("manager", ("manager", "supervisor", "director", "chair", "head of department", "lead of",
                 "boss", "principal investigator"), 0.8, 8.0),
    ("compliance", ("compliance", "legal", "auditor", "regulator", "counsel", "program officer"),
     0.7, 24.0),
    ("client", ("client", "customer"), 0.6, 24.0),
    ("vendor", ("vendor", "supplier", "external partner", "contractor", "consultant"), 0.6, 24.0),
    ("peer", ("peer", "engineer", "developer", "advisor", "analyst", "colleague", "professor",
              "researcher", "scientist", "contributor", "co-author"), 0.75, 6.0),
)
STAKEHOLDER = ("stakeholder", 0.6, 24.0)
_DELAY = re.compile(r"within\s+(?:about\s+)?(\d+)(?:\s*[-\u2013]\s*(\d+))?\s*(business\s+)?"
                    r"(hours?|h\b|days?)", re.IGNORECASE)
_SLUG = re.compile(r"[^a-z0-9_-]+")


def read_row(computer: Computer) -> dict[str, Any] | None:
    """The decoded published row the computer was materialized from, or None."""
    path = computer.root / "meta" / ROW_FILE
    if not path.is_file():
        return None
    value = json.loads(path.read_text(encoding="utf-8"))
    return value if isinstance(value, dict) else None


@dataclass
class RowMonth:
    """The plan's parts taken from the row (plain dicts, as the planner's state holds them)."""

    month_start: str
    month_end: str
    days: list[str]
    objectives: list[dict[str, Any]]
    collaborators: list[dict[str, Any]]
    criteria: list[dict[str, Any]]
    dataset: DatasetMonth
    stand_ins: set[tuple[str, str]] = field(default_factory=set)


class NoRowMonth(ValueError):
    """The row has no month the plan can take: the planner plans one instead."""


# Spellings of a date seen in generated text besides ISO ("January 5, 2026", "05/01/2026" is
# read day first only when the month-first reading is impossible).
DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%m/%d/%Y",
                "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y")


def row_date(text: object) -> date | None:
    """A row's date in ISO or one of DATE_FORMATS (a time after it is ignored), else None."""
    if not isinstance(text, str) or not text.strip():
        return None
    cleaned = text.strip()
    try:
        return date.fromisoformat(cleaned[:10])
    except ValueError:
        pass
    for spelling in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, spelling).date()
        except ValueError:
            continue
    return None


def weekdays(start: date, end: date) -> list[str]:
    """Every weekday from ``start`` to ``end``, both included."""
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day.isoformat())
        day += timedelta(days=1)
    return days


def week_due(days: list[str], week: int) -> str:
    """The last working day of the ``week``-th calendar week of the period (week 1 holds its
    first day); a week past the period falls on its last day."""
    first = date.fromisoformat(days[0])
    monday = first - timedelta(days=first.weekday()) + timedelta(weeks=max(week, 1) - 1)
    inside = [d for d in days if d < (monday + timedelta(days=7)).isoformat()]
    return inside[-1] if inside else days[0]


def _on_or_before(days: list[str], when: str | None) -> str:
    if not when:
        return days[-1]
    earlier = [d for d in days if d <= when[:10]]
    return earlier[-1] if earlier else days[0]


def slug(value: str) -> str:
    """A plan id for a row id (lower case, [a-z0-9_-], at most 40 characters)."""
    text = _SLUG.sub("-", value.strip().casefold()).strip("-_") or "x"
    return text[:40]


def _graded(work: RowWork, home: str) -> tuple[str, str, bool]:
    """The output file graded for the deliverable, its format, and whether it was added."""
    gradable = [(p, PurePosixPath(p).suffix.lower().lstrip(".")) for p in work.output_drive_paths]
    gradable = [(p, kind) for p, kind in gradable if kind in GRADABLE]
    if gradable:
        finals = [pair for pair in gradable if FINAL.search(PurePosixPath(pair[0]).name)]
        path, kind = min(finals or gradable, key=lambda pair: FORMAT_RANK[pair[1]])
        return path, kind, False
    folder = str(PurePosixPath(work.output_drive_paths[0]).parent) if work.output_drive_paths \
        else home
    folder = "" if folder == "." else folder.rstrip("/") + "/"
    return f"{folder}{slug(work.id)}_summary.md", "md", True


def _milestones(work: RowWork, did: str, days: list[str]) -> list[dict[str, Any]]:
    steps = sorted(work.milestones, key=lambda m: m.week)
    final = _on_or_before(days, work.target_completion)
    milestones: list[dict[str, Any]] = []
    last = days[0]
    for n, step in enumerate(steps):
        due = final if n == len(steps) - 1 else min(week_due(days, step.week), final)
        due = max(due, last)  # dates never go backwards
        mid = f"{did}-w{step.week}"
        if any(m["id"] == mid for m in milestones):  # two goals in one week
            mid = f"{mid}-{n + 1}"
        milestones.append({"id": mid, "title": step.goal, "due": due, "deliverable_id": did})
        last = due
    if not milestones:
        milestones.append({"id": f"{did}-done", "title": f"{work.title} complete", "due": final,
                           "deliverable_id": did})
    return milestones


def _cites(dc: DatasetComputer, work: RowWork, existing: list[str]) -> list[str]:
    present = set(existing)
    own = [f.path for f in dc.files if work.project_id in f.project_ids and f.path in present
           and f.path not in work.output_drive_paths]
    return (own or sorted(present))[:MAX_CITES]


def _objective(dc: DatasetComputer, work: RowWork, days: list[str], existing: list[str]
               ) -> tuple[dict[str, Any], RowDeliverable]:
    did = work.id  # kept as the row spells it: the plan's deliverable ids have no pattern
    path, kind, added = _graded(work, dc.filesystem.home)
    cites = _cites(dc, work, existing)
    others = [p for p in work.output_drive_paths if p != path]
    must = [work.description or work.title]
    if others:
        must.append("The package's other files: " + ", ".join(others))
    deliverable = {"id": did, "title": work.title, "path": path, "format": kind,
                   "must_contain": must, "inputs": cites, "depends_on": [],
                   "effort_hours": min(MAX_HOURS, HOURS_PER_OUTPUT * max(1, len(work.output_files)))}
    objective = {"id": f"obj-{did}", "title": work.title,
                 "description": work.description or work.title, "cites": cites or [path],
                 "deliverables": [deliverable], "milestones": _milestones(work, did, days)}
    record = RowDeliverable(id=did, output_files=list(work.output_drive_paths),
                            original_output_files=list(work.output_files), graded_path=path,
                            path_added=added, target_completion=work.target_completion)
    return objective, record


def plan_role(person: RowPerson) -> tuple[str, float, float]:
    """The plan's role for a row collaborator, with a responsiveness and typical delay that go
    with it (first rule whose word the relationship, then the role, names)."""
    for text in (person.relationship_to_user or "", person.role):
        lowered = text.casefold()
        for role, words, responsiveness, delay in ROLE_RULES:
            if any(word in lowered for word in words):
                return role, responsiveness, delay
    return STAKEHOLDER


def stated_delay(*texts: str) -> float | None:
    """Hours from 'responds within 2-4 hours' / 'within 1 business day', if a text says so."""
    for text in texts:
        match = _DELAY.search(text)
        if match:
            low, high = float(match.group(1)), float(match.group(2) or match.group(1))
            hours = (low + high) / 2
            return min(120.0, hours * (24 if match.group(4).lower().startswith("d") else 1))
    return None


def _knows(person: RowPerson) -> list[str]:
    provides = person.what_they_provide
    items = provides if isinstance(provides, list) else [provides] if provides else []
    facts = [f"{key.replace('_', ' ')}: {value if isinstance(value, str) else json.dumps(value)}"
             for key, value in person.key_facts.items()]
    return [str(item) for item in items] + facts


def _private(name: str) -> tuple[str, str, bool]:
    """A reference file's private path, its kind, and whether it is a text stand-in."""
    path = "/".join(part for part in name.replace("\\", "/").split("/")
                    if part not in ("", ".", ".."))
    kind = PurePosixPath(path).suffix.lower().lstrip(".")
    if kind in PRIVATE_KINDS:
        return path, kind, False
    # .txt added, so that the file reads (and is shared) as the text it is.
    return f"{path or 'reference'}.txt", "txt", True


def _collaborator(person: RowPerson, raw: dict[str, Any], taken: set[str]
                  ) -> tuple[dict[str, Any], RowCollaborator, set[tuple[str, str]]]:
    cid = slug(person.id)
    while cid in taken:
        cid = f"{cid[:36]}-{len(taken)}"
    taken.add(cid)
    role, responsiveness, delay = plan_role(person)
    derived = ["role", "responsiveness"]
    said = stated_delay(*(str(raw.get(key) or "") for key in ("work_style", "communication_style",
                                                              "personality", "background")),
                        str(person.key_facts.get("typical_response_time") or ""))
    if said is None:
        derived.append("typical_delay_hours")
    organisation = person.organization or ""
    if not organisation:
        derived.append("organisation")
    persona = " ".join(str(raw[key]) for key in ("background", "personality", "work_style")
                       if isinstance(raw.get(key), str)) or f"{person.name}, {person.role}."
    files: list[dict[str, Any]] = []
    descriptions: dict[str, str] = {}
    stand_ins: set[tuple[str, str]] = set()
    for ref in person.reference_files:
        path, kind, stand_in = _private(ref.filename)
        if ref.filename in descriptions or any(f["path"] == path for f in files):
            continue
        files.append({"path": path, "kind": kind,
                      "title": PurePosixPath(ref.filename).stem.replace("_", " "),
                      "description": ref.description or ref.filename})
        descriptions[ref.filename] = ref.description
        if stand_in:
            stand_ins.add((cid, path))
    plan = {"id": cid, "name": person.name, "role": role, "title": person.role or role,
            "organisation": organisation or "unknown", "persona": persona,
            "communication_style": person.communication_style or "Not stated in the row.",
            "responsiveness": responsiveness,
            "typical_delay_hours": said if said is not None else delay,
            "knows": _knows(person), "private_files": files}
    record = RowCollaborator(id=cid, row_id=person.id, key_facts=person.key_facts,
                             what_they_provide=person.what_they_provide,
                             reference_files=descriptions,
                             stand_ins=sorted(path for _, path in stand_ins), derived=derived)
    return plan, record, stand_ins


def tag_for(weight: float) -> str:
    """The plan's tag for a row criterion's (normalised) weight: the row gives none."""
    return "essential" if weight >= 0.15 else "important" if weight >= 0.08 else "optional"


def row_criteria(dc: DatasetComputer, ids: dict[str, str], people: dict[str, str]
                 ) -> tuple[list[dict[str, Any]], list[RowCriterion], list[str]]:
    """The rubric criteria of the row's collaborators, per deliverable, weights normalised (each
    collaborator's rubric counts equally when two grade the same deliverable)."""
    by_deliverable: dict[str, list[RowPerson]] = {}
    notes = []
    for person in dc.collaborators:
        rubric = person.rubric
        if not rubric or not rubric.criteria:
            continue
        did = ids.get(rubric.deliverable_id or "")
        if did is None:
            notes.append(f"{person.id}'s rubric grades {rubric.deliverable_id!r}, not a deliverable "
                         "of the row; left out")
            continue
        by_deliverable.setdefault(did, []).append(person)
    criteria, records = [], []
    for did, graders in by_deliverable.items():
        n = 0
        for person in graders:
            assert person.rubric is not None
            total = sum(max(c.weight, 0.0) for c in person.rubric.criteria) or 1.0
            for criterion in person.rubric.criteria:
                n += 1
                weight = max(criterion.weight, 0.0) / total / len(graders)
                if weight <= 0:
                    notes.append(f"{person.id}'s criterion {criterion.name!r} weighs 0; left out")
                    continue
                cid = f"{did}-r{n}"
                text = criterion.name + (f": {criterion.description}" if criterion.description else "")
                criteria.append({"id": cid, "deliverable_id": did, "text": text,
                                 "tag": tag_for(weight), "weight": weight, "expects": [],
                                 "forbids": []})
                records.append(RowCriterion(criterion_id=cid, deliverable_id=did,
                                            collaborator_id=people[person.id], name=criterion.name,
                                            weight=criterion.weight,
                                            description=criterion.description))
    return criteria, records, notes


def _figure(text: str) -> str | None:
    """The first figure of a text worth copying wrong: grouped thousands or 4+ digits, not a
    year, with two different adjacent digits to swap."""
    for match in _FIGURE.finditer(text):
        value = match.group(0)
        digits = value.replace(",", "").split(".")[0]
        if len(digits) == 4 and 1900 <= int(digits) <= 2100:
            continue
        if any(a != b and a.isdigit() and b.isdigit() for a, b in itertools.pairwise(value)):
            return value
    return None


def wrong_copy(value: str) -> str:
    """The figure with its last two different adjacent digits swapped ('4,156,199' ->
    '4,156,919'): a slip a careful reader catches against the source."""
    chars = list(value)
    for i in range(len(chars) - 2, -1, -1):
        if chars[i].isdigit() and chars[i + 1].isdigit() and chars[i] != chars[i + 1]:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            return "".join(chars)
    return value


def plant_errors(computer: Computer, month: RowMonth) -> list[dict[str, Any]]:
    """Figures of the drive copied wrong into collaborators' spreadsheets (the row plants none
    the plan can check): at most MAX_PLANTED, each from a file a deliverable cites, into a
    different collaborator's first xlsx/csv reference file. Deterministic; none when no cited
    file holds a figure or no collaborator has a spreadsheet."""
    sources = list(dict.fromkeys(path for objective in month.objectives for path in objective["cites"]))
    found: list[tuple[str, str]] = []
    for path in sources:
        try:
            text = office.read_text(computer.resolve(path), limit=READ_CHARS)
        except (SynthcompError, OSError):
            continue
        value = _figure(text)
        if value and wrong_copy(value) not in text:
            found.append((path, value))
    errors: list[dict[str, Any]] = []
    for collaborator in month.collaborators:
        sheet = next((f for f in collaborator["private_files"] if f["kind"] in ("xlsx", "csv")
                      and (collaborator["id"], f["path"]) not in month.stand_ins), None)
        if sheet is None or len(errors) >= min(MAX_PLANTED, len(found)):
            continue
        source, value = found[len(errors)]
        label = f"Figure from {PurePosixPath(source).name}"
        errors.append({"id": f"PE-{len(errors) + 1}", "collaborator_id": collaborator["id"],
                       "file": sheet["path"], "location": f"row '{label}'",
                       "wrong_value": wrong_copy(value), "correct_value": value,
                       "source_of_truth": source,
                       "description": f"{collaborator['name']}'s {sheet['path']} copies {value} "
                                      f"from {source} as {wrong_copy(value)}"})
    return errors


def month_from_row(row: dict[str, Any], existing: list[str]) -> RowMonth:
    """The plan's parts from a decoded published row; ``existing`` lists the drive's files.

    Raises RowError (from normalise_row) when the row cannot be read, NoRowMonth when it has
    no month to take (no monthly_objectives or period, dates that are not dates, no weekday)."""
    dc = normalise_row(row)
    month = dc.plan
    if month is None or month.simulation_period is None:
        raise NoRowMonth(f"row {dc.computer_id} has no monthly_objectives with a simulation_period")
    period = month.simulation_period
    start, end = row_date(period.start), row_date(period.end)
    if start is None or end is None:
        raise NoRowMonth(f"row {dc.computer_id}: its simulation_period ({period.start!r} to "
                         f"{period.end!r}) is not a pair of dates")
    days = weekdays(start, end)
    if not days:
        raise NoRowMonth(f"row {dc.computer_id}: no weekday between {period.start} and {period.end}")
    notes = []
    if period.working_days is not None and period.working_days != len(days):
        notes.append(f"simulation_period.working_days is {period.working_days} but the period "
                     f"has {len(days)} weekdays; the plan uses the weekdays")
    if period.notes:
        notes.append(f"simulation_period.notes: {period.notes}")
    objectives, deliverables = [], []
    present = set(existing)
    for work in month.deliverables:
        objective, record = _objective(dc, work, days, existing)
        objectives.append(objective)
        deliverables.append(record)
        there = [path for path in record.output_files if path in present]
        if there:
            notes.append(f"{work.id}: {len(there)} of its {len(record.output_files)} output files "
                         "are already on the drive (the row lists them); a run starts from them"
                         + (", the graded one among them" if record.graded_path in there else ""))
        if record.path_added:
            notes.append(f"{work.id}: no output file is a {'/'.join(GRADABLE)}; the planner added "
                         f"{record.graded_path} to grade")
    raws = [person for person in row["collaboration_context"].get("collaborators") or []
            if isinstance(person, dict)]
    raw_by_id = {str(person.get("id")): person for person in raws}
    collaborators: list[dict[str, Any]] = []
    people: list[RowCollaborator] = []
    stand_ins: set[tuple[str, str]] = set()
    taken: set[str] = set()
    for person in dc.collaborators:
        plan, said, odd = _collaborator(person, raw_by_id.get(person.id, {}), taken)
        collaborators.append(plan)
        people.append(said)
        stand_ins |= odd
    ids = {work.id: work.id for work in month.deliverables}
    criteria, rubric, rubric_notes = row_criteria(dc, ids, {p.row_id: p.id for p in people})
    dataset = DatasetMonth(
        computer_id=dc.computer_id, period_start=days[0], period_end=days[-1],
        row_working_days=period.working_days,
        recurring_activities=[a.model_dump() for a in month.recurring_activities],
        weekly_focus=[w.model_dump() for w in month.weekly_focus],
        deliverables=deliverables, collaborators=people, rubric=rubric,
        notes=[*notes, *rubric_notes])
    return RowMonth(month_start=days[0], month_end=days[-1], days=days, objectives=objectives,
                    collaborators=collaborators, criteria=criteria, dataset=dataset,
                    stand_ins=stand_ins)
