"""What exists: the computers under a folder, the runs of each, and each run's status as its
files tell it (`synthcomp runs`, and `resume` given a computer)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from synthcomp.computer import Computer
from synthcomp.runs.folder import (
    CONTEXT_FILE,
    GRADE_FILE,
    USAGE_FILE,
    has_checkpoints,
    is_locked,
    read_summary,
)

# Folders a search for computers never enters: a computer's own contents, and the usual
# heavy trees of a project folder.
SKIPPED = {"drive", "meta", "runs", ".git", ".venv", "node_modules", "__pycache__"}
MAX_DEPTH = 4


@dataclass(frozen=True)
class RunRow:
    """One run as `synthcomp runs` shows it."""

    computer: str
    run_id: str
    run_dir: str
    status: str  # running, finished, paused, interrupted, not started
    reason: str
    days: int | None
    turns: int | None
    deliverables_done: int | None
    deliverables_total: int | None
    score: float | None
    cost_usd: float | None  # None: unknown (a price or a token count was missing)
    calls: int

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        return asdict(self)


def find_computers(root: Path, max_depth: int = MAX_DEPTH) -> list[Path]:
    """The computers at or under ``root`` (at most ``max_depth`` folders down), in path order."""
    if Computer(root).is_built():
        return [root]
    found: list[Path] = []
    base = len(root.parts)
    for folder, subfolders, _ in os.walk(root):
        here = Path(folder)
        if here != root and Computer(here).is_built():
            found.append(here)
            subfolders[:] = []
            continue
        depth = len(here.parts) - base
        subfolders[:] = sorted(s for s in subfolders if s not in SKIPPED and depth < max_depth)
    return sorted(found)


def run_folders(computer: Computer) -> list[Path]:
    """The computer's run folders, oldest first."""
    if not computer.runs.is_dir():
        return []
    folders = [p.parent for p in computer.runs.glob(f"*/{CONTEXT_FILE}")]
    return sorted(folders, key=lambda p: (_started(p), p.name))


def _started(run_dir: Path) -> float:
    # context.json is written when the run starts (and again only by a resume that changes
    # its model): a good enough order, and no clock time in a run's files.
    return (run_dir / CONTEXT_FILE).stat().st_mtime


def run_status(run_dir: Path) -> tuple[str, str]:
    """(status, reason) of a run, from its lock and files."""
    if is_locked(run_dir):
        return "running", ""
    summary = read_summary(run_dir)
    if summary.get("status") in ("finished", "paused"):
        return str(summary["status"]), str(summary.get("reason") or "")
    if has_checkpoints(run_dir):
        return "interrupted", "stopped without a summary (killed?): resume it"
    return "not started", ""


def run_row(run_dir: Path) -> RunRow:
    """What the run's files say about it."""
    status, reason = run_status(run_dir)
    summary = read_summary(run_dir)
    done = summary.get("deliverables_done")
    usage = _read_json(run_dir / USAGE_FILE).get("total") or {}
    score = _read_json(run_dir / GRADE_FILE).get("score")
    return RunRow(computer=str(run_dir.parent.parent), run_id=run_dir.name, run_dir=str(run_dir),
                  status=status, reason=reason, days=_int(summary.get("days")),
                  turns=_int(summary.get("turns")),
                  deliverables_done=len(done) if isinstance(done, list) else None,
                  deliverables_total=_int(summary.get("deliverables_total")),
                  score=float(score) if isinstance(score, int | float) else None,
                  cost_usd=usage.get("cost_usd") if isinstance(usage.get("cost_usd"), int | float)
                  else None, calls=_int(usage.get("calls")) or 0)


def runs_of(computer: Computer) -> list[RunRow]:
    """Every run of a computer, oldest first."""
    return [run_row(folder) for folder in run_folders(computer)]


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def runs_hint(computer: Computer) -> str:
    """What to tell someone who named a computer where a run was expected: its last runs and
    which one to resume."""
    rows = runs_of(computer)
    if not rows:
        return f"it has no runs yet: start one with `synthcomp simulate {computer.root}`"
    listed = ", ".join(f"{row.run_id} ({row.status})" for row in rows[-5:])
    listed += f" and {len(rows) - 5} earlier" if len(rows) > 5 else ""
    waiting = [row for row in rows if row.status in ("paused", "interrupted")]
    todo = (f"resume one with `synthcomp resume {waiting[-1].run_dir}`" if waiting
            else "none of them is waiting to be resumed")
    return f"its runs: {listed}; {todo} (`synthcomp runs {computer.root}` shows more)"
