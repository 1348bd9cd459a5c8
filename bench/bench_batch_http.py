"""Benchmark: a batch of many concurrent runs over HTTP, against the ideal N / latency and the
machine's CPU bound.

Starts ``synthcomp serve-model --latency L`` (the offline model behind an OpenAI-compatible API
that waits L seconds before each answer, as a remote model does), plans one small computer, then
runs N trials of it at once through ``run_batch`` on W local worker processes (N / W runs per
worker, in threads), each run's user agent on ``openai:offline``. Each turn is one model call,
so with nothing else in the way N runs reach N / L turns per second; on a small machine the CPU
(the workers' tools, checkpoints and request building, and the server answering) bounds it
lower: cores / (CPU seconds per turn). The figure is the measured rate over min(ideal, CPU
bound), taken over the window where every run is working (all started, none finished yet). It
also prints CPU ms per turn in the workers (outside the model call) and in the server, memory
per run and tokens per second. Run: ``python bench/bench_batch_http.py`` (defaults: 256 runs, 2
workers, 2 s latency) or ``--runs 64 --workers 1``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from served_runs import planned_and_served

from synthcomp.api.batch import run_batch
from synthcomp.batch.record import BatchRecord
from synthcomp.batch.spec import BatchSpec
from synthcomp.models.settings import ModelConfig

TICK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Window:
    """Turns, CPU and memory from the moment every run works to the moment the first ends."""

    def __init__(self, runs: int, server: int) -> None:
        self.runs, self.server = runs, server
        self.working: set[str] = set()
        self.start: dict[str, Any] | None = None
        self.end: dict[str, Any] | None = None
        self.idle_rss: dict[int, float] = {}

    def sample(self, record: BatchRecord) -> dict[str, Any]:
        workers = [p.pid for p in multiprocessing.active_children() if p.pid]
        return {"time": time.perf_counter(), "turns": record.totals()["turns"],
                "workers": {pid: _cpu_seconds(pid) for pid in workers},
                "server": _cpu_seconds(self.server), "rss": {pid: _rss_mb(pid) for pid in workers}}

    def __call__(self, record: BatchRecord, event: dict[str, Any]) -> None:
        pid = event.get("pid")
        if pid and pid not in self.idle_rss:
            self.idle_rss[pid] = _rss_mb(pid)  # a worker's memory before its runs grow
        if event["kind"] == "progress":
            self.working.add(event["key"])
            if self.start is None and len(self.working) == self.runs:
                self.start = self.sample(record)
        elif event["kind"] == "result" and self.end is None and self.start is not None:
            self.end = self.sample(record)


def main() -> None:
    """Print the batch's turn rate against min(ideal, CPU bound), CPU per turn and memory."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=256)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--turns", type=int, default=24, help="turns per run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        with planned_and_served(work, args.latency) as (planned, server):
            window = Window(args.runs, server.pid)
            spec = BatchSpec(out=str(work / "batch"), computers=[str(planned)], trials=args.runs, days=1,
                             max_turns=args.turns, workers=args.workers,
                             concurrency=-(-args.runs // args.workers),
                             models=ModelConfig().with_roles(user="openai:offline"))
            started = time.perf_counter()
            record = run_batch(spec, on_event=window)
            wall = time.perf_counter() - started
    report(args, window, record, wall)


def report(args: argparse.Namespace, window: Window, record: BatchRecord, wall: float) -> None:
    """Print the figures of the window."""
    counts = record.counts()
    print(f"{args.runs} runs over {args.workers} worker(s), {args.latency:.1f} s latency, "
          f"{args.turns} turns a run: {counts['finished']} finished in {wall:.1f} s")
    if window.start is None or window.end is None:
        print("no window where every run was working: too few turns a run for this many runs")
        return
    start, end = window.start, window.end
    seconds, turns = end["time"] - start["time"], end["turns"] - start["turns"]
    workers_cpu = sum(end["workers"].get(pid, 0) - cpu for pid, cpu in start["workers"].items())
    server_cpu = end["server"] - start["server"]
    rate, ideal = turns / seconds, args.runs / args.latency
    per_turn = (workers_cpu + server_cpu) / max(turns, 1)
    cores = os.cpu_count() or 1
    bound = cores / per_turn if per_turn else float("inf")
    rss = sum(end["rss"].values()) - sum(window.idle_rss.get(pid, 0) for pid in end["rss"])
    tokens = record.totals()["tokens"]
    print(f"window {seconds:.1f} s: {turns:,} turns, {rate:.1f} turns/s; ideal {ideal:.1f}, "
          f"CPU bound {bound:.1f} ({cores} cores / {per_turn * 1000:.1f} ms CPU a turn)")
    print(f"ratio to min(ideal, CPU bound): {rate / min(ideal, bound):.2f}")
    print(f"CPU ms a turn: workers {workers_cpu / max(turns, 1) * 1000:.1f} (outside the model call), "
          f"server {server_cpu / max(turns, 1) * 1000:.1f} (the offline model answering over HTTP)")
    print(f"memory: {rss / args.runs:.1f} MB a run (workers' RSS over their idle RSS, "
          f"{', '.join(f'{v:.0f}' for v in window.idle_rss.values())} MB idle)")
    print(f"tokens: {tokens:,} in all, {tokens / wall:,.0f} tokens/s over the whole batch")


if __name__ == "__main__":
    main()
