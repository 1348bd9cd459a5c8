"""Pydantic models: the computer (world) and the month of work planned on it (month)."""

from synthcomp.schemas.month import (
    Collaborator,
    Criterion,
    Deliverable,
    EventsDraft,
    Milestone,
    MonthPlan,
    Objective,
    ObjectivesDraft,
    PlantedError,
    PrivateFile,
    Rubric,
    ScheduledEvent,
    TeamDraft,
)
from synthcomp.schemas.sim import CollaboratorReply
from synthcomp.schemas.world import (
    FILE_KINDS,
    MAX_PERSONA_CHARS,
    Block,
    Cell,
    ComputerManifest,
    DeckSpec,
    DocumentSpec,
    FileContent,
    FileKind,
    FileNode,
    FilePlan,
    FileRecord,
    FilesystemPolicy,
    NamingHabits,
    Persona,
    Project,
    SheetSpec,
    SlideSpec,
    UserProfile,
    WorkbookSpec,
    topological_levels,
)

__all__ = [
    "FILE_KINDS", "MAX_PERSONA_CHARS", "Block", "Cell", "Collaborator",
    "CollaboratorReply", "ComputerManifest",
    "Criterion", "DeckSpec", "Deliverable", "DocumentSpec", "EventsDraft", "FileContent",
    "FileKind", "FileNode", "FilePlan", "FileRecord", "FilesystemPolicy", "Milestone",
    "MonthPlan", "NamingHabits", "Objective", "ObjectivesDraft", "Persona", "PlantedError",
    "PrivateFile", "Project", "Rubric", "ScheduledEvent", "SheetSpec", "SlideSpec", "TeamDraft",
    "UserProfile", "WorkbookSpec", "topological_levels",
]
