"""What a retrospective reads of a run, indexed once: the plan, the grade, the user's profile,
every tool call with its result (day, turn, arguments), the messages collaborators sent, the
plan changes, and the text of the drive's files as they are now.

A trajectory line that is not an event, except a torn last line (a killed process), makes the
run damaged: a retrospective of half a trajectory would trace root causes to the wrong turns.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from synthcomp import office
from synthcomp.checks.rubric import Figure, contains, figures, normalized
from synthcomp.computer import Computer
from synthcomp.errors import InputError, OfficeFileError, SandboxError
from synthcomp.runs.folder import TRAJECTORY_FILE, load_context, read_summary
from synthcomp.runs.trajectory import event_of
from synthcomp.schemas import MonthPlan, RunGrade
from synthcomp.schemas.learn import Evidence
from synthcomp.schemas.world import UserProfile

# Tools that change a drive file, and the argument naming it.
WRITERS = {"write_document": "path", "append_to_document": "path", "write_spreadsheet": "path",
           "write_presentation": "path", "replace_text": "path", "rewrite_section": "path",
           "insert_rows": "path", "edit_slide": "path", "move_path": "destination",
           "copy_path": "destination"}
READERS = {"read_file", "read_range"}  # file_info shows a file's size and dates, not its content
TEXT_LIMIT = 200_000
MAX_FILES = 200
QUOTE_CHARS = 160


@dataclass(frozen=True)
class Call:
    """One tool call of the user agent and its result."""

    day: int
    turn: int
    name: str
    args: dict[str, Any]
    result: str
    ok: bool

    @property
    def path(self) -> str:
        """The drive path it reads or writes ('' when it names none)."""
        value = self.args.get(WRITERS.get(self.name, "path"), "")
        return value.strip().strip("/") if isinstance(value, str) else ""

    def evidence(self, note: str, file: str | None = None) -> Evidence:
        """Evidence pointing at this call."""
        return Evidence(day=self.day, turn=self.turn, file=file or self.path or None, note=note)


@dataclass(frozen=True)
class Received:
    """A collaborator's message as it reached the inbox."""

    id: str
    sender: str
    subject: str
    body: str
    attachments: tuple[str, ...]
    date: str
    day: int | None
    turn: int

    def evidence(self, note: str, file: str | None = None) -> Evidence:
        """Evidence pointing at this message."""
        return Evidence(day=self.day, turn=self.turn, file=file, message=self.id, note=note)


def day_label(day: int) -> str:
    """A run's day as text for people gives it, counted from 1 ('day 1' is the first working
    day); ``Evidence.day`` and the JSON keep the trajectory's 0-based index."""
    return f"day {day + 1}"


def when(day: int | None, turn: int | None) -> str:
    """A day and turn as text for people gives them: 'day 1, turn 7'."""
    return ", ".join(([day_label(day)] if day is not None else [])
                     + ([f"turn {turn}"] if turn is not None else []))


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """``text`` on one line, cut at a word within ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rsplit(" ", 1)[0] + " …"


def read_events(run_dir: Path) -> list[dict[str, Any]]:
    """The trajectory's events in file order; InputError naming the first damaged line."""
    path = run_dir / TRAJECTORY_FILE
    if not path.is_file():
        raise InputError(f"{run_dir} has no {TRAJECTORY_FILE}: the run has not started")
    lines = path.read_bytes().split(b"\n")
    events = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        event = event_of(line)
        if event is None:
            if number == len(lines):  # a torn last line: the killed process's, harmless
                continue
            raise InputError(f"{path} is damaged at line {number}: not a trajectory event")
        events.append(event)
    return events


