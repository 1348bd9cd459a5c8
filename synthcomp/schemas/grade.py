"""Grades of a run's deliverables against the plan's rubric: what the judge answers, and what
runs/<run_id>/grade.json holds."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, model_serializer

from synthcomp.schemas.month import CriterionTag

GradeMethod = Literal["strings", "judge", "missing", "unreadable"]
Side = Literal["a", "b", "tie"]


class _OmitsUnset(BaseModel):
    """A model whose fields named in ``_omitted_when_none`` are left out of its JSON while
    None: fields added for repeated grading, so a one-sample grade.json stays as it was."""

    _omitted_when_none: frozenset[str] = frozenset()

    @model_serializer(mode="wrap")
    def _omit(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        return {k: v for k, v in data.items() if not (k in self._omitted_when_none and v is None)}


class Verdict(BaseModel):
    """The judge's decision on one criterion."""

    criterion_id: str
    passed: bool = Field(description="True only if the document clearly meets the criterion")
    rationale: str = Field(description="One or two sentences, quoting the document where you can")


class JudgeVerdicts(BaseModel):
    """One verdict for every criterion you were given, no more (structured output of the judge)."""

    verdicts: list[Verdict] = Field(min_length=1)


class CriterionGrade(_OmitsUnset):
    """One criterion of one deliverable, graded."""

    _omitted_when_none = frozenset({"samples", "agreement"})

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
    samples: list[bool] | None = Field(default=None, description="With grade --samples K > 1: "
                                       "each sample's verdict, in sample order (the judge's "
                                       "criteria only; strings are checked once)")
    agreement: float | None = Field(default=None, ge=0, le=1, description="With --samples K > 1: "
                                    "the share of samples agreeing with the majority verdict "
                                    "(1 by construction for criteria not judged)")


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


class Agreement(BaseModel):
    """How far the judge's samples agree over a run (grade --samples K > 1)."""

    samples: int = Field(description="Verdicts asked per judged criterion")
    judged_criteria: int = Field(description="Criteria the judge decided K times")
    not_rejudged: int = Field(description="Criteria checked by strings, or failed for a missing "
                                          "or unreadable file: decided once, agreement 1 by "
                                          "construction, left out of the figures below")
    mean_agreement: float | None = Field(description="Mean over judged criteria of the share of "
                                                     "samples agreeing with the majority")
    unanimous: int = Field(description="Judged criteria on which every sample agreed")
    ties: int = Field(description="Judged criteria split evenly (K even): a tie fails")
    fleiss_kappa: float | None = Field(description="Fleiss' kappa of the K samples as raters of "
                                                   "the judged criteria (pass/fail): 1 is full "
                                                   "agreement, 0 what chance gives at the "
                                                   "observed pass rate; None when undefined "
                                                   "(every verdict the same, or nothing judged)")
    note: str = ""


class RunGrade(_OmitsUnset):
    """runs/<run_id>/grade.json: every deliverable of the plan, graded as the drive holds it."""

    _omitted_when_none = frozenset({"samples", "agreement"})

    run_id: str
    computer_id: str
    judge_model: str
    score: float = Field(ge=0, le=1, description="Mean of the deliverables' scores")
    deliverables_graded: int
    deliverables_present: int
    criteria_passed: int
    criteria_total: int
    deliverables: list[DeliverableGrade]
    samples: int | None = Field(default=None, description="With --samples K > 1: K, the verdicts "
                                                          "asked per judged criterion")
    agreement: Agreement | None = Field(default=None, description="With --samples K > 1")


class PairwiseVerdict(BaseModel):
    """The judge's choice between two versions of one deliverable (structured output)."""

    better: Literal["first", "second", "tie"] = Field(
        description="Which version better meets the criteria; tie only if neither is better")
    rationale: str = Field(description="Two or three sentences naming the criteria that decided")


class OrderVerdict(BaseModel):
    """One order's answer, mapped back to the runs."""

    first: Literal["a", "b"] = Field(description="Which run's version was shown first")
    choice: Side
    rationale: str


class DeliverableComparison(BaseModel):
    """One deliverable of two runs of one computer, compared."""

    id: str
    title: str
    path: str
    winner: Side
    method: Literal["judge", "missing", "identical"] = Field(
        description="judge: the judge compared them; missing: one side or both had no readable "
                    "file; identical: the same bytes in both runs")
    rationale: str
    a_score: float | None = Field(default=None, description="Its score in run A's grade")
    b_score: float | None = Field(default=None, description="Its score in run B's grade")
    orders: list[OrderVerdict] = Field(default_factory=list,
                                       description="The judge's answer in each order (A first, "
                                                   "then B first); orders that disagree make a tie")


class PairwiseGrade(BaseModel):
    """RUN_A/pairwise-<run_b>.json: two runs of one computer compared deliverable by deliverable."""

    computer_id: str
    run_a: str
    run_b: str
    run_a_dir: str
    run_b_dir: str
    judge_model: str
    method: str = Field(description="How the judge decided, in a sentence")
    wins_a: int
    wins_b: int
    ties: int
    position_disagreements: int = Field(description="Deliverables whose two orders disagreed "
                                                    "(made ties)")
    winner: Side = Field(description="The run with more deliverables won")
    a_score: float | None = None
    b_score: float | None = None
    deliverables: list[DeliverableComparison]
