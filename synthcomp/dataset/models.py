"""The typed, normalised form of one published row: what materialize and plan read.

Lenient on purpose: the 98 rows differ in optional fields, so every field the rows do not all
carry has a default, and values the project does not interpret (key facts, activity timelines...)
stay as the row gave them. The row itself is kept in ``original`` so an export loses nothing.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from synthcomp.dataset.kinds import EdgeKind

ContentMode = Literal["generate", "download", "skip"]
OsSource = Literal["persona", "id_prefix", "layout", "default"]
DirectionBasis = Literal["derived_from", "timestamp", "convention"]


class _Lenient(BaseModel):
    # Unknown keys are ignored here because the original row keeps them for export.
    model_config = ConfigDict(extra="ignore")


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def as_list(value: object) -> object:
    """None -> [], a single string -> [it]; anything else as given."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return value


def week_number(value: object) -> object:
    """'Week 1', 'week_1', 'W1', '1' -> 1; anything else as given."""
    if isinstance(value, str):
        found = re.search(r"\d+", value)
        if found:
            return int(found.group())
    return value


# Fields the rows spell in more than one shape, coerced where they are declared.
WeekNumber = Annotated[int, BeforeValidator(week_number)]
Texts = Annotated[list[str], BeforeValidator(as_list)]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")


def _renamed(value: object, target: str, spellings: tuple[str, ...]) -> object:
    """A copy of a dict with ``target`` taken from the first of ``spellings`` when it is missing."""
    if isinstance(value, dict) and value.get(target) is None:
        for spelling in spellings:
            if value.get(spelling) is not None:
                return {**value, target: value[spelling]}
    return value


class Identity(_Lenient):
    """Who the user is, from user_profile.identity."""

    full_name: str = ""
    username: str = ""
    role: str = ""
    organization: str = ""
    location: str = ""
    career_stage: str = ""


class Profile(_Lenient):
    """The persona line, the present moment, the OS and the rest of user_profile verbatim."""

    identity: Identity
    persona: str
    current_timestamp: str | None = None
    os: Literal["windows", "macos"]
    os_source: OsSource
    sections: dict[str, Any] = Field(default_factory=dict, description="user_profile minus identity")


class ProjectEntry(_Lenient):
    """One project of project_index.projects."""

    project_id: str
    name: str = ""
    description: str = ""
    tags: list[str] = Field(default_factory=list)
    related_people: list[str] = Field(default_factory=list)
    related_projects: list[str] = Field(default_factory=list)
    activity_timeline: Any = None


class Criterion(_Lenient):
    """One weighted criterion of a collaborator's rubric."""

    name: str
    weight: float = 1.0
    description: str = ""

    @model_validator(mode="before")
    @classmethod
    def _spellings(cls, value: object) -> object:
        value = _renamed(value, "name", ("criterion", "title"))
        if isinstance(value, dict) and value.get("weight") is None:
            value = {**value, "weight": 1.0}
        return value

    @field_validator("weight", mode="before")
    @classmethod
    def _percent(cls, value: object) -> object:
        # "18%" or "18" -> 18.0 (the grader rescales weights that do not sum to 1)
        if isinstance(value, str):
            found = _NUMBER.search(value)
            if found:
                return float(found.group())
        return value


class Rubric(_Lenient):
    """How a collaborator grades the deliverable they asked for."""

    deliverable_id: str | None = None
    requester_id: str | None = None
    communication_style: str | None = None
    criteria: list[Criterion] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _bare_list(cls, value: object) -> object:
        return {"criteria": value} if isinstance(value, list) else value

    @field_validator("criteria", mode="before")
    @classmethod
    def _criteria(cls, value: object) -> object:
        return as_list(value) if value is None else value


class ReferenceFile(_Lenient):
    """A file a collaborator holds and can share (written into meta/collaborators/)."""

    id: str | None = None
    filename: str
    description: str = ""
    content_scale: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _spellings(cls, value: object) -> object:
        if isinstance(value, str):
            return {"filename": value}
        return _renamed(value, "filename", ("name", "path", "file"))


class Collaborator(_Lenient):
    """One person of collaboration_context.collaborators."""

    id: str
    name: str
    role: str = ""
    organization: str | None = None
    relationship_to_user: str | None = None
    communication_style: str = ""
    what_they_provide: Any = None
    key_facts: dict[str, Any] = Field(default_factory=dict)
    reference_files: list[ReferenceFile] = Field(default_factory=list)
    rubric: Rubric | None = None

    @field_validator("reference_files", mode="before")
    @classmethod
    def _files(cls, value: object) -> object:
        return [] if value is None else value


class Milestone(_Lenient):
    """A weekly goal of a deliverable."""

    week: WeekNumber
    goal: str

    @model_validator(mode="before")
    @classmethod
    def _spellings(cls, value: object) -> object:
        return _renamed(value, "goal", ("milestone", "description", "title", "name"))


class Deliverable(_Lenient):
    """A piece of work due this month; ``output_drive_paths`` are ``output_files`` mapped into drive/."""

    id: str
    title: str
    project_id: str | None = None
    description: str = ""
    target_completion: str | None = None
    milestones: list[Milestone] = Field(default_factory=list)
    output_files: Texts = Field(default_factory=list)
    output_drive_paths: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _spellings(cls, value: object) -> object:
        return _renamed(value, "title", ("name",))

    @field_validator("milestones", mode="before")
    @classmethod
    def _milestones(cls, value: object) -> object:
        # {"week_1": "goal", ...} or ["goal", ...] (week = position + 1) -> [{week, goal}, ...]
        if value is None:
            return []
        if isinstance(value, dict):
            return [{"week": week_number(key), "goal": goal if isinstance(goal, str) else
                     json.dumps(goal, ensure_ascii=False)} for key, goal in value.items()]
        if isinstance(value, list):
            return [{"week": number, "goal": item} if isinstance(item, str) else item
                    for number, item in enumerate(value, start=1)]
        return value


