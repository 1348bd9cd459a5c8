"""Pydantic models for a month of work: objectives, deliverables, milestones, collaborators with
private files and planted errors, collaborator-initiated events, and the grading rubric.

Field descriptions are what a real model reads as the schema. Structural rules that need no
outside knowledge (unique ids, weights, order) are validators here; rules that need the computer
(files exist, dates are working days) live in synthcomp.checks.plan.validate_plan.
"""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, model_serializer, model_validator

DeliverableFormat: TypeAlias = Literal["docx", "xlsx", "pptx", "pdf", "md"]
CriterionTag: TypeAlias = Literal["essential", "important", "optional", "pitfall"]
EventKind: TypeAlias = Literal[
    "status_request", "requirement_change", "new_deadline", "meeting_invite", "new_information"
]
WEIGHT_TOLERANCE = 1e-6


class Milestone(BaseModel):
    """A dated step toward a deliverable."""

    id: str
    title: str
    due: str = Field(description="ISO date, a working day inside the month")
    deliverable_id: str


class Deliverable(BaseModel):
    """A file the user must produce."""

    id: str
    title: str
    path: str = Field(description="Drive-relative output path in the user's folder style; must not exist yet")
    format: DeliverableFormat
    must_contain: list[str] = Field(min_length=1, description="What the file must contain")
    inputs: list[str] = Field(default_factory=list, description="Existing drive files it builds on")
    depends_on: list[str] = Field(default_factory=list, description="Ids of deliverables it needs first")
    effort_hours: float = Field(gt=0, le=80)

    @model_validator(mode="after")
    def _extension_matches_format(self) -> Deliverable:
        if not self.path.lower().endswith("." + self.format):
            raise ValueError(f"deliverable {self.id}: {self.path!r} does not end with .{self.format}")
        return self


class Objective(BaseModel):
    """One aim for the month, grounded in files that exist on the computer."""

    id: str
    title: str
    description: str
    cites: list[str] = Field(min_length=1, description="Drive paths of the files it builds on")
    deliverables: list[Deliverable] = Field(min_length=1)
    milestones: list[Milestone] = Field(min_length=1)


class PrivateFile(BaseModel):
    """A reference file only its collaborator can read (the user learns of it by asking)."""

    path: str = Field(description="Path relative to the collaborator's private folder")
    kind: Literal["docx", "xlsx", "pptx", "pdf", "md", "csv", "txt"]
    title: str
    description: str


class PlantedError(BaseModel):
    """A wrong figure planted in a private file, which a careful worker should catch."""

    id: str
    collaborator_id: str
    file: str = Field(description="The private file's path, relative to the collaborator's folder")
    location: str = Field(description="Where in the file: a sheet and cell, a section, a line")
    wrong_value: str = Field(description="The text as it appears in the private file")
    correct_value: str
    source_of_truth: str = Field(description="Drive path that holds the correct value")
    description: str


