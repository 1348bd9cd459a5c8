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

from synthcomp.atomic import remove_stale_temps, write_bytes
from synthcomp.errors import InputError
from synthcomp.export.examples import SPLITS, Cuts, examples
from synthcomp.export.formats import (
    FORMAT_NAMES,
    check_openai,
    check_sharegpt,
    malformed_calls,
    openai_line,
    sharegpt_line,
)
from synthcomp.export.output import check_outputs
from synthcomp.export.rebuild import Rebuilt, rebuild, wire
from synthcomp.export.sources import computer_id, run_score, run_sources
from synthcomp.models.budget import CHARS_PER_TOKEN, MESSAGE_OVERHEAD
from synthcomp.runs.folder import GRADE_FILE

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
        """InputError for a role, date or score that cannot be used."""
        if self.role not in ROLES:
            raise InputError(f"unknown role {self.role!r}: use one of {', '.join(ROLES)}")
        for name, value in (("--since", self.since), ("--until", self.until)):
            if value is not None and not _is_date(value):
                raise InputError(f"{name} {value!r} is not a date (YYYY-MM-DD)")
        if self.since and self.until and self.since > self.until:
            raise InputError(f"--since {self.since} is after --until {self.until}: no day is between them")
        if self.min_score is not None and not 0 <= self.min_score <= 1:
            raise InputError(f"--min-score {self.min_score}: a score is between 0 and 1")

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


def run_window(rebuilt: Rebuilt) -> int | None:
    """The window a trimmed run fitted its requests to (None for a run never trimmed): its
    budget's window less the answer's room, or its largest request if that was larger (the
    estimate's ratio let it be), so an example is never larger than what the model saw."""
    calls = [call for day in rebuilt.days for call in day.calls]
    budgets = [call.budget for call in calls if call.budget is not None]
    if not budgets or not any(call.elided or call.dropped for call in calls):
        return None
    return max(min(b.window - b.max_output for b in budgets), max(call.sent_tokens for call in calls))


