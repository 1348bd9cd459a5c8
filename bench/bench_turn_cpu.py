"""Benchmark: what a simulated turn costs the process that runs it, against a remote-like model.

Starts ``synthcomp serve-model --latency L`` (2 s by default: the offline model behind an
OpenAI-compatible API, answering after L seconds), then runs N simulations at once in this
process (threads), each with its user agent on ``openai:offline``. The model's own work is the
server's; everything else of a turn is this process's: the request build and HTTP, the tools
(office files), the checkpoint, LangGraph. For each N it reports:

- turns/s against the ideal N / L (each turn makes one call): over the whole batch (start-up
  included) and once every run is at work (``steady``: while every run is between its first
  call and its last);
- CPU ms per turn of this process (``time.process_time``, the server being another process),
  split into the model call's client side (request, HTTP, answer), the tools and the rest, and
  the cores it kept busy (CPU over wall time; the GIL holds one interpreter near 1). A run's first
  turns carry its start-up and the first reads of its files: later turns cost less;
- peak memory per run: this process's resident memory, sampled, above what it held before the
  batch, over N;
- tokens/s: the runs' counted tokens (usage.json) over the batch's wall time.

The baseline in the same run is N=1: the same figures with no other run beside it. Targets
(issue 17): 64 runs >= 0.9 of the ideal at 2 s, <= 10 ms CPU a turn, <= 40 MB a run. Run:
``make bench`` (or ``python bench/bench_turn_cpu.py --latency 2 --runs 1 64 --turns 30``).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.tools import BaseTool
from served_runs import CallClock, copies, planned_and_served

from synthcomp.api.simulate import simulate

PAGE = os.sysconf("SC_PAGE_SIZE")


def _resident(statm: int) -> int:
    """This process's resident memory now, in bytes (``statm``: /proc/self/statm, open)."""
    return int(os.pread(statm, 100, 0).split()[1]) * PAGE


class _Sampler:
    """This process's CPU time and resident memory while a block runs, four times a second
    (sampling costs CPU too: 20 times a second was 7 ms a turn for one run)."""

    def __init__(self) -> None:
        self._statm = os.open("/proc/self/statm", os.O_RDONLY)
        self.samples = [self._now()]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _now(self) -> tuple[float, float, int]:
        return time.perf_counter(), time.process_time(), _resident(self._statm)

    def _sample(self) -> None:
        while not self._stop.wait(0.25):
            self.samples.append(self._now())

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.samples.append(self._now())
        os.close(self._statm)

    def growth(self) -> int:
        """The highest resident memory above the first sample, in bytes."""
        return max(rss for *_, rss in self.samples) - self.samples[0][2]

    def cpu_between(self, start: float, end: float) -> float:
        """CPU seconds spent between two perf_counter times (interpolated between samples)."""
        return self._cpu_at(end) - self._cpu_at(start)

    def _cpu_at(self, when: float) -> float:
        before = max((s for s in self.samples if s[0] <= when), default=self.samples[0])
        after = min((s for s in self.samples if s[0] >= when), default=self.samples[-1])
        if after[0] <= before[0]:
            return before[1]
        return before[1] + (after[1] - before[1]) * (when - before[0]) / (after[0] - before[0])


class _ToolClock:
    """CPU this process spends running tools (every tool call goes through BaseTool.run)."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self._lock = threading.Lock()
        real = BaseTool.run

        def timed(tool: BaseTool, *args: Any, **kwargs: Any) -> Any:
            cpu = time.thread_time()
            try:
                return real(tool, *args, **kwargs)
            finally:
                with self._lock:
                    self.cpu += time.thread_time() - cpu

        BaseTool.run = timed  # type: ignore[method-assign]


@dataclass
class Figures:
    """One batch's figures."""

    runs: int
    turns: int
    seconds: float
    steady_turns: int
    steady_seconds: float
    steady_cpu: float
    cpu: float
    call_cpu: float
    tool_cpu: float
    memory: int
    tokens: int
    last_start: float  # seconds from the batch's start to the last run's first call
    call_wall: float  # mean seconds of a user-model call (the latency, HTTP, the server's work)


