"""What a batch is: its inputs (personas or built computers), its trials and budgets, and the
jobs they make: one per computer and trial, each with its own folder and run id, the same on
every re-run of the same command (which is how a re-run finds what is already done)."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from synthcomp.checks.inputs import DEFAULT_TARGET_FILES
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.ids import computer_id_for, run_id_for
from synthcomp.models.settings import ModelConfig
from synthcomp.runs.budgets import DAY_TURNS, MAX_TURNS

BACKENDS = ("local", "ray")
COMPUTERS_FOLDER = "computers"


class BatchSpec(BaseModel):
    """Everything a batch's jobs need, saved in batch.json (no secret: the model config holds
    names, URLs, limits and prices, never keys)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    out: str
    personas: list[str] = Field(default_factory=list)
    computers: list[str] = Field(default_factory=list)  # folders of built or materialized computers
    trials: int = Field(default=1, ge=1)
    days: int | None = Field(default=None, ge=1)  # None: the plan's whole month
    max_turns: int = Field(default=MAX_TURNS, ge=1)
    seed: int = 0
    files: int = DEFAULT_TARGET_FILES
    models: ModelConfig = Field(default_factory=ModelConfig)
    checkpointer: str | None = None  # None: SQLite in each run folder; else a postgresql:// URL
    attempts: int = Field(default=3, ge=1)  # tries of a failing job, over all re-runs
    concurrency: int = Field(default=8, ge=1)  # runs at once in one worker
    workers: int = Field(default=1, ge=0)  # worker processes (0: in the driver's own process)
    backend: str = "local"
    ray_address: str | None = None
    skills: str | None = None  # a skills folder: each run takes its computer's occupation skill

    def computer_root(self) -> Path:
        """Where the batch builds its computers from personas."""
        return Path(self.out) / COMPUTERS_FOLDER


@dataclass(frozen=True)
class Job:
    """One computer and trial: built (if from a persona), planned, simulated, graded."""

    key: str  # "<computer_id>/t<trial>": stable across re-runs
    computer_dir: str
    persona: str | None  # None: the computer is given already built
    trial: int
    run_seed: int

    @property
    def computer_key(self) -> str:
        """The computer's part of the key: unique in the batch."""
        return self.key.rsplit("/", 1)[0]

    def saved(self) -> dict[str, Any]:
        """The job as batch.json keeps it."""
        return asdict(self)


def run_id_of(spec: BatchSpec, computer_dir: Path, run_seed: int, days: int) -> str:
    """The run id `synthcomp simulate` would give this run: a job's run is the same run a user
    could start, resume or grade by hand."""
    user = spec.models.model_for("user")
    collaborator = spec.models.model_for("collaborator")
    skill = None
    if spec.skills:
        from synthcomp.api.skills import skill_for

        found = skill_for(spec.skills, computer_dir)
        skill = found.sha256 if found is not None else None
    return run_id_for(computer_dir.name, run_seed, user, days=days, max_turns=spec.max_turns,
                      day_turns=DAY_TURNS, collaborator_model=collaborator,
                      window=spec.models.window_for(user), skill=skill)


def jobs_for(spec: BatchSpec) -> list[Job]:
    """The batch's jobs, in input order, trials of a computer next to each other. A job's run
    id is settled once its computer is planned: without --days a run takes the plan's month."""
    jobs: list[Job] = []
    seen: set[str] = set()
    folders = [(computer_id_for(text, spec.seed), text) for text in spec.personas]
    places: list[tuple[Path, str | None]] = [(spec.computer_root() / name, text) for name, text in folders]
    places += [(Path(folder).absolute(), None) for folder in spec.computers]
    names = Counter(folder.name for folder in {folder for folder, _ in places})
    for folder, persona in places:
        if str(folder) in seen:
            continue  # the same persona twice is one computer
        seen.add(str(folder))
        # Two given computers of one name (copies in two folders) are two jobs, told apart.
        name = folder.name if names[folder.name] == 1 else \
            f"{folder.name}-{hashlib.sha256(str(folder).encode()).hexdigest()[:6]}"
        for trial in range(spec.trials):
            jobs.append(Job(key=f"{name}/t{trial}", computer_dir=str(folder), persona=persona,
                            trial=trial, run_seed=spec.seed + trial))
    return jobs


def check_computers(folders: list[str]) -> list[str]:
    """The given computer folders, each checked to be built (a manifest that reads); one line
    naming the first that is not."""
    checked = []
    for folder in folders:
        computer = Computer(folder)
        if not computer.is_built():
            raise InputError(f"{folder} is not a built computer (no meta/manifest.json); build or "
                             "materialize it first")
        computer.read_manifest()
        checked.append(str(computer.root))
    return checked


def computers_under(folder: str | Path) -> list[str]:
    """The built computers in ``folder``: itself when it is one, else its sub-folders that are
    (for `batch --computers DIR`, e.g. the output of `synthcomp materialize`)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"--computers {folder}: no such folder")
    if Computer(root).is_built():
        return [str(root.absolute())]
    found = sorted(str(p.absolute()) for p in root.iterdir() if p.is_dir() and Computer(p).is_built())
    if not found:
        raise InputError(f"--computers {folder}: no built computer in it (a folder with "
                         "meta/manifest.json, or a folder of them)")
    return found
