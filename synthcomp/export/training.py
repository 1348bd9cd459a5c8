"""`synthcomp export --format openai|sharegpt`: runs as training examples, and their manifest.

Sources are run, computer and batch folders (synthcomp.export.sources). Each run is rebuilt
from its trajectory (synthcomp.export.rebuild), cut into examples (synthcomp.export.examples),
written one JSON line each, and every line is checked before the file is written
(synthcomp.export.formats). Beside the output, ``<out>.manifest.json`` says what was exported:
counts of examples, messages and tool calls, estimated tokens, the sources (run, computer,
score, examples) and the filters, and what was skipped and why. Nothing is written unless
every line passes; a run that cannot be rebuilt is one error line.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from synthcomp.atomic import write_bytes
from synthcomp.errors import InputError
from synthcomp.export.examples import SPLITS, examples
from synthcomp.export.formats import (
    FORMAT_NAMES,
    check_openai,
    check_sharegpt,
    malformed_calls,
    openai_line,
    sharegpt_line,
)
from synthcomp.export.rebuild import Rebuilt, rebuild, wire
from synthcomp.export.sources import computer_id, run_score, run_sources
from synthcomp.models.budget import CHARS_PER_TOKEN, MESSAGE_OVERHEAD

ROLES = ("user", "collaborator")
TOKENS_METHOD = ("estimated as models/budget.py estimates a request: characters / 4, plus 4 a "
                 "message, plus the tool schemas (no tokenizer is installed)")


@dataclass
class Filters:
    """Which runs, roles and days are exported."""

    min_score: float | None = None
    role: str = "user"
    since: str | None = None
    until: str | None = None

    def check(self) -> None:
        """InputError for a role or date that cannot be used."""
        if self.role not in ROLES:
            raise InputError(f"unknown role {self.role!r}: use one of {', '.join(ROLES)}")
        for name, value in (("--since", self.since), ("--until", self.until)):
            if value is not None and not _is_date(value):
                raise InputError(f"{name} {value!r} is not a date (YYYY-MM-DD)")

    def takes(self, date: str) -> bool:
        """Whether a simulated date is inside --since/--until."""
        return (self.since is None or date >= self.since) and (self.until is None or date <= self.until)


def _is_date(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


@dataclass
class TrainingReport:
    """What an export wrote: the output, its manifest (also written beside it) and the lines."""

    out: Path
    manifest_path: Path
    manifest: dict[str, Any]
    lines: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)


Made = Iterator[tuple[dict[str, Any], int, list[dict[str, Any]]]]  # (line, tokens, wire messages) each


def _user_lines(rebuilt: Rebuilt, format: str, split: str, window: int | None, filters: Filters,
                counts: dict[str, int], skipped: list[dict[str, str]]) -> Made:
    """(line, tokens, wire messages) of each user-agent example of a run inside the filters
    (made one at a time: a run's call examples hold its every request)."""
    kept = [day for day in rebuilt.days if filters.takes(day.date)]
    trimmed = Rebuilt(rebuilt.run_dir, kept, rebuilt.tools, rebuilt.tools_saved, rebuilt.sorted_arguments)
    over = malformed = 0
    for example in examples(trimmed, split, window):
        tokens = example.tokens(rebuilt.tools)
        if window is not None and tokens > window:  # a request as sent (--split call), never cut
            over += 1
            continue
        messages = wire(example.messages)
        if format == "sharegpt" and malformed_calls(messages):
            # LLaMA-Factory reads a function_call's arguments as JSON: a malformed one cannot go.
            malformed += 1
            continue
        line = openai_line(messages, rebuilt.tools) if format == "openai" \
            else sharegpt_line(messages, rebuilt.tools, counts)
        yield line, tokens, messages
    if malformed:
        skipped.append({"source": str(rebuilt.run_dir),
                        "reason": f"{malformed} example{'' if malformed == 1 else 's'} with a malformed tool "
                                  "call (arguments that are not JSON; the openai format keeps them)"})
    if over:
        skipped.append({"source": str(rebuilt.run_dir),
                        "reason": f"{over} request{'' if over == 1 else 's'} over the window "
                                  f"({window} tokens; --split call keeps each request whole)"})


def _collaborator_lines(rebuilt: Rebuilt, format: str, window: int | None, filters: Filters,
                        skipped: list[dict[str, str]]) -> Made:
    """Each collaborator call of a run as its own example: their system prompt, the request,
    their answer (the reply's JSON in the schema's field order)."""
    from synthcomp.schemas.sim import CollaboratorReply

    for event in rebuilt.collaborator_calls:
        if not filters.takes(str(event.get("at") or "")[:10]):
            continue
        answer = CollaboratorReply.model_validate(event["answer"]).model_dump_json()
        messages = [{"content": event["system"], "role": "system"},
                    {"content": event["prompt"], "role": "user"}, {"content": answer, "role": "assistant"}]
        tokens = sum(math.ceil(len(m["content"]) / CHARS_PER_TOKEN) + MESSAGE_OVERHEAD for m in messages)
        if window is not None and tokens > window:
            skipped.append({"source": f"{rebuilt.run_dir} {event['key']}",
                            "reason": f"a collaborator call of {tokens} tokens is over the window "
                                      f"({window})"})
            continue
        line = openai_line(messages, []) if format == "openai" else {
            "conversations": [{"from": "human", "value": event["prompt"]}, {"from": "gpt", "value": answer}],
            "system": event["system"], "tools": "[]"}
        yield line, tokens, messages


def export_training(sources: list[str | Path], out: str | Path, format: str = "openai", *,
                    split: str = "day", window: int | None = None,
                    filters: Filters | None = None) -> TrainingReport:
    """Export the runs ``sources`` name as ``format`` examples into ``out`` (JSONL) and
    ``<out>.manifest.json``. Raises InputError (one line) for bad options, a source that is not
    a run, computer or batch folder, a run that cannot be rebuilt, or nothing to export."""
    filters = filters or Filters()
    filters.check()
    if format not in FORMAT_NAMES:
        raise InputError(f"unknown format {format!r}: use one of {', '.join(FORMAT_NAMES)}, dataset")
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    if window is not None and window <= 0:
        raise InputError(f"--window {window}: give a number of tokens above 0")
    path = Path(out)
    if path.suffix.lower() != ".jsonl":
        raise InputError(f"{path}: the {format} format writes .jsonl files")
    if not sources:
        raise InputError("nothing to export: give one or more run, computer or batch folders")
    found = run_sources([Path(s) for s in sources])
    state = _Written(skipped=list(found.skipped))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            for run in found.runs:
                _export_run(run, stream, state, format, split, window, filters)
        if not state.totals["examples"]:
            reasons = "; ".join(f"{s['source']}: {s['reason']}" for s in state.skipped[:3]) \
                or "the filters leave none"
            raise InputError(f"nothing to export: {reasons}")
        manifest = {
            "format": format, "out": str(path.resolve()),
            "split": split if filters.role == "user" else "call", "window": window, "role": filters.role,
            "filters": {"min_score": filters.min_score, "since": filters.since, "until": filters.until},
            **state.totals, "mean_tokens": round(state.totals["tokens"] / state.totals["examples"], 1),
            "bytes": Path(name).stat().st_size, "tokens_method": TOKENS_METHOD,
            "layout_changes": dict(sorted(state.counts.items())), "sources": state.sources,
            "skipped": state.skipped,
        }
        os.chmod(name, 0o644)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    manifest_path = path.with_name(path.name + ".manifest.json")
    write_bytes(manifest_path, (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return TrainingReport(path, manifest_path, manifest, state.totals["examples"], state.skipped)


@dataclass
class _Written:
    """What an export has written so far: totals, sources, layout changes and what it skipped."""

    skipped: list[dict[str, str]]
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("examples", "messages", "tool_calls", "malformed_calls", "tool_results", "tokens", "max_tokens"), 0))
    counts: dict[str, int] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)


