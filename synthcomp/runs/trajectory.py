"""A run's trajectory: the append-only event log trainers read, and what a resumed run replays.

What the model saw at any call is recoverable from the trajectory alone: the day's system
prompt and recap (day_start), the week's plan on Mondays (week_plan), then that day's answers
(model_call), tool results (tool_result) and the mail notices of the day (mail_notice), in key
order. Collaborators' calls are there too (collaborator_call: their whole request and answer;
collaborator_waits; collaborator_message), and the plan changes their events make (plan_change).

The trajectory is appended as the run goes, each event under a key; a node re-run after a crash
appends its events again, and compaction keeps the last copy of each key, so a resumed run
leaves the same trajectory as an uninterrupted one.
"""

from __future__ import annotations

import json
import os
import threading
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from synthcomp.atomic import json_text, write_bytes
from synthcomp.runs.folder import TRAJECTORY_FILE


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
                # Bytes, split at newlines only: a torn line may end inside a character, and
                # an event's text may hold U+2028, which str.splitlines would split at.
                for line in self.path.read_bytes().split(b"\n"):
                    event = event_of(line)
                    if event is None:
                        continue  # a torn last line from the killed process, or a damaged one
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
        line = json_text({"key": key, **event}, sort_keys=True, default=str)
        with self._lock:
            if self._handle is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                # A line a killed process left half-written would swallow this one: cut it
                # (its event is redone, as every event of an unfinished step is).
                trim_torn_line(self.path)
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
        events: dict[str, bytes] = {}
        for line in self.path.read_bytes().split(b"\n"):  # as _recorded reads it
            event = event_of(line)
            if event is not None:
                events[event["key"]] = line
        write_bytes(self.path, b"".join(events[k] + b"\n" for k in sorted(events)))
        return len(events)


def event_of(line: str | bytes) -> dict[str, Any] | None:
    """The event a trajectory line holds, or None for a line that holds none: not JSON (torn),
    or JSON that is not an object with a string "key" (`null`, `[1, 2]`)."""
    try:
        event = json.loads(line)
    except (ValueError, RecursionError):  # not JSON, undecodable bytes, absurdly nested
        return None
    return event if isinstance(event, dict) and isinstance(event.get("key"), str) else None


def trim_torn_line(path: Path, keep: Path | None = None) -> int:
    """Cut a trajectory back to its last whole line (a killed process's half-written event),
    keeping the cut bytes in ``keep`` when given; return how many bytes were cut."""
    if not path.is_file():
        return 0
    with path.open("rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        if not size:
            return 0
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return 0
        handle.seek(0)
        data = handle.read()
        end = data.rfind(b"\n") + 1
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{TRAJECTORY_FILE}.torn").write_bytes(data[end:])
        handle.truncate(end)
        return size - end


@cache
def trajectory(run_dir: str) -> Trajectory:
    """The trajectory of the run in ``run_dir`` (one writer per run and process)."""
    return Trajectory(run_dir)
