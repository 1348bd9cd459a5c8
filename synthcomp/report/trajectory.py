"""A run's trajectory, digested for the report: the month day by day (turns, what each turn did,
messages, files read and written), the week plans and the activity log the agent wrote, the
collaborator threads, and when each item was marked done.

Everything is bounded: a month has 2,000+ turns, so a turn is one line (its tools and their
targets, an error's first words), and long texts are cut with a note of how much was left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from synthcomp.runs.folder import TRAJECTORY_FILE
from synthcomp.runs.trajectory import event_of

TARGET_CHARS = 90  # a tool call's target (a path, a recipient) in a turn's line
ERROR_CHARS = 160  # an error result's first words
BODY_CHARS = 4000  # a message body, a week plan
MAX_TURN_ROWS = 3000  # turn lines in the page, over the whole run
READ_FILE_TOOLS = frozenset({"read_file", "file_info", "read_range", "read_slide"})
_TARGET_ARGS = ("path", "source", "to", "query", "pattern", "item_id", "entry", "summary", "sender",
                "search")


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one (a damaged event's part)."""
    return value if isinstance(value, dict) else {}


def cut(text: Any, limit: int) -> str:
    """``text`` as a string of at most ``limit`` characters, saying how much was left out."""
    text = "" if text is None else str(text)
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{len(text) - limit:,} more characters]"


@cache
def tool_kinds() -> dict[str, str]:
    """Each user tool's kind for the turns plot: read, write, message, journal, clock and calendar."""
    from synthcomp.tools import calendar, filesystem, journal, messaging, office

    kinds: dict[str, str] = {}
    for module, read, write in ((filesystem, "read", "write"), (office, "read", "write"),
                                (messaging, "message", "message"), (journal, "journal", "journal"),
                                (calendar, "clock, calendar", "clock, calendar")):
        kinds.update({t.name: read for t in getattr(module, "READ_TOOLS", [])})
        kinds.update({t.name: write for t in getattr(module, "WRITE_TOOLS", [])})
    return kinds


def read_events(run_dir: Path) -> list[dict[str, Any]]:
    """The trajectory's events in key order, one copy of each key (the last), as compaction
    leaves them; a torn or damaged line is skipped."""
    path = run_dir / TRAJECTORY_FILE
    if not path.is_file():
        return []
    events: dict[str, dict[str, Any]] = {}
    for line in path.read_bytes().split(b"\n"):
        event = event_of(line)
        if event is not None:
            events[event["key"]] = event
    return [events[key] for key in sorted(events)]


def _target(call: dict[str, Any]) -> str:
    """What a tool call acted on, in a few words: its path, recipient or query."""
    args = call.get("args")
    if not isinstance(args, dict):
        return ""
    for name in _TARGET_ARGS:
        value = args.get(name)
        if isinstance(value, str) and value:
            if name == "path" and isinstance(args.get("destination"), str):
                value = f"{value} → {args['destination']}"
            return cut(value, TARGET_CHARS)
    return ""


def _paths(call: dict[str, Any]) -> list[str]:
    """The files a tool call names (its path, source, destination, attachments)."""
    args = as_dict(call.get("args"))
    found = [args[k] for k in ("path", "source", "destination") if isinstance(args.get(k), str)]
    attachments = args.get("attachments")
    if isinstance(attachments, list):
        found += [a for a in attachments if isinstance(a, str)]
    return found


class _Day:
    """One working day as the report shows it."""

    def __init__(self, index: int, date: str) -> None:
        self.index, self.date = index, date
        self.turns: list[dict[str, Any]] = []
        self.kinds: Counter[str] = Counter()
        self.tools: Counter[str] = Counter()
        self.read: set[str] = set()
        self.written: set[str] = set()
        self.sent = 0
        self.received = 0
        self.errors = 0
        self.log: list[dict[str, str]] = []
        self.end = ""

    def view(self) -> dict[str, Any]:
        return {"index": self.index, "date": self.date, "turns": self.turns,
                "turn_count": sum(self.kinds.values()),
                "kinds": dict(self.kinds), "tools": self.tools.most_common(), "read": sorted(self.read),
                "written": sorted(self.written), "sent": self.sent, "received": self.received,
                "errors": self.errors, "log": self.log, "end": self.end}


