"""batch.json: the batch as it stands, per computer and run (status, stage, turns, days,
score, tokens, cost, wall time, attempts and the reason of each failure), written atomically by
the driver alone as events arrive. A re-run reads it back to know what is finished and how many
times a failing job has been tried."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from synthcomp.atomic import write_json
from synthcomp.batch.spec import BatchSpec, Job
from synthcomp.errors import InputError
from synthcomp.runs.checkpoints import without_password
from synthcomp.runs.folder import GRADE_FILE

BATCH_FILE = "batch.json"
STATUSES = ("pending", "running", "finished", "paused", "failed", "interrupted")
SAVE_EVERY = 2.0  # seconds between two writes while only progress changes


class BatchRecord:
    """The jobs' entries, loaded from an earlier batch.json when there is one."""

    def __init__(self, spec: BatchSpec, jobs: list[Job]) -> None:
        self.path = Path(spec.out) / BATCH_FILE
        self.spec = spec
        earlier = _read(self.path)
        self.entries: dict[str, dict[str, Any]] = {}
        for job in jobs:
            entry = {**job.saved(), "computer_id": Path(job.computer_dir).name, "status": "pending",
                     "stage": "", "attempts": 0, "errors": [], "run_dir": None, "turns": None,
                     "days": None, "day": 0, "run_days": None, "messages_sent": None, "score": None,
                     "tokens": 0, "cost_usd": None, "wall_seconds": 0.0, "error": ""}
            entry.update({k: v for k, v in earlier.get(job.key, {}).items() if k in entry})
            if entry["status"] == "running":  # the batch that ran it was killed
                entry["status"] = "interrupted"
            self.entries[job.key] = entry
        self.started = time.time()
        self.ran: set[str] = set()  # the jobs that got a result in this invocation
        self._saved_at = 0.0

    def todo(self) -> list[str]:
        """The keys of the jobs this invocation runs: all but those finished and graded, and
        those failed as many times as allowed."""
        return [key for key, entry in self.entries.items() if not self.settled(key)]

    def settled(self, key: str) -> bool:
        """Whether a job is done with: finished and graded, or out of attempts."""
        entry = self.entries[key]
        if entry["status"] == "finished":
            return bool(entry["run_dir"]) and (Path(entry["run_dir"]) / GRADE_FILE).is_file()
        return entry["status"] == "failed" and entry["attempts"] >= self.spec.attempts

    def seen(self, event: dict[str, Any]) -> None:
        """Fold one event of a job into its entry."""
        entry = self.entries.get(event["key"])
        kind = event["kind"]
        if entry is None:
            return
        if kind == "stage":
            if entry["status"] != "running":
                entry["attempts"] += 1
            entry.update(status="running", stage=event["stage"])
            if event.get("run_dir"):
                entry["run_dir"] = event["run_dir"]
        elif kind == "progress":
            entry.update(day=event["day"], run_days=event["days"], turns=event["turn"])
        elif kind == "result":
            result = event["result"]
            self.ran.add(event["key"])
            if entry["status"] != "running":
                entry["attempts"] += 1
            entry.update({k: v for k, v in result.items() if k in entry and k != "key"})
            entry["stage"] = ""
            if result["status"] != "finished" and result.get("error"):
                entry["errors"] = [*entry["errors"], result["error"]][-10:]
            if result["status"] == "finished":
                entry["error"] = ""

    def counts(self) -> Counter[str]:
        """How many jobs are in each status."""
        return Counter(entry["status"] for entry in self.entries.values())

    def totals(self) -> dict[str, Any]:
        """Turns, tokens and cost over all jobs (cost None when a model's price is unknown)."""
        entries = list(self.entries.values())
        costs = [e["cost_usd"] for e in entries if e["tokens"]]
        return {"turns": sum(e["turns"] or 0 for e in entries),
                "tokens": sum(e["tokens"] or 0 for e in entries),
                "cost_usd": None if any(c is None for c in costs) else round(sum(costs), 6)}

    def interrupt_running(self) -> None:
        """Mark the jobs still running as interrupted (the batch stops without them)."""
        for entry in self.entries.values():
            if entry["status"] == "running":
                entry["status"] = "interrupted"

    def save(self, *, force: bool = False) -> None:
        """Write batch.json (at most every SAVE_EVERY seconds unless ``force``)."""
        now = time.monotonic()
        if not force and now - self._saved_at < SAVE_EVERY:
            return
        self._saved_at = now
        spec = self.spec.model_dump(mode="json")
        if spec["checkpointer"]:  # a password given in the URL is never written down
            spec["checkpointer"] = without_password(spec["checkpointer"])
        write_json(self.path, {"spec": spec,
                               "updated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                               "counts": dict(self.counts()), "totals": self.totals(),
                               "jobs": list(self.entries.values())})


def _read(path: Path) -> dict[str, dict[str, Any]]:
    """The entries of an earlier batch.json, by key ({} when there is none)."""
    if not path.is_file():
        return {}
    try:
        saved = json.loads(path.read_text("utf-8"))
        return {entry["key"]: entry for entry in saved["jobs"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path} is not a batch record ({exc}); move it away to start the "
                         "batch afresh") from exc
