"""The typed, normalised form of one published row: what materialize and plan read.

Lenient on purpose: the 98 rows differ in optional fields, so every field the rows do not all
carry has a default, and values the project does not interpret (key facts, activity timelines...)
stay as the row gave them. The row itself is kept in ``original`` so an export loses nothing.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from synthcomp.dataset.kinds import EdgeKind

ContentMode = Literal["generate", "download", "skip"]
OsSource = Literal["persona", "id_prefix", "layout", "default"]
DirectionBasis = Literal["derived_from", "timestamp", "convention"]


class _Lenient(BaseModel):
    # Unknown keys are ignored here because the original row keeps them for export.
    model_config = ConfigDict(extra="ignore")


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
    weight: float
    description: str = ""


class Rubric(_Lenient):
    """How a collaborator grades the deliverable they asked for."""

    deliverable_id: str | None = None
    requester_id: str | None = None
    communication_style: str | None = None
    criteria: list[Criterion] = Field(default_factory=list)


class ReferenceFile(_Lenient):
    """A file a collaborator holds and can share (written into meta/collaborators/)."""

    id: str | None = None
    filename: str
    description: str = ""
    content_scale: str | None = None


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


class Milestone(_Lenient):
    """A weekly goal of a deliverable."""

    week: int
    goal: str


class Deliverable(_Lenient):
    """A piece of work due this month; ``output_drive_paths`` are ``output_files`` mapped into drive/."""

    id: str
    title: str
    project_id: str | None = None
    description: str = ""
    target_completion: str | None = None
    milestones: list[Milestone] = Field(default_factory=list)
    output_files: list[str] = Field(default_factory=list)
    output_drive_paths: list[str] = Field(default_factory=list)


class RecurringActivity(_Lenient):
    """Something the user does every day, week... of the month."""

    frequency: str
    activity: str


class WeeklyFocus(_Lenient):
    """What one week of the month is about."""

    week: int
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

    simulation_period: SimulationPeriod
    deliverables: list[Deliverable] = Field(default_factory=list)
    recurring_activities: list[RecurringActivity] = Field(default_factory=list)
    weekly_focus: list[WeeklyFocus] = Field(default_factory=list)


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
    project_ids: list[str] = Field(default_factory=list)
    derived_from: list[str] = Field(default_factory=list, description="Drive paths of its sources")
    download_hint: str | None = None
    extract: bool | None = None
    size_kb: float | None = None
    type: str | None = None


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
