"""One decoded published row -> a :class:`DatasetComputer`.

A value of the wrong shape inside a column (a deliverable without an id, a file record that is
not an object...) is a :class:`RowError` naming the field; the row's structural defects (duplicate
paths, escaping paths, dangling edges, cycles) are warnings and the rest of the row is kept.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from synthcomp.dataset.columns import ID_COLUMN
from synthcomp.dataset.defects import break_cycles, dependency_order, drop_duplicates
from synthcomp.dataset.graph import day_keyed, node_notes, read_edges
from synthcomp.dataset.models import (
    Collaborator,
    DatasetComputer,
    DatasetFile,
    Filesystem,
    Identity,
    MonthlyPlan,
    OsSource,
    Profile,
    ProjectEntry,
    Volume,
    slug,
)
from synthcomp.dataset.paths import PathEscape, find_home, to_drive
from synthcomp.dataset.read import RowError

Model = TypeVar("Model", bound=BaseModel)

CONTENT_MODES = ("generate", "download", "skip")
# A rubric's weights should sum to 1; rounding in the published rows stays well inside this.
WEIGHT_TOLERANCE = 0.02


def _validate(model: type[Model], value: object, where: str) -> Model:
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        place = ".".join([where, *(str(part) for part in first["loc"])])
        raise RowError(f"{place}: {first['msg']}") from exc


def _dict(row: Mapping[str, Any], column: str, key: str) -> dict[str, Any]:
    value = row[column].get(key, {})
    if not isinstance(value, dict):
        raise RowError(f"{column}.{key}: must be an object, not {type(value).__name__}")
    return value


def _list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RowError(f"{where}: must be a list, not {type(value).__name__}")
    return value


def detect_os(row: Mapping[str, Any]) -> tuple[Literal["windows", "macos"], OsSource]:
    """The row's OS and what said so: persona.os, else the id's prefix (mac_/win_), else the
    filesystem policy's layout (volume_layout is macOS, drive_layout Windows), else Windows."""
    spelled = str(row["persona"].get("os") or "").strip().casefold()
    if spelled in ("macos", "mac", "osx", "mac os", "mac os x", "darwin"):
        return "macos", "persona"
    if spelled in ("windows", "win", "win10", "win11", "windows 10", "windows 11"):
        return "windows", "persona"
    prefix = str(row[ID_COLUMN]).casefold()
    if prefix.startswith("mac"):
        return "macos", "id_prefix"
    if prefix.startswith("win"):
        return "windows", "id_prefix"
    policy = row["filesystem_policy"]
    if "volume_layout" in policy:
        return "macos", "layout"
    if "drive_layout" in policy:
        return "windows", "layout"
    return "windows", "default"


