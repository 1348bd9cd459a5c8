"""Pydantic models: the computer (world), the month of work planned on it (month), what the
simulation asks (sim) and the grades of its deliverables (grade)."""

from synthcomp.schemas.grade import (
    CriterionGrade,
    DeliverableGrade,
    JudgeVerdicts,
    RunGrade,
    Verdict,
)
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
    ArchiveMember,
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
    ImageSpec,
    NamingHabits,
    Persona,
    Project,
    SheetSpec,
    SlideSpec,
    UserProfile,
    VersionType,
    WorkbookSpec,
    topological_levels,
)

__all__ = [
    "FILE_KINDS", "MAX_PERSONA_CHARS", "ArchiveMember", "Block", "Cell", "Collaborator", "CollaboratorReply",
    "ComputerManifest", "Criterion", "CriterionGrade", "DeckSpec", "Deliverable",
    "DeliverableGrade", "DocumentSpec", "EventsDraft", "FileContent", "FileKind", "FileNode",
    "FilePlan", "FileRecord", "FilesystemPolicy", "ImageSpec", "JudgeVerdicts", "Milestone", "MonthPlan",
    "NamingHabits", "Objective", "ObjectivesDraft", "Persona", "PlantedError", "PrivateFile",
    "Project", "Rubric", "RunGrade", "ScheduledEvent", "SheetSpec", "SlideSpec", "TeamDraft",
    "UserProfile", "Verdict", "VersionType", "WorkbookSpec", "topological_levels",
]
