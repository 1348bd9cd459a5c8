"""A run's folder: the names of its files, its saved context, its lock.

``<computer>/runs/<run_id>/`` holds context.json (LangGraph does not checkpoint the context),
the SQLite checkpoints, trajectory.jsonl, summary.json, usage.json and grade.json.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from synthcomp.atomic import write_bytes, write_json
from synthcomp.computer import PLAN_FILE, RUN_DRIVE, USAGE_FILE, Computer
from synthcomp.errors import InputError

__all__ = ["CHECKPOINTS_FILE", "CONTEXT_FILE", "GRADE_FILE", "LOCK_FILE", "SUMMARY_FILE", "TRAJECTORY_FILE",
           "USAGE_FILE", "is_locked", "load_context", "marked_done", "open_run_folder", "read_summary",
           "run_lock", "run_started", "save_context"]

CONTEXT_FILE = "context.json"
TRAJECTORY_FILE = "trajectory.jsonl"
CHECKPOINTS_FILE = "checkpoints.sqlite"
SUMMARY_FILE = "summary.json"
GRADE_FILE = "grade.json"
LOCK_FILE = "lock"


def run_started(run_dir: Path) -> bool:
    """Whether a run folder holds a run already (its context, trajectory or checkpoints)."""
    return any((run_dir / name).exists() for name in (CONTEXT_FILE, TRAJECTORY_FILE, CHECKPOINTS_FILE))


def open_run_folder(computer: Computer, run_dir: Path, context: dict[str, Any]) -> None:
    """Start a run folder: its own copy of the computer's drive and plan (a run never changes
    the computer, nor another run), then its context.json, which marks the run as started."""
    run_dir.mkdir(parents=True, exist_ok=True)
    drive = run_dir / RUN_DRIVE
    if not drive.is_dir():
        # Copied beside, then renamed: a run folder never holds half a drive. Links stay links
        # (the sandbox still refuses any that leads out of the run's drive); mtimes are kept.
        scratch = run_dir / f".{RUN_DRIVE}.partial-{os.getpid()}"
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(computer.drive, scratch, symlinks=True)
        os.replace(scratch, drive)
    write_bytes(run_dir / PLAN_FILE, computer.plan_path.read_bytes())
    save_context(run_dir, context)


def save_context(run_dir: Path, data: dict[str, Any]) -> None:
    """Write context.json, its folders relative to the run folder ("." for the run, "../.."
    for the computer it sits in), so a copied or moved computer's runs work where they are."""
    data = dict(data)
    if data.get("computer_dir") and Path(data["computer_dir"]).is_absolute():
        data["computer_dir"] = os.path.relpath(data["computer_dir"], run_dir.absolute())
    if "run_dir" in data:
        data["run_dir"] = "."
    write_json(run_dir / CONTEXT_FILE, data, sort_keys=True, ensure_ascii=True)


def read_summary(run_dir: Path) -> dict[str, Any]:
    """The run's summary.json ({} when the run has none yet, or an unreadable one)."""
    path = run_dir / SUMMARY_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def marked_done(run_dir: Path) -> set[str]:
    """The deliverables the run marked done (from summary.json; none if it has no summary)."""
    done = read_summary(run_dir).get("deliverables_done") or []
    return set(done) if isinstance(done, list) else set()


def load_context(run_dir: Path) -> dict[str, Any]:
    """Read context.json, or InputError if this is not a run folder."""
    path = run_dir / CONTEXT_FILE
    if not path.is_file():
        from synthcomp.runs.listing import runs_hint  # listing reads run folders: imported late

        if Computer(run_dir).is_built():
            raise InputError(f"{run_dir.absolute()} is a computer, not a run; "
                             f"{runs_hint(Computer(run_dir))}")
        raise InputError(f"{run_dir} is not a run folder (no {CONTEXT_FILE})")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise InputError(f"{path} is damaged ({type(exc).__name__}): it is not a run context "
                         "this version can read") from exc
    if not isinstance(data, dict) or not data.get("model"):
        raise InputError(f"{path} is damaged: it holds no run context (no model)")
    return _placed(run_dir.absolute(), data)


def _placed(run_dir: Path, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (context.json) with its folders where the run is now: the run folder itself,
    and the computer relative to it. A run saved with absolute paths (before they were relative)
    that sits in a computer's runs/ folder belongs to that computer, wherever it was made."""
    stored = str(data.get("computer_dir") or "")
    home = run_dir.parent.parent
    if not stored or Path(stored).is_absolute():
        inside = run_dir.parent.name == "runs" and Computer(home).is_built()
        computer = home if inside or not stored else Path(stored)
    else:
        computer = Path(os.path.normpath(run_dir / stored))
    return {**data, "run_dir": str(run_dir), "computer_dir": str(computer)}


@contextmanager
def run_lock(run_dir: Path) -> Iterator[None]:
    """Hold the run's lock; a second process on the same run gets a clear error."""
    run_dir.mkdir(parents=True, exist_ok=True)
    with (run_dir / LOCK_FILE).open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise InputError(f"run {run_dir.name} is already running in another process") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def is_locked(run_dir: Path) -> bool:
    """Whether another process holds the run's lock now (it is running, or being graded)."""
    path = run_dir / LOCK_FILE
    if not path.is_file():
        return False
    with path.open("rb") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False
