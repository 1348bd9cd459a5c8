"""Benchmark: how long `synthcomp --help` takes, against importing what a command loads.

Each figure is the median of fresh interpreters (no warm module cache in the process):
``synthcomp --help`` and ``-X importtime`` of ``import synthcomp.cli`` (what help loads), and,
as the baseline in the same run, importing synthcomp.cli together with the modules its commands
import when they run (every graph, the models, the office libraries: what `--help` loaded before
the imports were made lazy). Prints both and the ratio. Run: ``make bench`` (or
``python bench/bench_cli_import.py --repeats 7``).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMAND_MODULES = ("synthcomp.api.build", "synthcomp.api.materialize", "synthcomp.api.plan",
                   "synthcomp.api.simulate", "synthcomp.api.grade", "synthcomp.api.remote",
                   "synthcomp.api.draw", "synthcomp.console", "synthcomp.models.settings")
SCRIPT = Path(sys.executable).with_name("synthcomp")


def import_seconds(modules: tuple[str, ...]) -> float:
    """Cumulative import time of ``modules`` in a fresh interpreter, from -X importtime."""
    code = "; ".join(f"import {m}" for m in modules)
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True,
                          text=True, check=True)
    return _top_level_seconds(done.stderr)


def _top_level_seconds(log: str) -> float:
    """Sum of the cumulative times of the top-level imports (lines not indented under another)."""
    total = 0
    for line in log.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S.*)$", line)
        if match and not match.group(2).startswith(" "):
            total += int(match.group(1))
    return total / 1e6


def help_seconds() -> float:
    """Wall time of `synthcomp --help` as a user types it."""
    started = time.perf_counter()
    subprocess.run([str(SCRIPT), "--help"], capture_output=True, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    cli = [import_seconds(("synthcomp.cli",)) for _ in range(args.repeats)]
    full = [import_seconds(("synthcomp.cli", *COMMAND_MODULES)) for _ in range(args.repeats)]
    walls = [help_seconds() for _ in range(args.repeats)]
    lazy, eager = statistics.median(cli), statistics.median(full)
    print(f"import synthcomp.cli (what --help loads): {lazy * 1000:.0f} ms (median of {args.repeats})")
    print(f"baseline, with what the commands import:  {eager * 1000:.0f} ms")
    print(f"ratio baseline / help: {eager / lazy:.1f}x")
    print(f"synthcomp --help wall time: {statistics.median(walls):.2f} s (target < 1 s)")


if __name__ == "__main__":
    main()