def _strings(value: object) -> Iterator[str]:
    """Every string inside a decoded JSON value (default_paths nests lists in objects)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _filesystem(row: Mapping[str, Any], os: Literal["windows", "macos"], identity: Identity
                ) -> Filesystem:
    policy = row["filesystem_policy"]
    candidates = [*_strings(policy.get("default_paths")),
                  *(entry["path"] for entry in row["file_list"]
                    if isinstance(entry, dict) and isinstance(entry.get("path"), str))]
    home = find_home(candidates, identity.username)
    volumes = []
    if "drive_layout" in policy:
        key: Literal["drive_layout", "volume_layout", "none"] = "drive_layout"
        for index, entry in enumerate(_list(policy["drive_layout"], "filesystem_policy.drive_layout")):
            letter = str(entry.get("letter", "")).strip().rstrip(":/\\").upper() \
                if isinstance(entry, dict) else ""
            if len(letter) != 1 or not letter.isalpha():
                raise RowError(f"filesystem_policy.drive_layout[{index}].letter: not a drive letter")
            volumes.append(Volume(name=letter, role=str(entry.get("role", "")),
                                  drive_folder="" if letter == "C" else letter))
    elif "volume_layout" in policy:
        key = "volume_layout"
        for index, entry in enumerate(_list(policy["volume_layout"], "filesystem_policy.volume_layout")):
            name = entry.get("name") if isinstance(entry, dict) else None
            if not isinstance(name, str) or not name.strip():
                raise RowError(f"filesystem_policy.volume_layout[{index}].name: not a volume name")
            role = str(entry.get("role", ""))
            # The primary volume is "/" on macOS; every other one is mounted under /Volumes.
            try:
                folder = "" if role == "primary" else to_drive(f"/Volumes/{name}")
            except PathEscape as exc:
                raise RowError(f"filesystem_policy.volume_layout[{index}].name: {exc}") from exc
            volumes.append(Volume(name=name, role=role, drive_folder=folder))
    else:
        key = "none"
    start = policy.get("system_start_timestamp")
    return Filesystem(os=os, home=home, layout_key=key, volumes=volumes,
                      system_start_timestamp=start if isinstance(start, str) else None)


class _Files:
    """file_list read into DatasetFile records, mapping each path and remembering its spelling."""

    def __init__(self, home: str) -> None:
        self.home = home
        self.path_map: dict[str, str] = {}
        self.warnings: list[str] = []
        self.notes: list[str] = []

    def path_of(self, original: str) -> str:
        path = to_drive(original, self.home)
        self.path_map.setdefault(original, path)
        return path

    def read(self, entries: list[Any]) -> list[DatasetFile]:
        files = []
        modes: Counter[str] = Counter()
        for index, entry in enumerate(entries):
            where = f"file_list[{index}]"
            if not isinstance(entry, dict):
                raise RowError(f"{where}: must be an object with a path, not {type(entry).__name__}")
            original = entry.get("path")
            if not isinstance(original, str):
                raise RowError(f"{where}.path: must be text, not {original!r}")
            try:
                path = self.path_of(original)
            except PathEscape as exc:
                self.warnings.append(f"{where}: {exc}; file left out")
                continue
            derived = entry.get("derived_from")
            if isinstance(derived, str):
                self.notes.append(f"{where}.derived_from: a single path, read as a list of one")
                derived = [derived]
            hint = entry.get("download_hint")
            if isinstance(hint, (dict, list)):
                self.notes.append(f"{where}.download_hint: an object, read as "
                                  + ("its url" if isinstance(hint, dict)
                                     and isinstance(hint.get("url"), str) else "its JSON text"))
            extract = entry.get("extract")
            if isinstance(extract, str):
                self.notes.append(f"{where}.extract: text {extract!r} read as {bool(extract.strip())}")
            if isinstance(entry.get("timestamp"), (int, float)) \
                    and not isinstance(entry.get("timestamp"), bool):
                self.notes.append(f"{where}.timestamp: an epoch number, read as UTC ISO text")
            sources = []
            for source in _list(derived, f"{where}.derived_from"):
                try:
                    sources.append(self.path_of(source) if isinstance(source, str) else
                                   to_drive(source))  # to_drive raises a clear PathEscape
                except PathEscape as exc:
                    self.warnings.append(f"{where}.derived_from: {exc}; ignored")
            mode = str(entry.get("content_mode") or "").strip().casefold()
            if mode not in CONTENT_MODES:
                modes[repr(entry.get("content_mode"))] += 1
                mode = "generate"
            fields = {**entry, "path": path, "original_path": original, "index": index,
                      "derived_from": sources, "content_mode": mode,
                      "description": entry.get("description") or ""}
            files.append(_validate(DatasetFile, fields, where))
        if modes:
            self.notes.append("file_list: content_mode " + ", ".join(
                f"{spelling} ({count})" for spelling, count in sorted(modes.items()))
                + " read as generate")
        return files


def _rubric_warnings(collaborators: list[Collaborator]) -> list[str]:
    warnings = []
    for index, person in enumerate(collaborators):
        if person.rubric and person.rubric.criteria:
            total = sum(criterion.weight for criterion in person.rubric.criteria)
            if abs(total - 1) > WEIGHT_TOLERANCE:
                warnings.append(f"collaboration_context.collaborators[{index}].rubric: weights sum "
                                f"to {total:.3g}, not 1 (the grader should rescale them)")
    return warnings


def normalise_row(row: Mapping[str, Any]) -> DatasetComputer:
    """The typed, normalised computer of one decoded row (as ``read_rows`` returns it).

    Raises RowError naming the field when a value has a shape the project cannot use; defects
    become ``warnings`` and loose readings ``notes`` on the result, never errors."""
    original = copy.deepcopy(dict(row))
    os, os_source = detect_os(row)
    identity = _validate(Identity, _dict(row, "user_profile", "identity"), "user_profile.identity")
    persona = row["persona"].get("persona")
    if not isinstance(persona, str) or not persona.strip():
        raise RowError("persona.persona: needs text describing the person")
    stamp = row["persona"].get("current_timestamp")
    profile = Profile(identity=identity, persona=persona, os=os, os_source=os_source,
                      current_timestamp=stamp if isinstance(stamp, str) else None,
                      sections={k: v for k, v in row["user_profile"].items() if k != "identity"})
    filesystem = _filesystem(row, os, identity)

    reader = _Files(filesystem.home)
    listed = reader.read(row["file_list"])
    files, duplicates = drop_duplicates(listed)
    by_path = {file.path: file for file in files}
    graph = row["file_graph"]
    edges, edge_warnings, edge_notes = read_edges(graph, by_path, reader.path_of)
    nodes = node_notes(graph, by_path, reader.path_of)
    edges, cycles = break_cycles(edges)
    order = dependency_order([file.path for file in files], edges)

    projects = [_validate(ProjectEntry, project, f"project_index.projects[{index}]")
                for index, project in enumerate(_list(row["project_index"].get("projects"),
                                                      "project_index.projects"))]
    people, people_notes = _with_ids(_list(row["collaboration_context"].get("collaborators"),
                                           "collaboration_context.collaborators"))
    collaborators = [_validate(Collaborator, person, f"collaboration_context.collaborators[{index}]")
                     for index, person in enumerate(people)]
    plan, plan_warnings = _plan(row["monthly_objectives"], reader)

    return DatasetComputer(
        computer_id=row[ID_COLUMN], profile=profile, projects=projects,
        collaborators=collaborators, plan=plan, filesystem=filesystem, files=files, edges=edges,
        order=order, path_map=reader.path_map,
        warnings=[*reader.warnings, *duplicates, *edge_warnings, *nodes, *cycles, *plan_warnings,
                  *_rubric_warnings(collaborators)],
        notes=[*reader.notes, *people_notes, *_rubric_notes(people),
               *_plan_notes(row["monthly_objectives"]), *edge_notes, *day_keyed(row),
               *([f"os: {os} from the computer_id's prefix (persona.os is absent)"]
                 if os_source == "id_prefix" else [])],
        original=original,
    )


def _rubric_notes(people: list[Any]) -> list[str]:
    """What was read loosely in the collaborators' rubrics (weights as text or absent)."""
    notes = []
    for index, person in enumerate(people):
        rubric = person.get("rubric") if isinstance(person, dict) else None
        where = f"collaboration_context.collaborators[{index}].rubric"
        if isinstance(rubric, list):
            notes.append(f"{where}: a list of criteria, read as its criteria")
        criteria = rubric if isinstance(rubric, list) else \
            rubric.get("criteria") if isinstance(rubric, dict) else None
        for number, criterion in enumerate(criteria if isinstance(criteria, list) else []):
            weight = criterion.get("weight") if isinstance(criterion, dict) else None
            if isinstance(weight, str):
                notes.append(f"{where}.criteria[{number}].weight: text {weight!r} read as a number")
            elif weight is None and isinstance(criterion, dict):
                notes.append(f"{where}.criteria[{number}].weight: absent, read as 1")
    return notes


