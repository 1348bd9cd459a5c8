"""Benchmark: simulated turns per second over real HTTP, against the ideal N / latency.

Starts ``synthcomp serve-model --latency L`` (the offline model behind an OpenAI-compatible
API that waits L seconds before every answer, as a remote model does), then runs N simulations
at once in one process, each with its user agent on ``openai:offline``. Each turn makes one
model call, so if the framework adds nothing, N runs reach N / L turns per second. The
baseline in the same run is that ideal; the figure is the measured rate over it. It also splits
each turn's time into the model call (latency plus HTTP and serving) and everything else (tools,
checkpoints, the day's setup), which is CPU the runs share. Run:
``make bench`` (or ``python bench/bench_http_concurrency.py --latency 0.2 --runs 1 4 8``).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from served_runs import CallClock, copies, planned_and_served

from synthcomp.api.simulate import simulate


def _batch(planned: Path, work: Path, runs: int, turns: int) -> tuple[int, float]:
    """Run ``runs`` simulations at once; return their turns and the wall time."""
    folders = copies(planned, work, runs, f"n{runs}")

    def one(folder: Path) -> int:
        run = simulate(folder, model="openai:offline", collaborator_model="offline", days=1,
                       max_turns=turns, day_turns=turns, run_id="bench")
        return int(json.loads((run / "summary.json").read_text("utf-8"))["turns"])

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=runs) as pool:
        done = sum(pool.map(one, folders))
    return done, time.perf_counter() - started


def main() -> None:
    """Print turns per second against N / latency for each N."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--runs", type=int, nargs="+", default=[1, 4, 8])
    parser.add_argument("--turns", type=int, default=40, help="turns per run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        with planned_and_served(work, args.latency) as (planned, _):
            clock = CallClock()
            print(f"latency {args.latency * 1000:.0f} ms per answer, {args.turns} turns per run")
            print(f"{'runs':>5} {'turns':>6} {'seconds':>8} {'turns/s':>8} {'ideal':>7} {'ratio':>6}"
                  f" {'call ms':>8} {'rest ms':>8}")
            for runs in args.runs:
                clock.reset()
                turns, seconds = _batch(planned, work, runs, args.turns)
                rate, ideal = turns / seconds, runs / args.latency
                call = clock.seconds / max(1, clock.calls)
                rest = seconds * runs / max(1, turns) - call
                print(f"{runs:>5} {turns:>6} {seconds:>8.2f} {rate:>8.2f} {ideal:>7.2f} "
                      f"{rate / ideal:>6.2f} {call * 1000:>8.0f} {rest * 1000:>8.0f}")
            print("call ms: mean user-model call (latency + HTTP + serving); rest ms: the rest of "
                  "a turn's wall time in its run (tools, checkpoints, day setup, waiting for CPU)")


if __name__ == "__main__":
    main()