@dataclass
class RunFacts:
    """Everything a retrospective reads of one run."""

    run_dir: Path
    computer: Computer
    plan: MonthPlan
    grade: RunGrade
    profile: UserProfile
    summary: dict[str, Any]
    calls: list[Call]
    received: list[Received]
    changes: list[dict[str, Any]]
    dates: dict[int, str]
    turns: int
    _texts: dict[str, str | None] = field(default_factory=dict, repr=False)
    _numbers: list[list[Figure]] = field(default_factory=list, repr=False)
    _wholes: list[set[int]] = field(default_factory=list, repr=False)
    _seen: dict[str, list[Call]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, run_dir: Path, grade: RunGrade) -> RunFacts:
        """Read the run: its context, plan, trajectory, summary; ``grade`` is its grade.json."""
        saved = load_context(run_dir)
        computer = Computer(saved["computer_dir"]).for_run(run_dir)
        plan = computer.read_plan()
        profile = computer.read_manifest().user_profile
        return cls.from_events(run_dir, computer, plan, grade, profile, read_events(run_dir))

    @classmethod
    def from_events(cls, run_dir: Path, computer: Computer, plan: MonthPlan, grade: RunGrade,
                    profile: UserProfile, events: list[dict[str, Any]]) -> RunFacts:
        """Index a run's events (in key order, as the trajectory keeps them)."""
        events = sorted(events, key=lambda e: e["key"])
        results = {e.get("tool_call_id"): e for e in events if e.get("type") == "tool_result"}
        dates = {int(e["day"]): str(e.get("date", "")) for e in events
                 if e.get("type") == "day_start" and isinstance(e.get("day"), int)}
        by_date = {date: day for day, date in dates.items()}
        calls: list[Call] = []
        received: list[Received] = []
        changes: list[dict[str, Any]] = []
        turns = 0
        for event in events:
            kind = event.get("type")
            turns = max(turns, int(event.get("turn") or 0))
            if kind == "model_call":
                answer = event.get("answer") or {}
                for call in answer.get("tool_calls") or []:
                    result = results.get(call.get("id")) or {}
                    args = call.get("args") if isinstance(call.get("args"), dict) else {}
                    calls.append(Call(day=int(event.get("day") or 0), turn=int(event.get("turn") or 0),
                                      name=str(call.get("name", "")), args=args,
                                      result=str(result.get("content", "")),
                                      ok=result.get("status", "success") == "success"
                                      and not str(result.get("content", "")).startswith("Error")))
            elif kind == "collaborator_message":
                date = str(event.get("date", ""))
                received.append(Received(
                    id=str(event.get("id", "")), sender=str(event.get("from", "")),
                    subject=str(event.get("subject", "")), body=str(event.get("body", "")),
                    attachments=tuple(str(a) for a in event.get("attachments") or []), date=date,
                    day=by_date.get(date[:10]), turn=int(event.get("turn") or 0)))
            elif kind == "plan_change" and isinstance(event.get("change"), dict):
                changes.append({**event["change"], "turn": int(event.get("turn") or 0),
                                "at": str(event.get("at", ""))})
        return cls(run_dir=run_dir, computer=computer, plan=plan, grade=grade, profile=profile,
                   summary=read_summary(run_dir), calls=calls, received=received, changes=changes,
                   dates=dates, turns=turns)

    # --- the run's time ---------------------------------------------------------------------

    @property
    def last_date(self) -> str:
        """The last simulated working day ('' when the run has none)."""
        return self.dates[max(self.dates)] if self.dates else ""

    def day_of(self, date: str) -> int | None:
        """The run's day index of an ISO date (None outside the run)."""
        return next((day for day, d in self.dates.items() if d == date[:10]), None)

    def day_at_turn(self, turn: int) -> int | None:
        """The day a turn fell on (the last day started at or before it)."""
        starts = sorted((call.turn, call.day) for call in self.calls)
        day = None
        for start, number in starts:
            if start > turn:
                break
            day = number
        return day

    # --- calls --------------------------------------------------------------------------------

    def writes(self, path: str) -> list[Call]:
        """Successful calls that wrote ``path``, in order."""
        return [c for c in self.calls if c.ok and c.name in WRITERS and c.path == path]

    def reads(self, path: str) -> list[Call]:
        """Successful calls that read ``path``, in order."""
        return [c for c in self.calls if c.ok and c.name in READERS and c.path == path]

    @cached_property
    def written(self) -> list[str]:
        """Drive files the run wrote that are there now, in the order first written."""
        seen = dict.fromkeys(c.path for c in self.calls if c.ok and c.name in WRITERS and c.path)
        for name in ("files_created", "files_edited"):
            seen.update(dict.fromkeys(str(p) for p in self.summary.get(name) or []))
        # An attachment received lands in the drive too, but a collaborator wrote it.
        received = {a for m in self.received for a in m.attachments}
        return [p for p in seen if p not in received and self._is_file(p)]

    @cached_property
    def sent(self) -> list[Call]:
        """The user's messages to collaborators (send_message calls that went out)."""
        return [c for c in self.calls if c.ok and c.name == "send_message"]

    def saw(self, needle: str) -> list[Call]:
        """Calls whose result showed ``needle`` (a figure as a reader reads it)."""
        if needle not in self._seen:
            # Each result's figures are parsed once, however many needles are looked for, and
            # only results that can hold the needle are searched: a figure of the same whole
            # part (give or take one, for rounding), or the needle's words as written.
            if not self._numbers:
                self._numbers = [figures(c.result) if c.ok and c.result else [] for c in self.calls]
                self._wholes = [{int(r) for f in numbers for r in f.readings} for numbers in self._numbers]
            asked = figures(needle)
            if len(asked) == 1 and asked[0].readings:
                wanted = {int(r) + d for r in asked[0].readings for d in (-1, 0, 1)}
                maybe = [i for i, wholes in enumerate(self._wholes) if wholes & wanted]
            else:
                words = normalized(needle)
                maybe = [i for i, c in enumerate(self.calls) if words in normalized(c.result)]
            self._seen[needle] = [self.calls[i] for i in maybe if self.calls[i].ok and self.calls[i].result
                                  and contains(self.calls[i].result, needle, self._numbers[i])]
        return self._seen[needle]

    # --- the drive ----------------------------------------------------------------------------

    def _is_file(self, path: str) -> bool:
        try:
            return self.computer.resolve(path).is_file()
        except SandboxError:
            return False

    def text(self, path: str) -> str | None:
        """A drive file's text now (cells with their values), or None if it is not readable."""
        if path not in self._texts:
            text = None
            try:
                resolved = self.computer.resolve(path)
                if resolved.is_file():
                    text = office.read_text(resolved, limit=TEXT_LIMIT)
            except (OfficeFileError, SandboxError, OSError, ValueError):
                text = None
            self._texts[path] = text
        return self._texts[path]

    def files_to_compare(self) -> list[str]:
        """The files whose figures are reconciled: those the run wrote, the deliverables'
        inputs, attachments received and files read, as many as MAX_FILES."""
        paths = dict.fromkeys(self.written)
        for deliverable in self.plan.deliverables():
            paths.update(dict.fromkeys(deliverable.inputs))
        for message in self.received:
            paths.update(dict.fromkeys(message.attachments))
        paths.update(dict.fromkeys(c.path for c in self.calls if c.ok and c.name in READERS))
        return [p for p in list(paths)[:MAX_FILES] if p and self._is_file(p)]

    def collaborator_name(self, collaborator_id: str) -> str:
        """A collaborator's name (the id when the plan has none)."""
        return next((c.name for c in self.plan.collaborators if c.id == collaborator_id),
                    collaborator_id)


_FILE_WORD = re.compile(r"[^\W\d_]{3,}")


def path_words(path: str) -> set[str]:
    """The words of a path's file and folder names (lower case), its context for a figure."""
    return {w.casefold() for w in _FILE_WORD.findall(path.replace("_", " ").replace("-", " "))}


def dumps(data: Any) -> str:
    """Compact JSON for prompts and digests."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
