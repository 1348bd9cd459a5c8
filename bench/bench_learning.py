"""Benchmark: what a run's outputs cost next to the run itself.

One offline run of the Lyon computer (``--days``, 20 by default: a month of about 2,000 turns)
is simulated and graded; then each output of issue 18 is made from it and timed against the
simulation's own wall time, in the same process (a ratio holds on a noisy machine, an absolute
time does not):

- the retrospective (retro_run, offline judge), and grading again with 3 samples;
- the training exports: openai by day, by call (every request as sent) and with a 32k window,
  sharegpt by day; their examples, tokens and bytes (the first export also loads the export
  code and langchain-openai's message conversion);
- the report page: its bytes;
- skills written from the run.

Run: ``make bench`` (or ``python bench/bench_learning.py --days 5``).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from synthcomp.api.build import build_computer
from synthcomp.api.export import export_training
from synthcomp.api.grade import grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.report import write_report
from synthcomp.api.retro import retro_run
from synthcomp.api.simulate import simulate
from synthcomp.api.skills import write_skills
from synthcomp.runs.folder import read_summary

PERSONA = "A procurement manager at a mid-size hospital in Lyon"


def _timed(what: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = what()
    return result, time.perf_counter() - started


def main() -> None:
    """Simulate one run, make every output from it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        computer = build_computer(PERSONA, root / "lyon", seed=7)
        plan_computer(computer, seed=7)
        run, simulated = _timed(lambda: simulate(computer, days=args.days, seed=7))
        turns = read_summary(run)["turns"]
        _, graded = _timed(lambda: grade_run(run))
        print(f"run: {args.days} days, {turns} turns, simulated in {simulated:.1f} s, "
              f"graded in {graded:.2f} s")
        rows: list[tuple[str, float, str]] = []
        retro, seconds = _timed(lambda: retro_run(run))
        rows.append(("retrospective", seconds, f"{len(retro.experience)} experience items"))
        _, seconds = _timed(lambda: grade_run(run, samples=3))
        rows.append(("grade --samples 3", seconds, ""))
        for name, format, options in (("openai, by day", "openai", {}),
                                      ("openai, by call", "openai", {"split": "call"}),
                                      ("openai, window 32k", "openai", {"window": 32_000}),
                                      ("sharegpt, by day", "sharegpt", {})):
            out = root / f"{name.replace(', ', '-').replace(' ', '_')}.jsonl"
            report, seconds = _timed(partial(export_training, [run], out, format, **options))
            made = report.manifest
            rows.append((f"export {name}", seconds,
                         f"{made['examples']:,} examples, ~{made['tokens']:,} tokens (largest "
                         f"{made['max_tokens']:,}), {out.stat().st_size / 1e6:.1f} MB"))
        page, seconds = _timed(lambda: write_report(run, root / "page.html"))
        rows.append(("report page", seconds, f"{page.stat().st_size / 1e3:.0f} kB"))
        _, seconds = _timed(lambda: write_skills([run], root / "skills"))
        rows.append(("skills from the run", seconds, ""))
        width = max(len(name) for name, _, _ in rows)
        for name, seconds, detail in rows:
            print(f"{name:<{width}}  {seconds:7.2f} s  {seconds / simulated:6.1%} of the run's "
                  f"simulation  {detail}")


if __name__ == "__main__":
    main()