def _export_run(run: Path, stream: BinaryIO, state: _Written, format: str, split: str,
                window: int | None, filters: Filters) -> None:
    """One run's examples, checked, onto ``stream``; its entry in the manifest's sources."""
    score = run_score(run)
    if filters.min_score is not None and (score is None or score < filters.min_score):
        why = "ungraded (no grade.json)" if score is None else f"score {score:.4f} below --min-score"
        state.skipped.append({"source": str(run), "reason": why})
        return
    rebuilt = rebuild(run)
    if filters.role == "user":
        made = _user_lines(rebuilt, format, split, window, filters, state.counts, state.skipped)
    else:
        made = _collaborator_lines(rebuilt, format, window, filters, state.skipped)
    totals, count = state.totals, 0
    for line, tokens, messages in made:
        if format == "openai":
            check_openai(line, window, tokens)
        else:
            check_sharegpt(line)
        stream.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
        totals["messages"] += len(messages)
        totals["tool_calls"] += sum(len(m.get("tool_calls") or []) for m in messages)
        totals["malformed_calls"] += malformed_calls(messages)
        totals["tool_results"] += sum(1 for m in messages if m["role"] == "tool")
        totals["tokens"] += tokens
        totals["max_tokens"] = max(totals["max_tokens"], tokens)
    totals["examples"] += count
    state.sources.append({
        "run_id": run.name, "run_dir": str(run.resolve()), "computer_id": computer_id(run), "score": score,
        "days": len(rebuilt.days), "examples": count,
        "tools_from": "tools.json" if rebuilt.tools_saved
        else "the current toolset (the run has no tools.json)",
        "arguments_key_order": "sorted (the run predates the kept order)" if rebuilt.sorted_arguments
        else "as sent"})
