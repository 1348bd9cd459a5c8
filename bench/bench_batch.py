"""Benchmark: an offline batch (8 bundled personas x 1 trial x 2 days by default), build -> plan
-> simulate -> grade through ``run_batch``, on the local backend with 1 and 2 worker processes
and on a local Ray with 2 workers, each into a fresh folder. Reports computers per minute, the
speed-ups over one worker (issue 17's targets: >= 1.7x for 2 local workers on 2 cores; Ray's is
reported), the Ray start-up (from the call to the first job started, included in its wall time),
and whether the three batches made the same runs (grades, turns, trajectories), which they must.

The machine's load average is printed first: on a shared machine other work takes cores from
the workers and lowers the speed-ups. Run: ``make bench`` (or ``python bench/bench_batch.py
--personas 8 --days 2``; ``--no-ray`` skips Ray).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from synthcomp.api.batch import run_batch
from synthcomp.batch.spec import BatchSpec
from synthcomp.checks.inputs import DEFAULT_TARGET_FILES
from synthcomp.personas import bundled_personas
from synthcomp.runs.folder import TRAJECTORY_FILE


def _runs(out: Path) -> dict[str, Any]:
    """Per job: what must not depend on the backend (status, score, turns, the trajectory)."""
    record = json.loads((out / "batch.json").read_text("utf-8"))
    runs = {}
    for entry in record["jobs"]:
        trajectory = Path(entry["run_dir"]) / TRAJECTORY_FILE if entry["run_dir"] else None
        events = {}
        if trajectory is not None and trajectory.is_file():
            for line in trajectory.read_text("utf-8").splitlines():
                events[json.loads(line)["key"]] = line
        runs[entry["key"]] = (entry["status"], entry["score"], entry["turns"],
                              [events[k] for k in sorted(events)])
    return runs


def _one(name: str, root: Path, personas: list[str], args: argparse.Namespace, *, workers: int,
         backend: str) -> dict[str, Any]:
    out = root / name
    spec = BatchSpec(out=str(out), personas=personas, days=args.days, files=args.files, workers=workers,
                     concurrency=args.concurrency, backend=backend)
    first: list[float] = []

    def seen(record: Any, event: dict[str, Any]) -> None:
        if event["kind"] == "started" and not first:
            first.append(time.perf_counter())

    started = time.perf_counter()
    record = run_batch(spec, on_event=seen)
    wall = time.perf_counter() - started
    counts = record.counts()
    turns = record.totals()["turns"]
    row = {"name": name, "wall": wall, "per_minute": len(personas) / wall * 60, "turns": turns,
           "finished": counts["finished"], "jobs": len(record.entries),
           "startup": (first[0] - started) if first else None, "runs": _runs(out)}
    print(f"{name:<16} {row['finished']}/{row['jobs']} finished  {wall:7.1f} s  "
          f"{row['per_minute']:6.2f} computers/min  {turns / wall:7.1f} turns/s"
          + (f"  (first job started after {row['startup']:.1f} s)" if row["startup"] is not None else ""),
          flush=True)
    return row


def main() -> int:
    """Run the three batches and print the figures; exit 1 when their runs differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--personas", type=int, default=8, help="bundled personas (default 8)")
    parser.add_argument("--days", type=int, default=2, help="working days per run (default 2)")
    parser.add_argument("--files", type=int, default=DEFAULT_TARGET_FILES, help="files per computer")
    parser.add_argument("--concurrency", type=int, default=4, help="runs at once per worker (default 4)")
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray batch")
    parser.add_argument("--out", type=Path, default=None,
                        help="keep the batches here (default: a temp folder)")
    args = parser.parse_args()
    personas = bundled_personas()[:args.personas]
    load = os.getloadavg()
    print(f"batch benchmark: {len(personas)} personas x 1 trial x {args.days} days, {args.files} files, "
          f"concurrency {args.concurrency}; {os.cpu_count()} cores, load average "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} before the start", flush=True)
    # A short Ray temp folder of our own (Ray's unix sockets must fit in 107 bytes), removed after.
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as temp, \
            tempfile.TemporaryDirectory(prefix="ray", dir="/tmp") as ray_temp:
        root = args.out or Path(temp)
        os.environ.setdefault("RAY_TMPDIR", ray_temp)
        rows = [_one("local 1 worker", root, personas, args, workers=1, backend="local"),
                _one("local 2 workers", root, personas, args, workers=2, backend="local")]
        if not args.no_ray:
            rows.append(_one("ray 2 workers", root, personas, args, workers=2, backend="ray"))
        base = rows[0]["per_minute"]
        for row in rows[1:]:
            print(f"speed-up {row['name']:<16} {row['per_minute'] / base:5.2f}x over 1 local worker"
                  + ("  (target >= 1.7x on 2 cores)" if row["name"].startswith("local 2") else ""))
        if not args.no_ray and rows[2]["startup"] is not None:
            steady = rows[2]["wall"] - rows[2]["startup"]
            print(f"ray 2 workers without its start-up: {len(personas) / steady * 60:.2f} computers/min, "
                  f"{len(personas) / steady * 60 / base:.2f}x")
        same = all(row["runs"] == rows[0]["runs"] for row in rows[1:])
        scores = [run[1] for run in rows[0]["runs"].values()]
        print(f"same runs on every backend (status, score, turns, trajectory): {'yes' if same else 'NO'}; "
              f"scores {', '.join(f'{s:.3f}' if s is not None else '-' for s in scores)}")
        return 0 if same and all(row["finished"] == row["jobs"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