def _batch(planned: Path, work: Path, runs: int, turns: int, calls: CallClock,
           tools: _ToolClock, label: str = "") -> Figures:
    """Run ``runs`` simulations of ``turns`` turns at once and measure them."""
    folders = copies(planned, work, runs, label or f"n{runs}")

    def one(folder: Path) -> tuple[int, int]:
        run = simulate(folder, model="openai:offline", collaborator_model="offline", days=1,
                       max_turns=turns, day_turns=turns, run_id="bench")
        usage = json.loads((run / "usage.json").read_text("utf-8"))["total"]
        summary = json.loads((run / "summary.json").read_text("utf-8"))
        return int(summary["turns"]), int(usage["input_tokens"]) + int(usage["output_tokens"])

    calls.reset()
    tool_cpu = tools.cpu
    cpu, started = time.process_time(), time.perf_counter()
    with _Sampler() as sampler, ThreadPoolExecutor(max_workers=runs) as pool:
        done = list(pool.map(one, folders))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    steady_turns, (steady_start, steady_end) = calls.steady()
    first_calls = [spans[0][0] for spans in calls.spans.values() if spans]
    return Figures(runs, sum(t for t, _ in done), seconds, steady_turns, steady_end - steady_start,
                   sampler.cpu_between(steady_start, steady_end), cpu, calls.cpu,
                   tools.cpu - tool_cpu, sampler.growth(), sum(k for _, k in done),
                   max(first_calls, default=started) - started, calls.seconds / max(1, calls.calls))


def _print(figures: Figures, latency: float) -> None:
    f, ideal = figures, figures.runs / latency
    rate = f.turns / f.seconds
    steady = f.steady_turns / f.steady_seconds if f.steady_seconds else 0.0
    per_turn = 1000 / max(1, f.turns)
    steady_cpu = f.steady_cpu * 1000 / f.steady_turns if f.steady_turns else 0.0
    print(f"{f.runs:>5} {f.turns:>6} {f.seconds:>7.1f} {rate:>8.2f} {ideal:>6.1f} {rate / ideal:>6.2f} "
          f"{steady / ideal:>7.2f} {f.cpu * per_turn:>7.1f} {steady_cpu:>7.1f} "
          f"{f.call_cpu * per_turn:>6.1f} {f.tool_cpu * per_turn:>6.1f} "
          f"{(f.cpu - f.call_cpu - f.tool_cpu) * per_turn:>6.1f} {f.cpu / f.seconds:>5.2f} "
          f"{f.memory / f.runs / 2**20:>7.1f} {f.tokens / f.seconds:>9,.0f} {f.last_start:>6.1f} "
          f"{f.call_wall:>6.3f}")


def main() -> None:
    """Print the figures for each N, N=1 first as the baseline."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=2.0, help="seconds the server waits")
    parser.add_argument("--runs", type=int, nargs="+", default=[1, 64])
    parser.add_argument("--turns", type=int, default=30, help="turns per run")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        with planned_and_served(work, args.latency) as (planned, _):
            calls, tools = CallClock(), _ToolClock()
            # Imports (some only at a first office read or prompt), first connection, first
            # graph: once a process, not a turn's cost (2 turns left 10 ms a turn of them).
            _batch(planned, work, 1, min(10, args.turns), calls, tools, label="warm-up")
            print(f"latency {args.latency:g} s per answer, {args.turns} turns per run, "
                  f"{os.cpu_count()} cores")
            print(f"{'runs':>5} {'turns':>6} {'wall s':>7} {'turns/s':>8} {'ideal':>6} {'ratio':>6} "
                  f"{'steady':>7} {'cpu ms':>7} {'steady':>7} {'call':>6} {'tools':>6} {'rest':>6} "
                  f"{'cores':>5} {'MB/run':>7} {'tokens/s':>9} {'start':>6} {'call s':>6}")
            for runs in args.runs:
                _print(_batch(planned, work, runs, args.turns, calls, tools), args.latency)
            print("ratio: turns/s over ideal (runs / latency), start-up included; steady: the same "
                  "while every run is at work. cpu ms: this process's CPU per turn (the model's "
                  "answer is the server's), start-up included, then while every run is at work; "
                  "the first split into the call's client side (request, HTTP, answer), the tools "
                  "and the rest (checkpoints, LangGraph, each run's start-up); cores: this "
                  "process's CPU over wall time (one interpreter: at most ~1 with the GIL). MB/run: "
                  "peak resident memory above the start, over the runs. start: seconds until the "
                  "last run made its first call (the runs' start-ups share the interpreter); call s: "
                  "the mean wall time of a model call, the latency included.")
    print(f"({time.perf_counter() - started:.0f} s in all)")


if __name__ == "__main__":
    main()
