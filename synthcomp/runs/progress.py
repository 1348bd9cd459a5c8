"""How far a run is, from the state updates its graph streams: day d of D, turns today and in
all, deliverables marked done, and the day's log line when a day ends. The CLI shows it as a
bar on a terminal and as log lines otherwise; any caller can take it (``on_progress``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RunProgress:
    """Where a run is now."""

    day: int  # the day being worked, 0-based; == days once the last one has ended
    days: int  # working days in this run
    date: str  # the day being worked ('' once the run is over)
    turn: int  # turns in the run so far
    turns_today: int
    max_turns: int
    done: int  # deliverables marked done
    deliverables: int
    ended: str = ""  # the log line of the day that just ended (only on that update)

    def describe(self) -> str:
        """One line: 'day 2/3 (2026-04-28): turn 114 (57 today), 1/9 deliverables done'."""
        shown = min(self.day + 1, self.days)
        when = f" ({self.date})" if self.date else ""
        return (f"day {shown}/{self.days}{when}: turn {self.turn:,} ({self.turns_today:,} today), "
                f"{self.done}/{self.deliverables} deliverables done")


ProgressCallback = Callable[[RunProgress], None]


@dataclass
class ProgressTracker:
    """Folds a run's streamed state updates into RunProgress, calling ``report`` on each change."""

    dates: list[str]
    deliverable_ids: set[str]
    max_turns: int
    report: ProgressCallback
    day: int = 0
    turn: int = 0
    day_start_turn: int = 0
    done: set[str] = field(default_factory=set)

    @classmethod
    def for_plan(cls, plan: Mapping[str, Any], days: int, max_turns: int,
                 report: ProgressCallback) -> ProgressTracker:
        """A tracker for a run of ``days`` working days of ``plan``."""
        ids = {d["id"] for o in plan.get("objectives") or [] for d in o.get("deliverables") or []}
        return cls(list(plan.get("working_days") or [])[:days], ids, max_turns, report)

    def start_from(self, values: Mapping[str, Any]) -> None:
        """Pick up where a resumed run's state is."""
        self.day = int(values.get("day") or 0)
        self.turn = self.day_start_turn = int(values.get("turn") or 0)
        self.done = set(values.get("done") or []) & self.deliverable_ids

    def seen(self, updates: Iterable[Mapping[str, Any]]) -> None:
        """Take one streamed chunk's updates; report if anything shown changed."""
        ended, changed = "", False
        for update in updates:
            if isinstance(update.get("turn"), int) and update["turn"] != self.turn:
                self.turn, changed = update["turn"], True
            new_done = set(update.get("done") or []) & self.deliverable_ids
            if new_done - self.done:
                self.done |= new_done
                changed = True
            if isinstance(update.get("day"), int) and update["day"] != self.day:
                # end_of_day moves to the next day and carries the ended day's log line.
                self.day, self.day_start_turn, changed = update["day"], self.turn, True
                ended = next(iter(update.get("log") or []), "") or ended
        if changed:
            self.report(self.now(ended))

    def now(self, ended: str = "") -> RunProgress:
        """The progress as it stands."""
        date = self.dates[self.day] if self.day < len(self.dates) else ""
        return RunProgress(day=self.day, days=len(self.dates), date=date, turn=self.turn,
                           turns_today=self.turn - self.day_start_turn, max_turns=self.max_turns,
                           done=len(self.done), deliverables=len(self.deliverable_ids),
                           ended=ended)
