"""A run's summary.json: what the run did (turns, days, files created and edited, messages,
deliverables marked done), its status, and why a paused run paused."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from synthcomp.atomic import write_json
from synthcomp.models.settings import redact
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.folder import SUMMARY_FILE


def summary_counts(state: dict[str, Any]) -> dict[str, Any]:
    """Turns, days, messages and work marked done, from a final state."""
    return {"turns": state.get("turn", 0), "days": state.get("day", 0),
            "messages_sent": len(state.get("outbox") or []),
            "messages_received": len(state.get("inbox") or []),
            "done": list(state.get("done") or []), "status": state.get("status", ""),
            "log": list(state.get("log") or []),
            # The month as it happened: what collaborators' events changed (grading follows it).
            "plan_changes": list(state.get("changes") or [])}


def write_summary(context: SimulationContext, state: dict[str, Any], status: str, events: int,
                  seconds: float, reason: str = "") -> None:
    """summary.json: turns, days, files created and edited, messages, deliverables done, and
    why a paused run paused."""
    computer = context.computer()
    known = {f["path"]: f["sha256"] for f in context.manifest()["file_list"]}
    created, edited = [], []
    for relative in computer.files():
        if relative not in known:
            created.append(relative)
        elif hashlib.sha256((computer.drive / relative).read_bytes()).hexdigest() != known[relative]:
            edited.append(relative)
    deliverables = [d["id"] for o in context.plan()["objectives"] for d in o["deliverables"]]
    counts = summary_counts(state)
    # A provider's error may echo the key it was sent: never on disk, nor printed from here.
    summary = {**counts, "status": status, **({"reason": redact(reason)} if reason else {}),
               "run_id": Path(context.run_dir).name,
               "files_created": created, "files_edited": edited, "trajectory_events": events,
               "deliverables_done": [d for d in deliverables if d in counts["done"]],
               "deliverables_total": len(deliverables), "wall_seconds": round(seconds, 2)}
    write_json(Path(context.run_dir) / SUMMARY_FILE, summary)
