"""Benchmark: a long offline simulation against a naive add_messages + SqliteSaver loop.

Reports, for one run of the offline month (about 2,000 turns): checkpoint storage, the same
turns stored the naive way (full history in state, plain SqliteSaver; measured at two sizes and
extrapolated, since storage grows with the square of the turns), framework overhead per turn
(wall time minus model and tool time), the last 100 turns against the first 100, and peak
memory. Then the same month with a small context window (``--window``, 32k by default): per
day, the median and largest request in estimated tokens, how many requests were trimmed, and
the prefix reuse (the share of each request's tokens that the request before it began with,
which provider prompt caching and vLLM prefix caching serve from cache). Run: ``make bench``
(or ``python bench/bench_simulation.py --days 20 --window 32768``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import sqlite3
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Annotated, Any, TypedDict

from langchain_core.messages import AIMessage, AnyMessage, ToolMessage
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import START, StateGraph
from langgraph.graph.message import add_messages
from langgraph.prebuilt import ToolNode

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.models.settings import ModelConfig, ModelSettings
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.progress import RunProgress

PERSONA = "A procurement manager at a mid-size hospital in Lyon"


class _Timers:
    """Model and tool seconds per turn, gathered by wrapping the two."""

    def __init__(self) -> None:
        self.model: dict[int, float] = defaultdict(float)
        self.tools: dict[int, float] = defaultdict(float)
        self.turn_end: dict[int, float] = {}
        self.turn = 0

    def install(self) -> None:
        original_bind = SimulationContext.bind
        original_tools = ToolNode.invoke
        timers = self

        def bind(context: SimulationContext, tools: Any) -> Any:
            runnable = original_bind(context, tools)

            class Timed:
                def invoke(self, messages: Any, *args: Any, **kwargs: Any) -> Any:
                    started = time.perf_counter()
                    answer = runnable.invoke(messages, *args, **kwargs)
                    timers.model[timers.turn + 1] += time.perf_counter() - started
                    return answer

            return Timed()

        def tools(node: ToolNode, *args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            result = original_tools(node, *args, **kwargs)
            timers.tools[timers.turn] += time.perf_counter() - started
            return result

        SimulationContext.bind = bind  # type: ignore[method-assign]
        ToolNode.invoke = tools  # type: ignore[method-assign]

    def progress(self, now: RunProgress) -> None:
        turn = now.turn
        if turn != self.turn:
            self.turn_end[turn] = time.perf_counter()
            self.turn = turn


class _Naive(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]


def naive_storage(sizes: list[tuple[int, int]], turns: int, folder: Path) -> int:
    """Bytes a plain add_messages + SqliteSaver loop stores for ``turns`` turns whose model
    answer and tool result have the given sizes."""
    def step(state: _Naive) -> dict[str, Any]:
        n = len(state["messages"]) // 2
        answer_size, result_size = sizes[n % len(sizes)]
        call = {"name": "read_file", "args": {"pad": "a" * answer_size}, "id": f"c{n}"}
        return {"messages": [AIMessage(content="", tool_calls=[call]),
                             ToolMessage("r" * result_size, tool_call_id=f"c{n}")]}

    path = folder / f"naive{turns}.sqlite"
    with sqlite3.connect(path, check_same_thread=False) as connection:
        graph = StateGraph(_Naive)
        graph.add_node("step", step)
        graph.add_edge(START, "step")
        compiled = graph.compile(checkpointer=SqliteSaver(connection))
        config: Any = {"configurable": {"thread_id": "naive"}}
        for _ in range(turns):
            compiled.invoke({"messages": []}, config, durability="sync")
    return path.stat().st_size


def context_by_day(run: Path) -> list[dict[str, Any]]:
    """Per day of ``run``: requests, median and largest estimated request tokens, requests
    trimmed (some tool results elided), and prefix reuse (shared tokens / sent tokens)."""
    events = [json.loads(line) for line in (run / "trajectory.jsonl").read_text().splitlines()]
    days: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for event in events:
        if event["type"] == "model_call" and "sent_tokens" in event:
            days[event["day"]].append(event)
    return [{"day": day + 1, "requests": len(calls),
             "median": statistics.median(c["sent_tokens"] for c in calls),
             "max": max(c["sent_tokens"] for c in calls),
             "trimmed": sum(1 for c in calls if c["elided"]),
             "reuse": sum(c["prefix_tokens"] for c in calls) / sum(c["sent_tokens"] for c in calls)}
            for day, calls in sorted(days.items())]


def print_context(label: str, rows: list[dict[str, Any]]) -> None:
    """The per-day context figures as a table."""
    print(f"{label}: day, requests, median / max request tokens, trimmed, prefix reuse")
    for row in rows:
        print(f"  {row['day']:>3} {row['requests']:>5} {row['median']:>8,.0f} / {row['max']:>7,}"
              f" {row['trimmed']:>5} {row['reuse']:>7.0%}")
    trimmed = sum(r["trimmed"] for r in rows)
    reuse = statistics.mean(r["reuse"] for r in rows)
    print(f"  all days: largest request {max(r['max'] for r in rows):,} tokens, {trimmed} "
          f"requests trimmed, mean prefix reuse {reuse:.0%}")


def main() -> None:
    """Run and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=20)
    parser.add_argument("--max-turns", type=int, default=2500)
    parser.add_argument("--naive-turns", type=int, default=300)
    parser.add_argument("--window", type=int, action="append",
                        help="context window of another month, in tokens (repeatable; "
                             "default: 32768 and 16384)")
    args = parser.parse_args()
    timers = _Timers()
    timers.install()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        folder = build_computer(PERSONA, root / "c", seed=1)
        plan_computer(folder, seed=1)
        started = time.perf_counter()
        timers.turn_end[0] = started
        run = simulate(folder, days=args.days, seed=1, max_turns=args.max_turns,
                       on_progress=timers.progress)
        wall = time.perf_counter() - started
        summary = json.loads((run / "summary.json").read_text("utf-8"))
        stored = (run / "checkpoints.sqlite").stat().st_size
        events = [json.loads(line) for line in (run / "trajectory.jsonl").read_text().splitlines()]
        answers = [len(json.dumps(e["answer"])) for e in events if e["type"] == "model_call"]
        results = [len(e["content"]) for e in events if e["type"] == "tool_result"]
        sizes = list(zip(answers, results, strict=False)) or [(200, 2000)]
        half, full = args.naive_turns // 2, args.naive_turns
        small, large = naive_storage(sizes, half, root), naive_storage(sizes, full, root)
        default_context = context_by_day(run)
        windowed = []
        for window in args.window or [32768, 16384]:
            small_window = ModelConfig(models={"offline": ModelSettings(
                context_window=window, max_output_tokens=4096)})
            made = simulate(folder, days=args.days, seed=1, max_turns=args.max_turns,
                            config=small_window, run_id=f"window-{window}")
            windowed.append((window, json.loads((made / "summary.json").read_text("utf-8")),
                             context_by_day(made)))
    turns = summary["turns"]
    # storage(n) ~ a*n^2 + b*n: two measurements fix a and b.
    a = (large - 2 * small) / (full * full - 2 * half * half)
    b = (small - a * half * half) / half
    naive = a * turns * turns + b * turns
    ordered = sorted(timers.turn_end)
    per_turn = {t: timers.turn_end[t] - timers.turn_end[p]
                for p, t in itertools.pairwise(ordered) if t == p + 1}
    overhead = {t: max(0.0, per_turn[t] - timers.model[t] - timers.tools[t]) for t in per_turn}
    first = [per_turn[t] for t in sorted(per_turn)[:100]]
    last = [per_turn[t] for t in sorted(per_turn)[-100:]]
    first_overhead = [overhead[t] for t in sorted(overhead)[:100]]
    last_overhead = [overhead[t] for t in sorted(overhead)[-100:]]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"simulation: {turns} turns over {summary['days']} days in {wall:.1f} s "
          f"({turns / wall:.1f} turns/s), {len(summary['deliverables_done'])}/"
          f"{summary['deliverables_total']} deliverables marked done")
    print(f"checkpoints: {stored / 1e6:.1f} MB (target <= 10 MB for 2,000 turns)")
    print(f"naive add_messages + SqliteSaver: {small / 1e6:.1f} MB at {half} turns, "
          f"{large / 1e6:.1f} MB at {full}; extrapolated to {turns} turns: {naive / 1e9:.1f} GB")
    print(f"ratio naive / ours: {naive / stored:.0f}x")
    print(f"framework overhead per turn (wall - model - tools): median "
          f"{statistics.median(overhead.values()) * 1000:.2f} ms (target <= 2 ms)")
    print(f"last 100 turns / first 100 turns: {sum(last) / sum(first):.2f}x wall, "
          f"{sum(last_overhead) / max(sum(first_overhead), 1e-9):.2f}x overhead (target <= 1.3x)")
    print(f"peak memory: {peak_mb:.0f} MB (target <= 500 MB)")
    print_context("context, default window (131,072 tokens)", default_context)
    for window, windowed_summary, windowed_context in windowed:
        print(f"the same month with a {window:,}-token window: {windowed_summary['turns']} turns, "
              f"status {windowed_summary['status']}, "
              f"{len(windowed_summary['deliverables_done'])}/9 deliverables marked done")
        print_context(f"context, {window:,}-token window", windowed_context)


if __name__ == "__main__":
    main()
