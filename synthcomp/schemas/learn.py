"""What the learning loop passes along: evidence traced to a run's trajectory, and the experience
items a retrospective draws from a run (the input of occupation skills)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

ExperienceKind = Literal["pattern", "lesson", "warning", "failure_mode"]


class Evidence(BaseModel):
    """Where in a run something shows: the day and turn of the trajectory, the file, the message.
    Every field is optional; a piece of evidence names at least one. ``day`` is the trajectory's
    0-based day index (0 is the run's first working day); text for people (retro.md, notes, the
    report page) counts days from 1, so shows ``day + 1``."""

    day: int | None = None
    turn: int | None = None
    file: str | None = Field(default=None, description="A drive path, as the run's tools name it")
    message: str | None = Field(default=None, description="A message id, or a short quote of it")
    note: str = Field(default="", description="What this evidence shows, in one sentence")


class ExperienceItem(BaseModel):
    """One thing learned from a run: a work pattern that helped, a lesson, a warning or a failure
    mode. ``text`` is one general, imperative sentence (no names or figures of this computer), so
    items of many runs merge; ``topic`` is a short stable key (e.g. "source-of-truth") that
    near-duplicates share."""

    kind: ExperienceKind
    topic: str = Field(min_length=1, max_length=60)
    text: str = Field(min_length=1)
    evidence: list[Evidence] = Field(default_factory=list)
