"""batch.json: the batch as it stands, per computer and run (status, stage, turns, days,
score, tokens, cost, wall time, attempts and the reason of each failure), written atomically by
the driver alone as events arrive. A re-run reads it back to know what is finished and how many
times a failing job has been tried."""

from __future__ import annotations

import hashlib
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
        options = options_of(spec)
        self.entries: dict[str, dict[str, Any]] = {}
        for job in jobs:
            entry = {**job.saved(), "computer_id": Path(job.computer_dir).name, "options": options,
                     "status": "pending", "stage": "", "attempts": 0, "errors": [], "run_dir": None,
                     "turns": None, "days": None, "day": 0, "run_days": None, "messages_sent": None,
                     "score": None, "tokens": 0, "cost_usd": None, "setup_tokens": 0,
                     "setup_cost_usd": None, "wall_seconds": 0.0, "error": ""}
            before = earlier.get(job.key, {})
            if before.get("options") == options:  # other days, models or budgets: another run
                entry.update({k: v for k, v in before.items() if k in entry})
            if entry["status"] == "running":  # the batch that ran it was killed
                entry["status"] = "interrupted"
            self.entries[job.key] = entry
        self.started = time.time()
        self.ran: set[str] = set()  # the jobs that got a result in this invocation
        self.failed_now: Counter[str] = Counter()  # failures in this invocation
        self._saved_at = 0.0

    def todo(self) -> list[str]:
        """The keys of the jobs the next round of this invocation runs: those not settled,
        except the ones that failed ``spec.attempts`` times or paused in this invocation (a
        model that stays down); a new invocation tries them again."""
        return [key for key, entry in self.entries.items() if not self.settled(key)
                and self.failed_now[key] < self.spec.attempts
                and not (entry["status"] == "paused" and key in self.ran)]

    def settled(self, key: str) -> bool:
        """Whether a job is done with: finished and graded."""
        entry = self.entries[key]
        return (entry["status"] == "finished" and bool(entry["run_dir"])
                and (Path(entry["run_dir"]) / GRADE_FILE).is_file())

    def seen(self, event: dict[str, Any]) -> None:
        """Fold one event of a job into its entry."""
        entry = self.entries.get(event["key"])
        kind = event["kind"]
        if entry is None:
            return
        if kind in ("started", "stage"):
            if entry["status"] != "running":
                entry["attempts"] += 1  # a try begins (a resume after an interruption too)
            entry["status"] = "running"
            entry["stage"] = event.get("stage", entry["stage"])
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
            if result["status"] == "failed":
                self.failed_now[event["key"]] += 1
            if result["status"] != "finished" and result.get("error"):
                entry["errors"] = [*entry["errors"], result["error"]][-10:]
            if result["status"] == "finished":
                entry.update(error="", day=entry["run_days"] or entry["day"])

    def counts(self) -> Counter[str]:
        """How many jobs are in each status."""
        return Counter(entry["status"] for entry in self.entries.values())

    def totals(self) -> dict[str, Any]:
        """Turns, and tokens and cost over all runs plus each computer's build and plan once
        (cost None when a model's price is unknown)."""
        entries = list(self.entries.values())
        setups = {e["computer_dir"]: (e["setup_tokens"] or 0, e["setup_cost_usd"]) for e in entries
                  if e["setup_tokens"]}
        spent = [(e["tokens"] or 0, e["cost_usd"]) for e in entries if e["tokens"]] + list(setups.values())
        costs = [cost for _, cost in spent]
        return {"turns": sum(e["turns"] or 0 for e in entries),
                "tokens": sum(tokens for tokens, _ in spent),
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


def options_of(spec: BatchSpec) -> str:
    """What makes a job's run the run it is (days, budgets, seed, files, every role's model, the
    skills folder when there is one): a re-run with other options makes other runs, not the old
    ones again."""
    models = spec.models
    what = [spec.days, spec.max_turns, spec.seed, spec.files, models.roles.model_dump(),
            models.window_for(models.model_for("user")),
            *([{"skills": spec.skills}] if spec.skills else [])]  # absent: fingerprints as before
    return hashlib.sha256(json.dumps(what, sort_keys=True, default=str).encode()).hexdigest()[:12]


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