class RecurringActivity(_Lenient):
    """Something the user does every day, week... of the month."""

    frequency: str
    activity: str

    @model_validator(mode="before")
    @classmethod
    def _frequency(cls, value: object) -> object:
        value = _renamed(value, "frequency", ("day", "when", "cadence", "schedule"))
        if isinstance(value, dict) and value.get("frequency") is None:
            value = {**value, "frequency": "weekly"}
        value = _renamed(value, "activity", ("name", "title", "description", "task"))
        if isinstance(value, dict) and not isinstance(value.get("frequency"), str):
            value = {**value, "frequency": str(value["frequency"])}
        return value


class WeeklyFocus(_Lenient):
    """What one week of the month is about."""

    week: WeekNumber
    focus: str
    deliverable_ids: list[str] = Field(default_factory=list)
    dates: str | None = None


class SimulationPeriod(_Lenient):
    """The month the row simulates."""

    start: str
    end: str
    working_days: int | None = None
    notes: str | None = None


class MonthlyPlan(_Lenient):
    """monthly_objectives, typed."""

    simulation_period: SimulationPeriod | None = None  # None: the planner plans the month
    deliverables: list[Deliverable] = Field(default_factory=list)
    recurring_activities: list[RecurringActivity] = Field(default_factory=list)
    weekly_focus: list[WeeklyFocus] = Field(default_factory=list)

    @field_validator("deliverables", mode="before")
    @classmethod
    def _ids(cls, value: object) -> object:
        # A deliverable without an id gets dlv_<n> (n its position, from 1).
        if isinstance(value, list):
            return [{**item, "id": f"dlv_{number}"}
                    if isinstance(item, dict) and item.get("id") is None else item
                    for number, item in enumerate(value, start=1)]
        return value


class Volume(_Lenient):
    """A drive letter (Windows) or volume (macOS) and the folder of drive/ that holds it."""

    name: str = Field(description="'D' for a drive letter, 'AxiomBackup' for a volume")
    role: str = ""
    drive_folder: str = Field(description="'' for the drive root, 'D', 'Volumes/AxiomBackup'")


class Filesystem(_Lenient):
    """filesystem_policy, reduced to what placing files needs; the rest stays in the original."""

    os: Literal["windows", "macos"]
    home: str = Field(description="The user's home relative to drive/, e.g. Users/mheller")
    layout_key: Literal["drive_layout", "volume_layout", "none"]
    volumes: list[Volume] = Field(default_factory=list)
    system_start_timestamp: str | None = None


class DatasetFile(_Lenient):
    """One file_list record with its path mapped into drive/."""

    path: str = Field(description="Drive-relative POSIX path")
    original_path: str = Field(description="The path as the row spells it")
    index: int = Field(description="Position in the row's file_list")
    timestamp: str | None = None
    origin: str | None = None
    description: str = ""
    content_mode: ContentMode = "generate"
    content_scale: str | None = None
    project_ids: Texts = Field(default_factory=list)
    derived_from: Texts = Field(default_factory=list, description="Drive paths of its sources")
    download_hint: str | None = None
    extract: bool | None = None
    size_kb: float | None = None
    type: str | None = None

    @field_validator("download_hint", mode="before")
    @classmethod
    def _hint(cls, value: object) -> object:
        if isinstance(value, dict) and isinstance(value.get("url"), str):
            return value["url"]
        if isinstance(value, (dict, list)):
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        return value

    @field_validator("extract", mode="before")
    @classmethod
    def _extract(cls, value: object) -> object:
        return bool(value.strip()) if isinstance(value, str) else value

    @field_validator("timestamp", mode="before")
    @classmethod
    def _epoch(cls, value: object) -> object:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            seconds = value / 1000 if value > 1e11 else value  # milliseconds when that large
            return datetime.fromtimestamp(seconds, UTC).isoformat().replace("+00:00", "Z")
        return value


class Edge(_Lenient):
    """A dependency between two files of the drive: ``target`` is built with ``source`` in view."""

    source: str
    target: str
    kind: EdgeKind
    spelling: str | None = Field(default=None, description="The row's type spelling, if any")
    basis: DirectionBasis = Field(description="What decided which end is the source")
    origin: str = Field(description="'file_graph.edges[3]' or 'file_list[7].derived_from'")


class DatasetComputer(_Lenient):
    """One published row, normalised. ``order`` lists every drive path sources first;
    ``path_map`` maps every row spelling of a path to its drive path (exports map back with it);
    ``warnings`` are the row's defects, ``notes`` what was read loosely or left out."""

    computer_id: str
    profile: Profile
    projects: list[ProjectEntry] = Field(default_factory=list)
    collaborators: list[Collaborator] = Field(default_factory=list)
    plan: MonthlyPlan | None = None
    filesystem: Filesystem
    files: list[DatasetFile] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)
    order: list[str] = Field(default_factory=list)
    path_map: dict[str, str] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    original: dict[str, Any] = Field(default_factory=dict, description="The decoded row, verbatim")
