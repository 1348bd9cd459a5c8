"""The in-domain experiment (the paper's section 4.3): what it was asked (experiment-spec.json) and
what it found (experiment.json)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from synthcomp.checks.inputs import DEFAULT_TARGET_FILES
from synthcomp.models.settings import ModelConfig
from synthcomp.runs.budgets import MAX_TURNS


class ExperimentSpec(BaseModel):
    """An experiment: which personas, how they split, how each run is made. Everything here
    but the runner's options (workers, concurrency, backend, attempts) decides the results, so
    a re-run with another value of it is refused rather than mixed with the old runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    out: str
    personas: list[str] = Field(min_length=2)
    train: int = Field(ge=1)
    test: int = Field(ge=1)
    trials: int = Field(default=1, ge=1, description="Runs per held-out computer and condition")
    curve: list[int] = Field(default_factory=list,
                             description="Training sizes of the learning curve (empty: chosen)")
    days: int | None = Field(default=None, ge=1)
    max_turns: int = Field(default=MAX_TURNS, ge=1)
    seed: int = 0
    files: int = DEFAULT_TARGET_FILES
    models: ModelConfig = Field(default_factory=ModelConfig)
    # How the runs are run, not what they are:
    workers: int = Field(default=1, ge=0)
    concurrency: int = Field(default=8, ge=1)
    backend: str = "local"
    ray_address: str | None = None
    checkpointer: str | None = None
    attempts: int = Field(default=3, ge=1)


RUNNER_OPTIONS = frozenset({"out", "workers", "concurrency", "backend", "ray_address", "checkpointer",
                            "attempts"})


class ComputerResult(BaseModel):
    """One held-out computer: its scores without and with the skill, trial by trial."""

    computer: str
    occupation: str
    skill: str | None = Field(description="The skill's occupation, None when no skill matched")
    plan_sha256: str = Field(description="The plan (and its rubric) every run was graded against, "
                                         "fixed before the runs")
    baseline: list[float]
    skill_runs: list[float]
    baseline_mean: float
    skill_mean: float
    outcome: Literal["win", "tie", "loss"]


class Summary(BaseModel):
    """The paired comparison over the held-out computers."""

    computers: int
    baseline_mean: float
    skill_mean: float
    diff: float
    ci_low: float
    ci_high: float
    ci_level: float
    wins: int
    ties: int
    losses: int
    win_rate: float
    sign_test_p: float


class CurvePoint(BaseModel):
    """The skill's effect when written from the first ``train_n`` training computers."""

    train_n: int
    runs: int = Field(description="Training runs whose retrospectives made the skills")
    skills: int = Field(description="Occupation skills written")
    covered: int = Field(description="Held-out computers that had a matching skill")
    win_rate: float
    diff: float
    ci_low: float
    ci_high: float
    wins: int
    ties: int
    losses: int


class ExperimentResult(BaseModel):
    """experiment.json."""

    spec: dict[str, object]
    train: list[str]
    test: list[str]
    train_runs: list[str] = Field(description="Run folders whose retrospectives fed the skills")
    skills_dir: str
    per_computer: list[ComputerResult]
    summary: Summary | None
    learning_curve: list[CurvePoint]
    failed: list[str] = Field(default_factory=list,
                              description="Jobs left out, each with why (a run that did not finish)")
