"""Benchmark: what the sandbox's guards cost a month's turns.

The guards of issue 14: read budgets (a zip's unpacked size checked before parsing, rows,
paragraphs and time counted while reading), link-safe path resolution (the folders on the way
resolved and checked, the file's kind checked: no pipes, devices or hard links), and the drive
quota. The baseline is the same code with the budgets off (``budgets_off()``), the quota off and
the path resolution of before the issue (join, one realpath check). Both run the same offline
days on copies of one computer, alternating (A B A B ...), in one process: on a noisy machine
the ratio holds where an absolute time does not.

A third mode adds the intent records (a line, fsynced, and a copy of each file a drive-changing
call names, written before the call). Reported per mode: tool seconds per turn (mean: a few big
reads are where budgets act), wall seconds per turn (median), framework overhead per turn (wall
time minus model and tool time, median), resolve calls per turn and the cost of one. Run:
``python bench/bench_sandbox.py --days 5 --rounds 2``.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from langgraph.prebuilt import ToolNode

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.computer import Computer
from synthcomp.errors import SandboxError
from synthcomp.graphs import user_agent
from synthcomp.office.budgets import budgets_off
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.progress import RunProgress

PERSONA = "A procurement manager at a mid-size hospital in Lyon"
GUARDED_RESOLVE = Computer.resolve


def bare_resolve(self: Computer, path: str) -> Path:
    """Computer.resolve as it was before issue 14: the path joined and its real path checked
    once, the unresolved path used; no check of the drive folder or of the file's kind."""
    if not isinstance(path, str) or not path.strip() or "\x00" in path:
        raise SandboxError("bad path")
    cleaned = path.replace("\\", "/")
    if cleaned.startswith("/") or (len(cleaned) > 1 and cleaned[1] == ":"):
        raise SandboxError("absolute")
    parts = [p for p in PurePosixPath(cleaned).parts if p not in ("", ".")]
    if ".." in parts:
        raise SandboxError("..")
    drive = self.drive.resolve()
    target = drive.joinpath(*parts) if parts else drive
    real = Path(os.path.realpath(target))
    if real != drive and drive not in real.parents:
        raise SandboxError("outside")
    return target


class Timers:
    """Per turn: model, tool and wall seconds; resolve calls and their seconds."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget the previous run's figures."""
        self.model: dict[int, float] = {}
        self.tools: dict[int, float] = {}
        self.turn_end: dict[int, float] = {}
        self.turn = 0
        self.resolves = 0
        self.resolve_seconds = 0.0

    def progress(self, now: RunProgress) -> None:
        """Mark the end of a turn (called by the run's progress callback)."""
        if now.turn != self.turn:
            self.turn_end[now.turn] = time.perf_counter()
            self.turn = now.turn

    def per_turn(self) -> dict[int, float]:
        """Wall seconds of each turn that follows the one before it."""
        ordered = sorted(self.turn_end)
        return {t: self.turn_end[t] - self.turn_end[p] for p, t in itertools.pairwise(ordered) if t == p + 1}

    def overhead(self) -> list[float]:
        """Wall time minus model and tool time, per turn (as bench_simulation.py counts it)."""
        return [max(0.0, wall - self.model.get(t, 0.0) - self.tools.get(t, 0.0))
                for t, wall in self.per_turn().items()]


TIMERS = Timers()


