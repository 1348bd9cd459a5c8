"""What `synthcomp batch` shows while it runs: on a terminal, a live panel (jobs done, running,
paused, failed; turns per second; tokens and cost so far; ETA; the runs going on); elsewhere one
log line a minute and one per job that ends. At the end, a table of every job."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from synthcomp.batch.record import BatchRecord
from synthcomp.models.usage import read_usage
from synthcomp.runs.folder import USAGE_FILE

LOG_EVERY = 60.0  # seconds between two log lines off a terminal
USAGE_EVERY = 5.0  # seconds between two reads of the running runs' usage
SHOWN_RUNNING = 12
REDRAW_EVERY = 0.25


class BatchDisplay:
    """Called with each event; shows the batch's state as it changes."""

    def __init__(self, console: Console, *, log_every: float = LOG_EVERY) -> None:
        self.console = console
        self.log_every = log_every
        self.started = time.monotonic()
        self._logged = self.started
        self._drawn = 0.0
        self._live: Live | None = None
        self._first_turns: int | None = None
        self._usage: dict[str, tuple[int, float | None]] = {}
        self._usage_read = 0.0

    def __enter__(self) -> BatchDisplay:
        if self.console.is_terminal:
            self._live = Live(console=self.console, refresh_per_second=2, transient=True)
            self._live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.__exit__(None, None, None)

    def __call__(self, record: BatchRecord, event: dict[str, Any]) -> None:
        """Show ``event``'s effect on the batch."""
        if self._first_turns is None:
            self._first_turns = record.totals()["turns"]
        if self._live is not None:
            # Hundreds of runs send hundreds of events a second: the panel is redrawn a few
            # times a second, not once per event (the driver's CPU is the runs' CPU too).
            if event["kind"] == "result" or time.monotonic() - self._drawn >= REDRAW_EVERY:
                self._drawn = time.monotonic()
                self._live.update(self.panel(record))
            return
        if event["kind"] == "result":
            entry = record.entries[event["key"]]
            self.console.print(_ended_line(entry), highlight=False, soft_wrap=True)
        if time.monotonic() - self._logged >= self.log_every:
            self._logged = time.monotonic()
            self.console.print(self.status_line(record), highlight=False, soft_wrap=True)

    def status_line(self, record: BatchRecord) -> str:
        """One line: counts, turns per second, tokens and cost so far, ETA."""
        counts = record.counts()
        done = counts["finished"]
        tokens, cost = self._spent(record)
        cost_text = "cost unknown" if cost is None else f"${cost:.4f}"
        eta = self._eta(record)
        return (f"batch: {done}/{len(record.entries)} done, {counts['running']} running, "
                f"{counts['paused']} paused, {counts['failed']} failed; "
                f"{self._turn_rate(record):.1f} turns/s; {tokens:,} tokens, {cost_text}"
                + (f"; ETA {eta}" if eta else ""))

    def panel(self, record: BatchRecord) -> Group:
        """The live panel: the status line and the runs going on."""
        table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False)
        for column in ("job", "stage", "day", "turns"):
            table.add_column(column, justify="right" if column in ("day", "turns") else "left")
        running = [e for e in record.entries.values() if e["status"] == "running"]
        for entry in running[:SHOWN_RUNNING]:
            days = entry["run_days"]
            day = f"{min(entry['day'] + 1, days)}/{days}" if days else ""
            table.add_row(entry["key"], entry["stage"], day, f"{entry['turns'] or 0:,}")
        if len(running) > SHOWN_RUNNING:
            table.add_row(f"… {len(running) - SHOWN_RUNNING} more", "", "", "")
        return Group(Text(self.status_line(record)), table)

    def _turn_rate(self, record: BatchRecord) -> float:
        elapsed = max(time.monotonic() - self.started, 1e-3)
        return max(0, record.totals()["turns"] - (self._first_turns or 0)) / elapsed

    def _eta(self, record: BatchRecord) -> str:
        """The time left, from the days worked in this invocation so far."""
        total = done = 0
        for entry in record.entries.values():
            days = entry["run_days"] or record.spec.days or 0
            total += days
            done += days if record.settled(entry["key"]) else min(entry["day"], days)
        elapsed = time.monotonic() - self.started
        if not done or not total or done >= total or elapsed < 5:
            return ""
        return time.strftime("%H:%M:%S", time.gmtime(elapsed * (total - done) / done))

    def _spent(self, record: BatchRecord) -> tuple[int, float | None]:
        """Tokens and cost so far: ended jobs' from their results, running runs' from their
        usage.json (saved every few seconds as they go)."""
        if time.monotonic() - self._usage_read >= USAGE_EVERY:
            self._usage_read = time.monotonic()
            for entry in record.entries.values():
                if entry["status"] == "running" and entry["run_dir"]:
                    total = read_usage(Path(entry["run_dir"]) / USAGE_FILE).get("total") or {}
                    self._usage[entry["key"]] = (int(total.get("input_tokens", 0))
                                                 + int(total.get("output_tokens", 0)),
                                                 total.get("cost_usd"))
        tokens, cost, known = 0, 0.0, True
        for key, entry in record.entries.items():
            spent, price = ((entry["tokens"] or 0, entry["cost_usd"]) if entry["status"] != "running"
                            else self._usage.get(key, (0, 0.0)))
            tokens += spent
            if spent and price is None:
                known = False
            cost += price or 0.0
        return tokens, (round(cost, 6) if known else None)


def _ended_line(entry: dict[str, Any]) -> str:
    what = f"{entry['status']} {entry['key']}"
    if entry["status"] == "finished":
        score = "" if entry["score"] is None else f", score {entry['score']:.0%}"
        days = entry["days"] or 0
        return f"{what}: {entry['turns'] or 0:,} turns over {days} day{'' if days == 1 else 's'}{score}"
    return f"{what}: {entry['error'] or 'no reason given'}"


def summary_table(record: BatchRecord) -> Table:
    """Every job: status, turns, days, score, tokens, cost, wall time, and the error of those
    that did not finish (the column only when there is one)."""
    entries = list(record.entries.values())
    errors = any(e["status"] != "finished" and e["error"] for e in entries)
    columns = ["job", "status", "turns", "days", "score", "tokens", "cost", "wall"]
    columns += ["error"] if errors else []
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    widest = max(len(e["key"]) for e in entries)
    for column in columns:
        figure = column in ("turns", "days", "score", "tokens", "cost", "wall")
        table.add_column(column, justify="right" if figure else "left", overflow="fold",
                         no_wrap=column not in ("job", "error"),
                         min_width=min(widest, 40) if column == "job" else None)
    for entry in entries:
        cost, score = entry["cost_usd"], entry["score"]
        row = [entry["key"], entry["status"], f"{entry['turns'] or 0:,}", str(entry["days"] or 0),
               "" if score is None else f"{score:.0%}", _compact(entry["tokens"] or 0),
               "" if cost is None else f"${cost:.4f}", f"{entry['wall_seconds'] or 0:.0f}s"]
        table.add_row(*row, *([entry["error"] if entry["status"] != "finished" else ""] if errors else []))
    return table


def _compact(count: int) -> str:
    """2,130,245 -> '2.13M': a table column that fits."""
    for size, unit in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if count >= size:
            return f"{count / size:.3g}{unit}"
    return str(count)