def _plan_notes(objectives: object) -> list[str]:
    """What was reshaped in monthly_objectives (the model's validators do the reshaping)."""
    if not isinstance(objectives, dict):
        return []
    notes = []
    for index, work in enumerate(objectives.get("deliverables") or []):
        if not isinstance(work, dict):
            continue
        where = f"monthly_objectives.deliverables[{index}]"
        if work.get("id") is None:
            notes.append(f"{where}.id: absent, read as 'dlv_{index + 1}'")
        if work.get("title") is None and work.get("name") is not None:
            notes.append(f"{where}.title: absent, read from its name")
        milestones = work.get("milestones")
        if isinstance(milestones, dict) or (isinstance(milestones, list) and any(
                isinstance(m, str) or (isinstance(m, dict) and not isinstance(m.get("week"), int))
                for m in milestones)):
            notes.append(f"{where}.milestones: reshaped into [{{week, goal}}]")
        if isinstance(work.get("output_files"), str):
            notes.append(f"{where}.output_files: a single path, read as a list of one")
    for index, activity in enumerate(objectives.get("recurring_activities") or []):
        if isinstance(activity, dict) and activity.get("frequency") is None:
            notes.append(f"monthly_objectives.recurring_activities[{index}].frequency: absent, "
                         "read from day/when/cadence or as weekly")
    for index, focus in enumerate(objectives.get("weekly_focus") or []):
        if isinstance(focus, dict) and isinstance(focus.get("week"), str):
            notes.append(f"monthly_objectives.weekly_focus[{index}].week: {focus['week']!r} "
                         "read as a number")
    return notes


def _with_ids(people: list[Any]) -> tuple[list[Any], list[str]]:
    """Collaborators, each without an id given one: its name's slug, else collab_<n>."""
    taken = {person.get("id") for person in people if isinstance(person, dict)}
    result, notes = [], []
    for index, person in enumerate(people):
        if isinstance(person, dict) and not person.get("id"):
            name = person.get("name")
            made = slug(name) if isinstance(name, str) else ""
            if not made or made in taken:
                made = f"collab_{index + 1}"
            taken.add(made)
            person = {**person, "id": made}
            notes.append(f"collaboration_context.collaborators[{index}].id: absent, read as {made!r}")
        result.append(person)
    return result, notes


def _plan(objectives: dict[str, Any], reader: _Files) -> tuple[MonthlyPlan | None, list[str]]:
    """monthly_objectives typed, with each deliverable's output files mapped into drive/."""
    if not objectives:
        return None, []
    plan = _validate(MonthlyPlan, objectives, "monthly_objectives")
    warnings = []
    for index, deliverable in enumerate(plan.deliverables):
        for output in deliverable.output_files:
            try:
                deliverable.output_drive_paths.append(reader.path_of(output))
            except PathEscape as exc:
                warnings.append(f"monthly_objectives.deliverables[{index}].output_files: {exc}; "
                                "left out")
    return plan, warnings
