"""Tokens, calls, retries and cost per role: what every command reports and saves.

The saved form (``usage.json``) is ``{"roles": {role: {model, calls, input_tokens,
output_tokens, retries, cost_usd}}, "total": {...}}``; cost_usd is null when a model's price is
unknown (set it in the config file). Cost is counted call by call at the price of the model that
answered, so a role that changed models (a run graded again by another judge) is priced right;
its ``model`` then lists them all ("offline, openai:gpt-4o").
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pydantic_core import CoreSchema, core_schema

from synthcomp.atomic import write_json

Prices = Callable[[str], "tuple[float, float] | None"]
COUNTS = ("calls", "input_tokens", "output_tokens", "retries")
# A killed run loses at most this many seconds of usage counts.
AUTOSAVE_SECONDS = 2.0
log = logging.getLogger("synthcomp.models")


def _is_counts(saved: Any) -> bool:
    """Whether ``saved`` has the saved form of one command's or run's counts."""
    if not isinstance(saved, dict) or not isinstance(saved.get("roles", {}), dict):
        return False
    for row in saved.get("roles", {}).values():
        if not isinstance(row, dict) or not isinstance(row.get("model", ""), str):
            return False
        if not all(type(row.get(key, 0)) is int and row.get(key, 0) >= 0 for key in COUNTS):
            return False
        cost = row.get("cost_usd")
        if cost is not None and (isinstance(cost, bool) or not isinstance(cost, int | float)):
            return False
    return True


def read_usage(path: Path, *, sections: bool = False) -> dict[str, Any]:
    """The usage counts saved in ``path`` ({} when there are none yet). A damaged file (empty,
    not JSON, not their shape; ``sections``: a dict of such counts, as meta/usage.json) is moved
    aside to ``<name>.damaged-<n>``, kept for whoever wants to read it, and counts start again
    from nothing, with a warning: earlier counts are unknown, the run or command goes on."""
    if not path.is_file():
        return {}
    try:
        saved = json.loads(path.read_bytes().decode("utf-8"))
    except (ValueError, RecursionError):
        saved = None
    if isinstance(saved, dict) and all(_is_counts(value) for value in
                                       (saved.values() if sections else [saved])):
        return saved
    number = 1
    while (aside := path.with_name(f"{path.name}.damaged-{number}")).exists():
        number += 1
    os.replace(path, aside)
    log.warning("%s was damaged (empty, not JSON or not usage counts): moved to %s; the usage "
                "counted before it is unknown, counting starts again", path, aside.name)
    return {}


class Usage:
    """Thread-safe usage counts of one command or run, per role."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> CoreSchema:
        # Run contexts hold a Usage; LangGraph's server draws their schema, which this keeps
        # out of it (counts are saved to usage.json, never passed in a form).
        return core_schema.any_schema()

    def __init__(self, prices: Prices, path: Path | None = None) -> None:
        self._prices = prices
        self._lock = threading.Lock()
        self._save_lock = threading.Lock()
        self._roles: dict[str, dict[str, Any]] = {}
        self.path = path
        self._saved_at = 0.0
        if path is not None:
            self._merge(read_usage(path))

    def _merge(self, saved: Mapping[str, Any]) -> None:
        """Start from a run's earlier counts (a resumed run adds to them)."""
        for role, row in (saved.get("roles") or {}).items():
            mine = self._row(role, "")
            mine["model"] = str(row.get("model", ""))
            for key in COUNTS:
                mine[key] += int(row.get(key, 0))
            if row.get("cost_usd") is None:
                mine["priced"] = False
            else:
                mine["cost"] += float(row["cost_usd"])

    def _row(self, role: str, model: str) -> dict[str, Any]:
        row = self._roles.setdefault(role, {"model": "", **dict.fromkeys(COUNTS, 0), "cost": 0.0,
                                            "priced": True})
        if model and model not in row["model"].split(", "):
            row["model"] = f"{row['model']}, {model}" if row["model"] else model
            if self._prices(model) is None:
                row["priced"] = False  # never $0 for a model whose price nobody gave
        return row

    def add(self, role: str, model: str, usage: Mapping[str, Any] | None) -> None:
        """Count one answered call and the tokens its answer reports."""
        with self._lock:
            row = self._row(role, model)
            tokens_in = int((usage or {}).get("input_tokens", 0))
            tokens_out = int((usage or {}).get("output_tokens", 0))
            row["calls"] += 1
            row["input_tokens"] += tokens_in
            row["output_tokens"] += tokens_out
            price = self._prices(model)
            if price is None or (usage is None and any(price)):
                row["priced"] = False  # or a priced call whose tokens nobody reported
            else:
                row["cost"] += (tokens_in * price[0] + tokens_out * price[1]) / 1_000_000
        self._autosave()

    def add_retry(self, role: str, model: str) -> None:
        """Count one failed try that is going to be retried."""
        with self._lock:
            self._row(role, model)["retries"] += 1

    def to_dict(self) -> dict[str, Any]:
        """The saved form: per role, and the total."""
        with self._lock:
            roles = {role: {"model": row["model"], **{key: row[key] for key in COUNTS},
                            "cost_usd": round(row["cost"], 6) if row["priced"] else None}
                     for role, row in sorted(self._roles.items())}
        total: dict[str, Any] = {key: sum(row[key] for row in roles.values()) for key in COUNTS}
        costs = [row["cost_usd"] for row in roles.values()]
        total["cost_usd"] = None if None in costs else round(sum(costs), 6)
        return {"roles": roles, "total": total}

    def save(self, path: Path | None = None) -> None:
        """Write usage.json (atomically: a reader never sees half a file)."""
        target = path or self.path
        if target is None:
            return
        with self._save_lock:  # collaborators answer in parallel threads
            write_json(target, self.to_dict(), ensure_ascii=True)
            self._saved_at = time.monotonic()

    def _autosave(self) -> None:
        if self.path is not None and time.monotonic() - self._saved_at >= AUTOSAVE_SECONDS:
            self.save()


def describe_usage(saved: Mapping[str, Any]) -> list[str]:
    """One line per role and one for the total, for the terminal."""
    def line(label: str, row: Mapping[str, Any]) -> str:
        cost = "cost unknown" if row.get("cost_usd") is None else f"${row['cost_usd']:.4f}"
        retries = (f", {row['retries']} retr{'y' if row['retries'] == 1 else 'ies'}"
                   if row.get("retries") else "")
        model = f" ({row['model']})" if row.get("model") else ""
        calls = f"{row['calls']:,} call{'' if row['calls'] == 1 else 's'}"
        return (f"{label}{model}: {calls}, {row['input_tokens']:,} tokens in, "
                f"{row['output_tokens']:,} out{retries}, {cost}")

    roles = saved.get("roles") or {}
    lines = [line(role, row) for role, row in roles.items()]
    if len(roles) > 1:
        lines.append(line("total", saved["total"]))
    return lines


def save_section(path: Path, section: str, usage: Usage) -> None:
    """Record a command's usage under ``section`` of a usage file that holds several commands'
    (a computer's meta/usage.json has "build" and "plan")."""
    saved = read_usage(path, sections=True)
    saved[section] = usage.to_dict()
    write_json(path, saved, ensure_ascii=True)