def _user_lines(rebuilt: Rebuilt, format: str, split: str, window: int | None, filters: Filters,
                state: _Written, strict: bool, keep_malformed: bool) -> Made:
    """(line, tokens, wire messages) of each user-agent example of a run inside the filters
    (made one at a time: a run's call examples hold its every request)."""
    kept = [day for day in rebuilt.days if filters.takes(day.date)]
    trimmed = Rebuilt(rebuilt.run_dir, kept, rebuilt.tools, rebuilt.tools_saved, rebuilt.sorted_arguments)
    over = 0
    cuts = Cuts()
    for example in examples(trimmed, split, window, keep_malformed=keep_malformed, cuts=cuts, strict=strict):
        tokens = example.tokens(rebuilt.tools)
        if window is not None and tokens > window:  # a request as sent (--split call), never cut
            over += 1
            continue
        messages = wire(example.messages)
        line = openai_line(messages, rebuilt.tools) if format == "openai" \
            else sharegpt_line(messages, rebuilt.tools, state.counts)
        yield line, tokens, messages
    if cuts.malformed:
        state.totals["malformed_left_out"] += cuts.malformed
        state.skipped.append({"source": str(rebuilt.run_dir),
                              "reason": f"{cuts.malformed} answer{'' if cuts.malformed == 1 else 's'} with a "
                                        "malformed tool call (arguments that are not JSON) left out, each "
                                        "example cut just before it"
                                        + (" (--keep-malformed keeps them)" if format == "openai" else "")})
    if over:
        state.skipped.append({"source": str(rebuilt.run_dir),
                              "reason": f"{over} example{'' if over == 1 else 's'} over the window "
                                        f"({window} tokens: "
                                        + ("--split call keeps each request whole)" if split == "call"
                                           else "one turn alone is larger)")})


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
                    split: str = "day", window: int | None = None, filters: Filters | None = None,
                    overwrite: bool = False, keep_malformed: bool = False) -> TrainingReport:
    """Export the runs ``sources`` name as ``format`` examples into ``out`` (JSONL) and
    ``<out>.manifest.json``. Raises InputError (one line) for bad options, a source that is not
    a run, computer or batch folder, a run that cannot be rebuilt or is still running, an output
    inside a source folder or already there (unless ``overwrite``), or nothing to export."""
    filters = filters or Filters()
    filters.check()
    if format not in FORMAT_NAMES:
        raise InputError(f"unknown format {format!r}: use one of {', '.join(FORMAT_NAMES)}, dataset")
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    if window is not None and window <= 0:
        raise InputError(f"--window {window}: give a number of tokens above 0")
    if keep_malformed and format != "openai":
        raise InputError("--keep-malformed applies to the openai format only (LLaMA-Factory reads a "
                         "call's arguments as JSON)")
    path = Path(out)
    if path.suffix.lower() != ".jsonl":
        raise InputError(f"{path}: the {format} format writes .jsonl files")
    if not sources:
        raise InputError("nothing to export: give one or more run, computer or batch folders")
    found = run_sources([Path(s) for s in sources])
    manifest_path = path.with_name(path.name + ".manifest.json")
    check_outputs([path, manifest_path], [*map(Path, sources), *found.runs], overwrite)
    state = _Written(skipped=list(found.skipped))
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)  # a killed export's temporary
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            for run in found.runs:
                _export_run(run, stream, state, format, split, window, filters, keep_malformed)
        if not state.totals["examples"]:
            raise InputError(f"nothing to export: {_why_none(state, filters)}")
        manifest = {
            "format": format, "out": str(path.resolve()),
            "split": split if filters.role == "user" else "call", "window": window, "role": filters.role,
            "filters": {"min_score": filters.min_score, "since": filters.since, "until": filters.until},
            "keep_malformed": keep_malformed,
            **state.totals, "mean_tokens": round(state.totals["tokens"] / state.totals["examples"], 1),
            "bytes": Path(name).stat().st_size, "tokens_method": TOKENS_METHOD,
            "layout_changes": dict(sorted(state.counts.items())), "sources": state.sources,
            "skipped": state.skipped,
        }
        # The manifest first: a manifest that cannot be written leaves no export without one.
        write_bytes(manifest_path, (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode())
        os.chmod(name, 0o644)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return TrainingReport(path, manifest_path, manifest, state.totals["examples"], state.skipped)


def _why_none(state: _Written, filters: Filters) -> str:
    """Why an export has no example: what was skipped, the filters, or runs with no call."""
    if state.skipped:
        return "; ".join(f"{s['source']}: {s['reason']}" for s in state.skipped[:3])
    if filters.min_score is not None or filters.since or filters.until:
        return "the filters leave none"
    what = "answered model call of the user agent" if filters.role == "user" else "collaborator call"
    return f"the runs hold no {what}"


@dataclass
class _Written:
    """What an export has written so far: totals, sources, layout changes and what it skipped."""

    skipped: list[dict[str, str]]
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("examples", "messages", "tool_calls", "malformed_calls", "malformed_left_out", "tool_results",
         "tokens", "max_tokens"), 0))
    counts: dict[str, int] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)


def _export_run(run: Path, stream: BinaryIO, state: _Written, format: str, split: str,
                window: int | None, filters: Filters, keep_malformed: bool) -> None:
    """One run's examples, checked, onto ``stream``; its entry in the manifest's sources."""
    score = run_score(run)
    if filters.min_score is not None and (score is None or score < filters.min_score):
        why = f"score {score:.4f} below --min-score" if score is not None \
            else f"its {GRADE_FILE} is damaged (no score)" if (run / GRADE_FILE).exists() \
            else f"ungraded (no {GRADE_FILE})"
        state.skipped.append({"source": str(run), "reason": why})
        return
    rebuilt = rebuild(run)
    # A trimmed run's day is more than its model ever saw at once: its own window holds the
    # examples unless --window says otherwise (a request of --split call is as sent).
    own = run_window(rebuilt) if window is None and split != "call" and filters.role == "user" else None
    used = window if window is not None else own
    if filters.role == "user":
        made = _user_lines(rebuilt, format, split, used, filters, state, own is None, keep_malformed)
    else:
        made = _collaborator_lines(rebuilt, format, window, filters, state.skipped)
    totals, count = state.totals, 0
    for line, tokens, messages in made:
        if format == "openai":
            check_openai(line, used, tokens)
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
        "window": used, "window_from": "--window" if window is not None
        else "the run's own: its requests were trimmed to it" if own is not None else None,
        "tools_from": "tools.json" if rebuilt.tools_saved
        else "the current toolset (the run has no tools.json)",
        "arguments_key_order": "sorted (the run predates the kept order)" if rebuilt.sorted_arguments
        else "as sent"})
