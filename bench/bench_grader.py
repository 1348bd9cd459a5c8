"""Benchmark: grading a month's run, against reading its deliverables bare.

Builds a computer, plans it and simulates the offline month (every deliverable drafted), then
grades the run (the grader graph: string checks, the offline judge, grade.json) and, as the
baseline in the same run, reads the same deliverables with ``office.read_text`` (formulas and
computed values for workbooks) and nothing else. Prints both times (median of 3) and the ratio:
what the rubric checks, the judge and the graph add to the reading every grade must do. Run:
``make bench`` (or ``python bench/bench_grader.py --files 120``).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from synthcomp import office
from synthcomp.api.build import build_computer
from synthcomp.api.grade import grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.schemas import MonthPlan

PERSONA = "A procurement manager at a mid-size hospital in Lyon"
REPEATS = 3


def _read_bare(drive: Path, plan: MonthPlan) -> int:
    """Read every deliverable that exists, as the grader must; return the characters read."""
    chars = 0
    for deliverable in plan.deliverables():
        path = drive / deliverable.path
        if path.is_file():
            chars += len(office.read_text(path))
            if deliverable.format == "xlsx":
                chars += len(office.read_text(path, values=True))
    return chars


def _median_seconds(work: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Print the grading time, the bare reading time and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=120)
    parser.add_argument("--days", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = build_computer(PERSONA, Path(scratch) / "c", seed=0, target_files=args.files)
        plan_computer(folder, seed=0)
        run = simulate(folder, days=args.days, seed=0)
        plan = MonthPlan.model_validate_json((folder / "meta" / "plan.json").read_text("utf-8"))
        graded = grade_run(run)
        bare = _median_seconds(lambda: _read_bare(folder / "drive", plan))
        grading = _median_seconds(lambda: grade_run(run))
        judged = sum(c.method == "judge" for d in graded.deliverables for c in d.criteria)
        print(f"run: {args.days} days on {args.files} files; {graded.deliverables_present}/"
              f"{graded.deliverables_graded} deliverables present, {graded.criteria_total} criteria "
              f"({judged} for the judge), score {graded.score:.0%}")
        print(f"grade_run        {grading * 1000:8.1f} ms (median of {REPEATS})")
        print(f"bare reading     {bare * 1000:8.1f} ms (the same files, read_text only)")
        print(f"ratio            {grading / bare:8.2f}x")


if __name__ == "__main__":
    main()
