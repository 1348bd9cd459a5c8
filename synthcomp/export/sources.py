"""What an export's sources name: run folders, computer folders (their runs) and batch folders
(batch.json: their computers and runs).

A run folder given by name is exported whatever its status once it has stopped (a paused run's
days are days); one still running (its lock held) or without its summary.json (running, or
killed before it wrote one) is refused, as is one whose summary.json is damaged. A computer or a
batch gives its finished runs, and says why each other run was left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.runs.folder import (
    CONTEXT_FILE,
    GRADE_FILE,
    SUMMARY_FILE,
    TRAJECTORY_FILE,
    is_locked,
    read_summary,
)

BATCH_FILE = "batch.json"  # as synthcomp.batch.record names it (not imported: it loads the batch stack)


@dataclass
class Sources:
    """Run folders to export, in the order given, and what was left out with why."""

    runs: list[Path] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)


def _batch_jobs(folder: Path) -> list[dict[str, Any]]:
    path = folder / BATCH_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path} is not readable as a batch record: {exc}") from exc
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(jobs, list):
        raise InputError(f"{path} is not a batch record (no jobs)")
    return [job for job in jobs if isinstance(job, dict)]


def kind_of(folder: Path) -> str:
    """'run', 'computer' or 'batch'; InputError for anything else."""
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder")
    if (folder / CONTEXT_FILE).is_file():
        return "run"
    if (folder / BATCH_FILE).is_file():
        return "batch"
    if Computer(folder).is_built():
        return "computer"
    raise InputError(f"{folder} is not a run, a computer or a batch folder (no {CONTEXT_FILE}, "
                     f"meta/manifest.json or {BATCH_FILE})")


def run_sources(given: list[Path]) -> Sources:
    """The runs the folders name (each once). Raises InputError for a folder that is neither a
    run, a computer nor a batch."""
    from synthcomp.runs.listing import run_folders

    found = Sources()
    seen: set[Path] = set()

    def add(run: Path, named: bool) -> None:
        key = run.resolve()
        if key in seen:
            return
        status = read_summary(run).get("status")
        if named and is_locked(run):
            raise InputError(f"{run} is running (its lock is held): export it when it has stopped")
        if named and status is None and (run / TRAJECTORY_FILE).is_file():
            raise InputError(f"{run}: its {SUMMARY_FILE} is damaged, so whether it stopped is unknown"
                             if (run / SUMMARY_FILE).exists()
                             else f"{run}: {_no_summary(run)}; export it when it has stopped (or resume it)")
        if not named and status != "finished":
            why = f"({status})" if status else f"({_no_summary(run)})"
            found.skipped.append({"source": str(run), "reason": f"not finished {why}"})
        else:
            found.runs.append(run)
        seen.add(key)

    for folder in given:
        kind = kind_of(folder)
        if kind == "run":
            add(folder, True)
        elif kind == "computer":
            runs = run_folders(Computer(folder))
            if not runs:
                found.skipped.append({"source": str(folder), "reason": "a computer with no runs"})
            for run in runs:
                add(run, False)
        else:
            for job in _batch_jobs(folder):
                if job.get("run_dir"):
                    add(Path(str(job["run_dir"])), False)
                else:
                    found.skipped.append({"source": str(job.get("key") or folder),
                                          "reason": f"no run ({job.get('status') or 'pending'})"})
    return found


def _no_summary(run: Path) -> str:
    return f"its {SUMMARY_FILE} is damaged" if (run / SUMMARY_FILE).exists() \
        else f"it has no {SUMMARY_FILE}: running, or stopped before writing it"


def computer_sources(given: list[Path]) -> list[Path]:
    """The computer folders the folders name, in order: a computer itself, a run's computer,
    a batch's computers (each once: its trials share one). A folder that is none of these is
    passed on as it is (the dataset export names what is wrong with it; one named twice is
    refused there as a repeated id)."""
    found: list[Path] = []
    for folder in given:
        try:
            kind = kind_of(folder)
        except InputError:
            kind = "other"
        if kind == "run":
            found.append(folder.resolve().parent.parent)
        elif kind == "batch":
            computers = [Path(str(job["computer_dir"])) for job in _batch_jobs(folder)
                         if job.get("computer_dir")]
            found += list({computer.resolve(): computer for computer in computers}.values())
        else:
            found.append(folder)
    return found


def run_score(run: Path) -> float | None:
    """The run's grade (grade.json's score), or None when it is ungraded or unreadable."""
    try:
        score = json.loads((run / GRADE_FILE).read_text("utf-8")).get("score")
    except (OSError, ValueError, AttributeError):
        return None
    return float(score) if isinstance(score, int | float) else None


def computer_id(run: Path) -> str:
    """The id of the run's computer (its manifest's computer_id, else its folder's name)."""
    root = run.resolve().parent.parent
    try:
        data = json.loads((root / "meta" / "manifest.json").read_text("utf-8"))
        return str(data.get("computer_id") or root.name)
    except (OSError, ValueError, AttributeError):
        return root.name
