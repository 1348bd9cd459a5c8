"""Grades of a run's deliverables against the plan's rubric: what the judge answers, and what
runs/<run_id>/grade.json holds."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from synthcomp.schemas.month import CriterionTag

GradeMethod = Literal["strings", "judge", "missing", "unreadable"]


class Verdict(BaseModel):
    """The judge's decision on one criterion."""

    criterion_id: str
    passed: bool = Field(description="True only if the document clearly meets the criterion")
    rationale: str = Field(description="One or two sentences, quoting the document where you can")


class JudgeVerdicts(BaseModel):
    """One verdict for every criterion you were given, no more (structured output of the judge)."""

    verdicts: list[Verdict] = Field(min_length=1)


class CriterionGrade(BaseModel):
    """One criterion of one deliverable, graded."""

    id: str
    text: str
    tag: CriterionTag
    weight: float
    passed: bool
    method: GradeMethod = Field(description="strings: checked against expects/forbids; judge: "
                                            "the judge model decided; missing/unreadable: no file")
    evidence: str
    forbidden_found: list[str] = Field(default_factory=list,
                                       description="Forbidden strings the file holds (a planted "
                                                   "error taken up, a placeholder left in)")


class DeliverableGrade(BaseModel):
    """One deliverable: whether it is there, what it scored, and why."""

    id: str
    title: str
    path: str
    format: str
    exists: bool
    readable: bool
    error: str = ""
    sha256: str | None = Field(default=None, description="Of the bytes graded")
    marked_done: bool = Field(description="Whether the user agent marked it done in this run")
    due: str = Field(default="", description="Its due date in the month as it happened")
    last_written: str | None = Field(default=None, description="The (simulated) date the file "
                                     "was last written")
    on_time: bool | None = Field(default=None, description="Whether it was last written by its due "
                                 "date (None: no file)")
    changed_by: list[str] = Field(default_factory=list,
                                  description="Events that changed its requirements or criteria")
    formula_problems: list[str] = Field(default_factory=list)
    score: float = Field(ge=0, le=1, description="Sum of the weights of the criteria passed")
    essential_failed: list[str] = Field(default_factory=list)
    pitfalls_hit: list[str] = Field(default_factory=list,
                                    description="Pitfall criteria whose wrong figure the file holds")
    criteria: list[CriterionGrade]


class RunGrade(BaseModel):
    """runs/<run_id>/grade.json: every deliverable of the plan, graded as the drive holds it."""

    run_id: str
    computer_id: str
    judge_model: str
    score: float = Field(ge=0, le=1, description="Mean of the deliverables' scores")
    deliverables_graded: int
    deliverables_present: int
    criteria_passed: int
    criteria_total: int
    deliverables: list[DeliverableGrade]