def digest(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The month from the trajectory: days (turns, tools, files, messages, log), week plans,
    activity log, threads per collaborator, and when items were marked done."""
    kinds = tool_kinds()
    results = {e.get("tool_call_id"): e for e in events if e.get("type") == "tool_result"}
    days: dict[int, _Day] = {}
    threads: dict[str, list[dict[str, Any]]] = defaultdict(list)
    week_plans: list[dict[str, Any]] = []
    activity: list[dict[str, Any]] = []
    done_at: dict[str, str] = {}
    waits: list[dict[str, Any]] = []
    shown = 0
    date_of: dict[int, str] = {}

    def day_of(index: Any) -> _Day:
        index = index if isinstance(index, int) else 0
        if index not in days:
            days[index] = _Day(index, date_of.get(index, f"day {index + 1}"))
        return days[index]

    for event in events:
        kind = event.get("type")
        if kind == "day_start":
            date_of[event.get("day", 0)] = str(event.get("date", ""))
            day_of(event.get("day")).date = str(event.get("date", ""))
        elif kind == "model_call":
            day = day_of(event.get("day"))
            clock = str(event.get("clock") or "")
            answer = as_dict(event.get("answer"))
            calls = [c for c in answer.get("tool_calls") or [] if isinstance(c, dict)]
            row: dict[str, Any] = {"turn": event.get("turn"), "clock": clock[11:16], "calls": [],
                                   "error": ""}
            if not calls:
                day.kinds["prose"] += 1
                row["calls"].append({"name": "(prose)", "target": cut(answer.get("content"), TARGET_CHARS)})
            else:
                day.kinds[kinds.get(str(calls[0].get("name")), "other")] += 1
            for call in calls:
                name = str(call.get("name"))
                args = as_dict(call.get("args"))
                result = as_dict(results.get(call.get("id")))
                ok = result.get("status", "success") == "success"
                day.tools[name] += 1
                row["calls"].append({"name": name, "target": _target(call)})
                if not ok:
                    day.errors += 1
                    row["error"] = cut(result.get("content"), ERROR_CHARS)
                    continue
                _fold_call(day, name, args, call, clock, kinds, threads, week_plans, activity, done_at)
            if shown < MAX_TURN_ROWS:
                day.turns.append(row)
                shown += 1
        elif kind == "collaborator_message":
            day_of(_day_index(event, date_of)).received += 1
            threads[str(event.get("from"))].append({
                "from_user": False, "at": str(event.get("date", "")).replace("T", " "),
                "subject": cut(event.get("subject"), 300), "body": cut(event.get("body"), BODY_CHARS),
                "attachments": [cut(a, TARGET_CHARS) for a in event.get("attachments") or []]})
        elif kind == "collaborator_waits":
            waits.append({"at": str(event.get("at", "")).replace("T", " "),
                          "collaborator": str(event.get("collaborator")),
                          "reason": cut(event.get("reason"), 400)})
        elif kind == "day_end":
            day_of(event.get("day")).end = cut(event.get("log"), BODY_CHARS)
    for messages in threads.values():
        messages.sort(key=lambda m: m["at"])  # stable: same minute keeps trajectory order
    ordered = [days[i].view() for i in sorted(days)]
    return {"days": ordered, "threads": dict(sorted(threads.items())), "week_plans": week_plans,
            "activity": activity, "done_at": done_at, "waits": waits,
            "turns": sum(d["turn_count"] for d in ordered), "turns_shown": shown,
            "tool_kinds": sorted({k for d in ordered for k in d["kinds"]}, key=_kind_order)}


def _kind_order(kind: str) -> int:
    order = ["read", "write", "message", "journal", "clock, calendar", "prose", "other"]
    return order.index(kind) if kind in order else len(order)


def _day_index(event: dict[str, Any], date_of: dict[int, str]) -> int:
    """The working day a collaborator's message arrived on (the last day started by its date)."""
    date = str(event.get("date", ""))[:10]
    found = [i for i, d in date_of.items() if d and d <= date]
    return max(found) if found else 0


def _fold_call(day: _Day, name: str, args: dict[str, Any], call: dict[str, Any], clock: str,
               kinds: dict[str, str], threads: dict[str, list[dict[str, Any]]],
               week_plans: list[dict[str, Any]], activity: list[dict[str, Any]],
               done_at: dict[str, str]) -> None:
    """What one successful tool call adds to its day, the threads, the journal and the marks."""
    paths = _paths(call)
    if kinds.get(name) == "write":
        day.written.update(paths)
    elif name in READ_FILE_TOOLS or name == "send_message":
        day.read.update(paths)
    when = clock.replace("T", " ")
    if name == "send_message":
        day.sent += 1
        threads[str(args.get("to"))].append({
            "from_user": True, "at": when, "subject": cut(args.get("subject"), 300),
            "body": cut(args.get("body"), BODY_CHARS),
            "attachments": [cut(a, TARGET_CHARS) for a in args.get("attachments") or []
                            if isinstance(a, str)]})
    elif name == "write_week_plan":
        week_plans.append({"at": when, "date": day.date, "text": cut(args.get("plan"), BODY_CHARS)})
    elif name in ("log_activity", "end_day"):
        entry = {"at": when, "date": day.date, "kind": "end of day" if name == "end_day" else "log",
                 "text": cut(args.get("entry") or args.get("summary"), 1000)}
        activity.append(entry)
        day.log.append(entry)
    elif name == "mark_done" and isinstance(args.get("item_id"), str):
        done_at[args["item_id"]] = when
    elif name == "reopen" and isinstance(args.get("item_id"), str):
        done_at.pop(args["item_id"], None)


def files_series(days: list[dict[str, Any]]) -> tuple[list[int], list[int], list[int]]:
    """Per day: files read, files written, and distinct files written so far."""
    seen: set[str] = set()
    cumulative = []
    for day in days:
        seen.update(day["written"])
        cumulative.append(len(seen))
    return [len(d["read"]) for d in days], [len(d["written"]) for d in days], cumulative
