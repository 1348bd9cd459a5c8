"""A run's folder: its saved context, its lock, its trajectory and summary.

What the model saw at any call is recoverable from the trajectory alone: the day's system
prompt and recap (day_start), the week's plan on Mondays (week_plan), then that day's answers
(model_call) and tool results (tool_result), in key order.

``runs/<run_id>/`` holds context.json (LangGraph does not checkpoint the context), the SQLite
checkpoints, trajectory.jsonl and summary.json. The trajectory is appended as the run goes, each
event under a key; a node re-run after a crash appends its events again, and compaction keeps
the last copy of each key, so a resumed run leaves the same trajectory as an uninterrupted one.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from synthcomp.errors import InputError

CONTEXT_FILE = "context.json"
TRAJECTORY_FILE = "trajectory.jsonl"
CHECKPOINTS_FILE = "checkpoints.sqlite"
SUMMARY_FILE = "summary.json"
USAGE_FILE = "usage.json"
LOCK_FILE = "lock"
# A run id becomes a folder name: nothing that could leave the runs folder.
RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def check_run_id(run_id: str) -> str:
    """``run_id`` if it can name a run folder, else InputError."""
    if not RUN_ID.fullmatch(run_id):
        raise InputError(f"run id {run_id!r} must be letters, digits, '-' or '_' (at most 64)")
    return run_id


def run_started(run_dir: Path) -> bool:
    """Whether a run folder holds a run already (its context, trajectory or checkpoints)."""
    return any((run_dir / name).exists() for name in (CONTEXT_FILE, TRAJECTORY_FILE, CHECKPOINTS_FILE))


class Trajectory:
    """Append-only event log of one run, keyed for de-duplication."""

    def __init__(self, run_dir: str) -> None:
        self.path = Path(run_dir) / TRAJECTORY_FILE
        self._lock = threading.Lock()
        self._handle: TextIO | None = None
        # What an earlier process recorded: read back when this one resumes the run, so a step
        # cut short by a crash replays its model answer and its drive changes instead of
        # redoing them.
        self._earlier: dict[str, dict[str, Any]] | None = None if self.path.exists() else {}

    def _recorded(self) -> dict[str, dict[str, Any]]:
        with self._lock:
            if self._earlier is None:
                self._earlier = {}
                for line in self.path.read_text("utf-8").splitlines():
                    try:
                        event = json.loads(line)
                    except json.JSONDecodeError:
                        continue  # a torn last line from the killed process
                    self._earlier[event["key"]] = event
                    if event.get("tool_call_id"):
                        self._earlier["call:" + event["tool_call_id"]] = event
            return self._earlier

    def earlier(self, key: str) -> dict[str, Any] | None:
        """The event an earlier process recorded under ``key``, if any."""
        return self._recorded().get(key)

    def earlier_tool_result(self, tool_call_id: str) -> dict[str, Any] | None:
        """The result an earlier process recorded for a tool call, if any."""
        return self._recorded().get("call:" + tool_call_id)

    def record(self, key: str, event: dict[str, Any]) -> None:
        """Append one event (flushed: a killed process loses at most the line being written)."""
        line = json.dumps({"key": key, **event}, ensure_ascii=False, sort_keys=True, default=str)
        with self._lock:
            if self._handle is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._handle = self.path.open("a", encoding="utf-8")
            self._handle.write(line + "\n")
            self._handle.flush()

    def close(self) -> None:
        """Close the file (further records reopen it)."""
        with self._lock:
            if self._handle is not None:
                self._handle.close()
                self._handle = None

    def compact(self) -> int:
        """Rewrite the log in key order with one copy of each key (the last); return its length.
        A torn last line from a killed process is dropped."""
        self.close()
        if not self.path.exists():
            return 0
        events: dict[str, str] = {}
        for line in self.path.read_text("utf-8").splitlines():
            try:
                events[json.loads(line)["key"]] = line
            except (json.JSONDecodeError, KeyError, TypeError):
                continue
        scratch = self.path.with_suffix(".tmp")
        scratch.write_text("".join(events[k] + "\n" for k in sorted(events)), "utf-8")
        os.replace(scratch, self.path)
        return len(events)


@cache
def trajectory(run_dir: str) -> Trajectory:
    """The trajectory of the run in ``run_dir`` (one writer per run and process)."""
    return Trajectory(run_dir)


def save_context(run_dir: Path, data: dict[str, Any]) -> None:
    """Write context.json."""
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / CONTEXT_FILE).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", "utf-8")


def load_context(run_dir: Path) -> dict[str, Any]:
    """Read context.json, or InputError if this is not a run folder."""
    path = run_dir / CONTEXT_FILE
    if not path.is_file():
        raise InputError(f"{run_dir} is not a run folder (no {CONTEXT_FILE})")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


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
