"""A run's retrospective (runs/<run_id>/retro.json): per deliverable what went well and which
criteria were missed with their root causes traced to the trajectory, the figures that differ
across files, collaborators' feedback applied or not, the plan's planted errors caught or
repeated, and the experience items drawn from it all (the input of occupation skills).

Every finding carries :class:`synthcomp.schemas.learn.Evidence`: the day and turn of the
trajectory, the drive file, the message. ``day`` is the run's 0-based working day and ``turn``
the run's turn counter, as trajectory.jsonl records them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from synthcomp.schemas.learn import Evidence, ExperienceItem
from synthcomp.schemas.month import CriterionTag

RETRO_VERSION = 1  # raise it when the rules change what a retrospective finds: skills and
# experiments make older ones again

PlantedStatus = Literal["repeated", "caught", "avoided", "unused", "not_seen"]
FeedbackStatus = Literal["applied", "not_applied", "unanswered", "answered", "unclear"]


class Finding(BaseModel):
    """One thing the run shows (a strength, a failure mode), with where it shows."""

    text: str
    evidence: list[Evidence] = Field(default_factory=list)


class UnmetCriterion(BaseModel):
    """A rubric criterion the deliverable did not meet, and why, traced to the trajectory."""

    criterion_id: str
    text: str
    tag: CriterionTag
    weight: float
    grade_evidence: str = Field(default="", description="What the grader found")
    root_cause: str = Field(default="", description="Why it was missed, as far as the run shows")
    evidence: list[Evidence] = Field(default_factory=list)


class DeliverableRetro(BaseModel):
    """One deliverable of the plan: its grade, strengths and unmet criteria."""

    id: str
    title: str
    path: str
    score: float | None = None
    exists: bool = False
    marked_done: bool = False
    due: str = ""
    due_in_run: bool = Field(default=True, description="Whether its due date fell within the "
                             "days the run simulated (a later one is not yet a failure)")
    last_written: str | None = None
    written: list[Evidence] = Field(default_factory=list, description="When the run wrote it")
    strengths: list[Finding] = Field(default_factory=list)
    unmet: list[UnmetCriterion] = Field(default_factory=list)
    root_cause: str = Field(default="", description="The deliverable-level story, when one fits")
    should_have: list[str] = Field(default_factory=list,
                                   description="What should have been done differently")


class FigureSighting(BaseModel):
    """One file's value for a figure."""

    file: str
    value: str
    line: str = Field(default="", description="The line of the file that states it")
    written_by_run: bool = False
    evidence: list[Evidence] = Field(default_factory=list)


class Inconsistency(BaseModel):
    """The same figure stated with different values in files of the run's drive."""

    label: str = Field(description="The figure as the files name it")
    sightings: list[FigureSighting] = Field(min_length=2)
    deliverables: list[str] = Field(default_factory=list, description="Deliverable ids concerned")
    note: str = ""


class FeedbackCheck(BaseModel):
    """A collaborator's message that asks for something, and whether the run acted on it."""

    collaborator: str
    message: str = Field(description="The message id")
    subject: str = ""
    request: str = Field(description="The asking sentence, quoted")
    day: int | None = None
    turn: int | None = None
    deliverable: str | None = Field(default=None, description="The deliverable id it concerns")
    status: FeedbackStatus
    note: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class PlantedErrorCheck(BaseModel):
    """A planted error of the plan: whether its wrong value reached the user and the files.

    repeated: a deliverable (or another file the run wrote) holds the wrong value; caught: the
    wrong value reached the user, who then wrote the right one into a file (or questioned it
    with its sender), and no file holds the wrong one; avoided: the run wrote the right value
    before the wrong one ever reached the user (or it never did), and nothing after; unused: the
    user saw the wrong value, and the files hold neither; not_seen: the wrong value never reached
    the user."""

    id: str
    collaborator_id: str
    file: str
    wrong_value: str
    correct_value: str
    source_of_truth: str
    status: PlantedStatus
    wrong_in: list[str] = Field(default_factory=list, description="Run-written files holding the wrong value")
    right_in: list[str] = Field(default_factory=list, description="Run-written files holding the right value")
    checked_after_seen: bool = Field(default=False, description="A file the run wrote after the wrong "
                                     "value reached the user uses the right value")
    note: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class CollaboratorRetro(BaseModel):
    """The run's exchanges with one collaborator (the paper's communication analysis)."""

    id: str
    name: str
    role: str = ""
    sent: int = Field(default=0, description="Messages the user sent them")
    received: int = Field(default=0, description="Messages they sent the user")
    empty_sent: int = Field(default=0, description="Messages the user sent with a blank body")
    requests: int = Field(default=0, description="Requests of theirs found")
    not_acted_on: int = Field(default=0, description="Of those, not applied or unanswered")
    first_day: int | None = None
    last_day: int | None = None


class Retrospective(BaseModel):
    """runs/<run_id>/retro.json: the retrospective of one run (the paper's Appendix A)."""

    version: int = RETRO_VERSION
    run_id: str
    computer_id: str
    user: str = ""
    occupation: str = Field(description="The user's role, as the profile gives it")
    occupation_key: str = Field(description="synthcomp.learn.occupation.occupation_key")
    judge: str = Field(description="'offline' (mechanical) or the model that judged")
    grade_judge: str = Field(default="", description="The judge of the grade.json it read")
    score: float | None = Field(default=None, description="The run's grade (0-1)")
    period: list[str] = Field(default_factory=list, description="The first and last simulated day")
    days: int = 0
    turns: int = 0
    summary: str = Field(default="", description="The executive summary")
    deliverables: list[DeliverableRetro] = Field(default_factory=list)
    inconsistencies: list[Inconsistency] = Field(default_factory=list)
    feedback: list[FeedbackCheck] = Field(default_factory=list)
    collaborators: list[CollaboratorRetro] = Field(default_factory=list)
    planted_errors: list[PlantedErrorCheck] = Field(default_factory=list)
    failure_modes: list[Finding] = Field(default_factory=list)
    experience: list[ExperienceItem] = Field(default_factory=list)
    cannot_judge: list[str] = Field(default_factory=list,
                                    description="What this judge could not decide")


# --- what a model judge answers (structured output) -------------------------------------------


class CauseJudgment(BaseModel):
    """The root cause of one unmet criterion, traced to the run."""

    criterion_id: str = Field(description="An id from the deliverable's unmet list")
    root_cause: str = Field(description="Why it was missed: what happened where (day, turn, file, message)")
    evidence: list[Evidence] = Field(default_factory=list)


class DeliverableJudgment(BaseModel):
    """What the judge says of one deliverable."""

    id: str = Field(description="The deliverable id")
    strengths: list[Finding] = Field(default_factory=list)
    root_cause: str = Field(default="", description="The deliverable-level story, if one explains it")
    root_causes: list[CauseJudgment] = Field(default_factory=list)
    should_have: list[str] = Field(default_factory=list,
                                   description="What should have been done differently, concretely")


class RetroJudgment(BaseModel):
    """A retrospective of one run, written from its digest (structured output of the judge)."""

    summary: str = Field(min_length=1, description="The executive summary, 4-8 sentences")
    deliverables: list[DeliverableJudgment] = Field(default_factory=list)
    failure_modes: list[Finding] = Field(default_factory=list)
    experience: list[ExperienceItem] = Field(min_length=1, description="General, imperative items "
                                             "with evidence; no names or figures of this computer")