def install_timers(resolve_of: dict[str, Any]) -> None:
    """Wrap the model, the tools and Computer.resolve with timers; ``resolve_of["now"]`` is the
    resolve in use."""
    original_bind = SimulationContext.bind
    original_tools = ToolNode.invoke

    def bind(context: SimulationContext, tools: Any) -> Any:
        runnable = original_bind(context, tools)

        class Timed:
            def invoke(self, messages: Any, *args: Any, **kwargs: Any) -> Any:
                started = time.perf_counter()
                answer = runnable.invoke(messages, *args, **kwargs)
                TIMERS.model[TIMERS.turn + 1] = TIMERS.model.get(TIMERS.turn + 1, 0.0) \
                    + time.perf_counter() - started
                return answer

        return Timed()

    def tools(node: ToolNode, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        result = original_tools(node, *args, **kwargs)
        TIMERS.tools[TIMERS.turn] = TIMERS.tools.get(TIMERS.turn, 0.0) + time.perf_counter() - started
        return result

    def resolve(self: Computer, path: str) -> Path:
        started = time.perf_counter()
        try:
            result: Path = resolve_of["now"](self, path)
            return result
        finally:
            TIMERS.resolves += 1
            TIMERS.resolve_seconds += time.perf_counter() - started

    SimulationContext.bind = bind  # type: ignore[method-assign]
    ToolNode.invoke = tools  # type: ignore[method-assign]
    Computer.resolve = resolve  # type: ignore[method-assign]


MODES = ("bare", "guarded", "intents")


@contextlib.contextmanager
def mode(name: str, resolve_of: dict[str, Any]) -> Iterator[None]:
    """Run the block as before the issue ("bare"), with the read guards on ("guarded"), or with
    those and the intent records of drive-changing calls too ("intents")."""
    announce = user_agent._announce
    if name != "intents":
        user_agent._announce = lambda *args: None  # type: ignore[assignment]
    try:
        if name != "bare":
            resolve_of["now"] = GUARDED_RESOLVE
            yield
            return
        with _bare(resolve_of):
            yield
    finally:
        user_agent._announce = announce


@contextlib.contextmanager
def _bare(resolve_of: dict[str, Any]) -> Iterator[None]:
    resolve_of["now"] = bare_resolve
    quota = os.environ.get("SYNTHCOMP_DRIVE_QUOTA_MB")
    os.environ["SYNTHCOMP_DRIVE_QUOTA_MB"] = "0"  # 0: no quota
    try:
        with budgets_off():
            yield
    finally:
        if quota is None:
            os.environ.pop("SYNTHCOMP_DRIVE_QUOTA_MB", None)
        else:
            os.environ["SYNTHCOMP_DRIVE_QUOTA_MB"] = quota


def main() -> None:
    """Build and plan one computer, then simulate its days in both modes, alternating."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2, help="runs per mode, alternating")
    parser.add_argument("--max-turns", type=int, default=1500)
    args = parser.parse_args()
    resolve_of: dict[str, Any] = {"now": GUARDED_RESOLVE}
    install_timers(resolve_of)
    keys = ("tools", "wall", "overhead", "per_resolve", "resolves", "turns")
    figures = {m: {k: list[float]() for k in keys} for m in MODES}
    trajectories: dict[str, set[bytes]] = {m: set() for m in MODES}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = build_computer(PERSONA, root / "c", seed=1)
        plan_computer(source, seed=1)
        for round_ in range(args.rounds):
            for name in MODES if round_ % 2 == 0 else MODES[::-1]:
                folder = root / f"{name}{round_}"
                subprocess.run(["cp", "-a", str(source), str(folder)], check=True)
                TIMERS.reset()
                with mode(name, resolve_of):
                    run = simulate(folder, days=args.days, seed=1, max_turns=args.max_turns,
                                   on_progress=TIMERS.progress)
                turns = max(TIMERS.turn_end) if TIMERS.turn_end else 0
                row = figures[name]
                row["tools"].append(statistics.mean(TIMERS.tools.values()))
                row["wall"].append(statistics.median(TIMERS.per_turn().values()))
                row["overhead"].append(statistics.median(TIMERS.overhead()))
                row["resolves"].append(TIMERS.resolves / max(turns, 1))
                row["per_resolve"].append(TIMERS.resolve_seconds / max(TIMERS.resolves, 1))
                row["turns"].append(turns)
                trajectories[name].add((run / "trajectory.jsonl").read_bytes())
    print(f"sandbox guards on the offline month ({args.days} days, {args.rounds} runs per mode, "
          f"alternating)")
    for name in MODES:
        row = figures[name]
        print(f"  {name:8} turns {statistics.median(row['turns']):>6.0f}  "
              f"tools/turn {statistics.median(row['tools']) * 1000:7.2f} ms (mean)  "
              f"wall/turn {statistics.median(row['wall']) * 1000:6.2f} ms  "
              f"overhead/turn {statistics.median(row['overhead']) * 1000:6.2f} ms  "
              f"resolves/turn {statistics.median(row['resolves']):5.1f}  "
              f"per resolve {statistics.median(row['per_resolve']) * 1e6:6.1f} us")
    for name in MODES[1:]:
        tools = statistics.median(figures[name]["tools"]) / statistics.median(figures["bare"]["tools"])
        wall = statistics.median(figures[name]["wall"]) / statistics.median(figures["bare"]["wall"])
        resolve = statistics.median(figures[name]["per_resolve"]) \
            / statistics.median(figures["bare"]["per_resolve"])
        print(f"  {name} / bare: tools per turn {tools:.3f}x, wall per turn {wall:.3f}x, "
              f"per resolve {resolve:.2f}x")
    same = len(set().union(*trajectories.values())) == 1
    print(f"  same trajectory in every mode and run: {'yes' if same else 'no'}")


if __name__ == "__main__":
    main()