class Collaborator(BaseModel):
    """Someone the user's work needs, with a persona and private knowledge."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")
    name: str
    role: Literal["manager", "peer", "client", "vendor", "compliance", "stakeholder", "report"]
    title: str
    organisation: str
    persona: str
    communication_style: str
    responsiveness: float = Field(ge=0, le=1, description="Chance of answering on a given day")
    typical_delay_hours: float = Field(ge=0, le=120)
    knows: list[str] = Field(description="What they know that the user may need")
    private_files: list[PrivateFile] = Field(default_factory=list)


class ScheduledEvent(BaseModel):
    """Something a collaborator starts on their own during the month."""

    id: str
    date: str = Field(description="ISO date, a working day inside the month")
    collaborator_id: str
    kind: EventKind
    subject: str
    body: str
    affects: list[str] = Field(default_factory=list, description="Deliverable ids concerned")
    new_due: str | None = Field(default=None, description="new_deadline only: the affected "
                                "deliverables' new due date (ISO, a working day of the month)")
    requirement: str = Field(default="", description="requirement_change only: what the affected "
                             "deliverables must now contain, as a must_contain item")
    time: str = Field(default="14:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$",
                      description="meeting_invite only: when the meeting starts (HH:MM)")


class Criterion(BaseModel):
    """One check of a deliverable, answerable from the file alone."""

    id: str
    deliverable_id: str
    text: str
    tag: CriterionTag
    weight: float = Field(gt=0, le=1)
    expects: list[str] = Field(default_factory=list,
                               description="Strings the file must contain (none for judgement)")
    forbids: list[str] = Field(default_factory=list,
                               description="Strings the file must not contain (pitfalls)")
    planted_error_id: str | None = None
    event_id: str | None = Field(default=None, description="The event whose change this criterion "
                                 "checks: graded only in a month where that event happened")


class Rubric(BaseModel):
    """Grading criteria; for each deliverable the weights sum to 1."""

    criteria: list[Criterion] = Field(min_length=1)

    @model_validator(mode="after")
    def _weights_sum_to_one(self) -> Rubric:
        totals: dict[str, float] = {}
        for criterion in self.criteria:
            totals[criterion.deliverable_id] = totals.get(criterion.deliverable_id, 0) + criterion.weight
        for deliverable, total in totals.items():
            if abs(total - 1) > WEIGHT_TOLERANCE:
                raise ValueError(f"rubric weights of {deliverable} sum to {total:.4f}, not 1")
        return self


class ObjectivesDraft(BaseModel):
    """About five objectives for the month (structured output of the first planning step)."""

    objectives: list[Objective] = Field(min_length=1, max_length=8)


class TeamDraft(BaseModel):
    """The people the month needs, their private files and the errors planted in them."""

    collaborators: list[Collaborator] = Field(min_length=3, max_length=8)
    planted_errors: list[PlantedError] = Field(default_factory=list)


class EventsDraft(BaseModel):
    """Events collaborators start on their own."""

    events: list[ScheduledEvent] = Field(min_length=1)


class RowCriterion(BaseModel):
    """A rubric criterion as a collaborator of the dataset row wrote it, and the plan's
    criterion that grades it (its weight normalised over the deliverable's criteria)."""

    criterion_id: str
    deliverable_id: str
    collaborator_id: str
    name: str
    weight: float = Field(description="The weight as the row gives it")
    description: str = ""


class RowDeliverable(BaseModel):
    """A deliverable of the row: all its output files, and which one the plan grades."""

    id: str
    output_files: list[str] = Field(description="The row's output files mapped into drive/")
    original_output_files: list[str] = Field(description="The output files as the row spells them")
    graded_path: str = Field(description="The output file the plan's deliverable grades")
    path_added: bool = Field(default=False, description="No output file has a gradable format: "
                             "the graded path was added by the planner")
    target_completion: str | None = None


class RowCollaborator(BaseModel):
    """What the row says of a collaborator beyond the plan's Collaborator fields."""

    id: str = Field(description="The plan's collaborator id")
    row_id: str = Field(description="The id in the row")
    key_facts: dict[str, Any] = Field(default_factory=dict)
    what_they_provide: Any = None
    reference_files: dict[str, str] = Field(default_factory=dict, description="The row's "
                                            "reference file names -> their descriptions")
    stand_ins: list[str] = Field(default_factory=list, description="Private paths of reference "
                                 "files of a kind the writers do not know, written as a text "
                                 "stand-in named <row file name>.txt")
    derived: list[str] = Field(default_factory=list, description="Plan fields the row lacks, "
                               "derived deterministically (from the role)")


class RowAdded(BaseModel):
    """What the row lacks and the planner added (ids)."""

    events: list[str] = Field(default_factory=list)
    planted_errors: list[str] = Field(default_factory=list)
    criteria: list[str] = Field(default_factory=list, description="Criteria the planner generated "
                                "for deliverables without a row rubric")


class DatasetMonth(BaseModel):
    """The month as a published dataset row gives it (meta/dataset_row.json), kept beside the
    plan: what the plan's own fields cannot hold, and what the planner added."""

    computer_id: str = Field(description="The row's computer_id")
    period_start: str
    period_end: str
    row_working_days: int | None = Field(default=None, description="The count the row gives")
    recurring_activities: list[dict[str, Any]] = Field(default_factory=list)
    weekly_focus: list[dict[str, Any]] = Field(default_factory=list)
    deliverables: list[RowDeliverable] = Field(default_factory=list)
    collaborators: list[RowCollaborator] = Field(default_factory=list)
    rubric: list[RowCriterion] = Field(default_factory=list)
    added: RowAdded = Field(default_factory=RowAdded)
    notes: list[str] = Field(default_factory=list, description="What was read loosely or differs")


class MonthPlan(BaseModel):
    """meta/plan.json: the month of work."""

    computer_id: str
    seed: int
    model: str
    month_start: str
    month_end: str
    working_days: list[str]
    objectives: list[Objective]
    collaborators: list[Collaborator]
    planted_errors: list[PlantedError]
    events: list[ScheduledEvent]
    rubric: Rubric
    total_effort_hours: float
    dataset: DatasetMonth | None = Field(default=None, description="Present when the month comes "
                                         "from a published dataset row")

    @model_serializer(mode="wrap")
    def _without_absent_dataset(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # A plan not made from a row is written exactly as before the field existed.
        data: dict[str, Any] = handler(self)
        if self.dataset is None:
            data.pop("dataset", None)
        return data

    def deliverables(self) -> list[Deliverable]:
        """Every deliverable of every objective."""
        return [d for objective in self.objectives for d in objective.deliverables]
