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
from synthcomp.computer import PLAN_FILE, RUN_DRIVE, USAGE_FILE, Computer, copy_checked, unsafe_files
from synthcomp.errors import InputError, SandboxError, first_line
from synthcomp.locks import exclusive

__all__ = ["CHECKPOINTS_FILE", "CONTEXT_FILE", "GRADE_FILE", "LOCK_FILE", "SUMMARY_FILE", "TRAJECTORY_FILE",
           "USAGE_FILE", "has_checkpoints", "is_locked", "load_context", "marked_done", "open_run_folder",
           "read_summary", "run_lock", "run_started", "save_context"]

CONTEXT_FILE = "context.json"
TRAJECTORY_FILE = "trajectory.jsonl"
CHECKPOINTS_FILE = "checkpoints.sqlite"
SUMMARY_FILE = "summary.json"
GRADE_FILE = "grade.json"
LOCK_FILE = "lock"
_NAMED = 3  # files a refused drive copy names


def run_started(run_dir: Path) -> bool:
    """Whether a run folder holds a run already (its context, trajectory or checkpoints)."""
    return any((run_dir / name).exists() for name in (CONTEXT_FILE, TRAJECTORY_FILE, CHECKPOINTS_FILE))


def has_checkpoints(run_dir: Path) -> bool:
    """Whether the run keeps checkpoints: checkpoints.sqlite, or a checkpoint database its
    context.json names (runs.checkpoints.STORE_KEY)."""
    if (run_dir / CHECKPOINTS_FILE).exists():
        return True
    try:
        data = json.loads((run_dir / CONTEXT_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and bool(data.get("checkpointer"))


def open_run_folder(computer: Computer, run_dir: Path, context: dict[str, Any]) -> None:
    """Start a run folder: its own copy of the computer's drive and plan (a run never changes
    the computer, nor another run), then its context.json, which marks the run as started."""
    drive = run_dir / RUN_DRIVE
    made = not run_dir.exists()
    if not drive.is_dir():
        _check_copyable(computer)  # before anything is made: a refused run leaves no folder
    run_dir.mkdir(parents=True, exist_ok=True)
    if not drive.is_dir():
        # Copied beside, then renamed: a run folder never holds half a drive. Links stay links
        # (the sandbox still refuses any that leads out of the run's drive); mtimes are kept.
        scratch = run_dir / f".{RUN_DRIVE}.partial-{os.getpid()}"
        shutil.rmtree(scratch, ignore_errors=True)
        try:
            shutil.copytree(computer.drive, scratch, symlinks=True, copy_function=copy_checked)
            os.replace(scratch, drive)
        except (OSError, SandboxError) as exc:
            # A file changed between the check and the copy, or the disk is full: no half drive,
            # and no empty run folder that resume would call "not a run folder".
            shutil.rmtree(scratch, ignore_errors=True)
            if made:
                shutil.rmtree(run_dir, ignore_errors=True)
            why = exc.args[0][0][2] if isinstance(exc, shutil.Error) and exc.args[0] else first_line(exc)
            raise InputError(f"the drive of {computer.root.name} could not be copied into the run: "
                             f"{_without_host_paths(str(why), computer)}") from exc
    write_bytes(run_dir / PLAN_FILE, computer.plan_path.read_bytes())
    save_context(run_dir, context)


def _check_copyable(computer: Computer) -> None:
    """Refuse, in one line naming the drive's files, a drive whose copy would hide what the
    sandbox refuses: a hard-linked file (possibly a host file, linked in) would become a plain
    file of the run's drive, and a pipe, socket or device cannot be copied at all."""
    if computer.drive.is_symlink() or not computer.drive.is_dir():
        what = "a link" if computer.drive.is_symlink() else "missing"
        raise InputError(f"the drive folder of {computer.root.name} is {what}: a run cannot start")
    found = unsafe_files(computer.drive, limit=_NAMED + 1)
    if not found:
        return
    named = "; ".join(f"{path!r} {why}" + (" (it may be a file from outside the drive)"
                                            if "hard links" in why else "")
                      for path, why in found[:_NAMED])
    more = "; and more" if len(found) > _NAMED else ""
    hint = "; copy computers with cp -a, not cp -al" if any("hard links" in w for _, w in found) else ""
    raise InputError(f"the drive of {computer.root.name} cannot be copied into a run: "
                     f"{named}{more}{hint}")


def _without_host_paths(text: str, computer: Computer) -> str:
    """``text`` with the host's path of the drive taken out (errors name drive paths only)."""
    return text.replace(str(computer.drive) + os.sep, "").replace(str(computer.root), computer.root.name)


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
    problem = context_problem(data)
    if problem:
        raise InputError(f"{path} is damaged: {problem}")
    return _placed(run_dir.absolute(), data)


# What each value of context.json must be; the run's graphs would fail on anything else, deep
# inside a step, so a damaged value is named when the file is read.
_WHOLE_AT_LEAST_1 = ("days", "max_turns", "day_turns")
_TEXT = ("model", "computer_dir", "run_dir", "thread_id", "checkpointer")
_TEXT_OR_NONE = ("collaborator_model",)
_OBJECT_OR_NONE = ("config", "parts", "skill")


def context_problem(data: dict[str, Any]) -> str:
    """What is wrong with a value of context.json ('' when nothing is), naming its field."""
    for name in _WHOLE_AT_LEAST_1:
        value = data.get(name, 1)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            return f"{name} is {json.dumps(value)}, not a whole number of at least 1"
    seed = data.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int):
        return f"seed is {json.dumps(seed)}, not a whole number"
    for name in _TEXT:
        if name in data and not isinstance(data[name], str):
            return f"{name} is {json.dumps(data[name])}, not text"
    for name in _TEXT_OR_NONE:
        if data.get(name) is not None and not isinstance(data[name], str):
            return f"{name} is {json.dumps(data[name])}, not text"
    for name in _OBJECT_OR_NONE:
        if data.get(name) is not None and not isinstance(data[name], dict):
            return f"{name} is {json.dumps(data[name])}, not an object"
    return ""


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
    with exclusive(run_dir / LOCK_FILE, f"run {run_dir.name} is already running in another process",
                   what="the run's lock file"):
        yield


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
