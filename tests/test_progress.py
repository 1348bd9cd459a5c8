"""A run's progress means something: day d of D, turns today and in all, deliverables done; a bar
on a terminal, one line per day (and per minute) in a log."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from support import LYON
from support.cli import cli

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import resume, simulate
from synthcomp.console import run_bar
from synthcomp.runs.progress import ProgressTracker, RunProgress

PLAN = {"working_days": ["2026-04-20", "2026-04-21", "2026-04-22"],
        "objectives": [{"deliverables": [{"id": "D1a"}, {"id": "D1b"}]}]}


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("progress") / "c", seed=2, target_files=30)
    plan_computer(folder, seed=2)
    return folder


def test_the_tracker_counts_days_turns_today_and_deliverables_only() -> None:
    seen: list[RunProgress] = []
    tracker = ProgressTracker.for_plan(PLAN, days=2, max_turns=500, report=seen.append)
    tracker.seen([{"turn": 1}, {"turn": 2}])
    tracker.seen([{"done": ["M1.1"]}])  # a milestone: not a deliverable, nothing to show
    tracker.seen([{"done": ["D1a"]}, {"turn": 3}])
    tracker.seen([{"log": ["2026-04-20: 3 turns."], "day": 1, "status": "running"}])
    tracker.seen([{"turn": 4}])
    assert [(p.day, p.turn, p.turns_today, p.done) for p in seen] == [
        (0, 2, 2, 0), (0, 3, 3, 1), (1, 3, 0, 1), (1, 4, 1, 1)]
    assert seen[2].ended == "2026-04-20: 3 turns." and seen[3].ended == ""
    assert (seen[3].days, seen[3].date, seen[3].deliverables) == (2, "2026-04-21", 2)
    assert seen[3].describe() == "day 2/2 (2026-04-21): turn 4 (1 today), 1/2 deliverables done"
    tracker.seen([{"day": 2, "log": ["2026-04-21: 1 turn."]}])
    assert seen[-1].describe().startswith("day 2/2: turn 4")  # over: no day 3 of 2


def test_on_a_terminal_the_bar_runs_over_days_not_the_turn_budget() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=160)
    with run_bar("simulating", console=console) as update:
        update(RunProgress(day=1, days=3, date="2026-04-21", turn=114, turns_today=13,
                           max_turns=2500, done=1, deliverables=9))
    shown = screen.getvalue()
    assert "day 2/3 (2026-04-21): turn 114 (13 today), 1/9 deliverables done" in shown
    assert "2500" not in shown and "2,500" not in shown


def test_off_a_terminal_a_line_per_day_and_per_interval() -> None:
    log = io.StringIO()
    console = Console(file=log, force_terminal=False, width=200)
    start = RunProgress(day=0, days=2, date="2026-04-20", turn=0, turns_today=0, max_turns=90,
                        done=0, deliverables=3)
    with run_bar("simulating", console=console, every=3600) as update:
        update(start)
        update(RunProgress(**{**start.__dict__, "turn": 5, "turns_today": 5}))  # within the hour
        update(RunProgress(**{**start.__dict__, "day": 1, "turn": 9, "ended": "2026-04-20: 9 turns."}))
    lines = log.getvalue().splitlines()
    assert lines == [
        "simulating: day 1/2 (2026-04-20): turn 0 (0 today), 0/3 deliverables done, up to 90 turns",
        lines[1]]
    assert lines[1].startswith("simulating: day 1/2 ended (2026-04-20: 9 turns.) run: turn 9, "
                               "0/3 deliverables done, 00:00:")
    beat = io.StringIO()
    with run_bar("simulating", console=Console(file=beat, width=200), every=0) as update:
        update(start)
        update(RunProgress(**{**start.__dict__, "turn": 5, "turns_today": 5}))
    assert "simulating: day 1/2 (2026-04-20): turn 5 (5 today)" in beat.getvalue()


def test_simulate_reports_each_day_and_resume_picks_up_where_it_was(planned: Path) -> None:
    seen: list[RunProgress] = []

    def watch(now: RunProgress) -> None:
        seen.append(now)
        if now.ended and now.day == 1:
            raise KeyboardInterrupt  # Ctrl-C as the first day ends: the run pauses

    run = simulate(planned, run_id="watched", days=3, max_turns=400, on_progress=watch)
    first_day = seen[-1]
    assert (first_day.day, first_day.days, first_day.turns_today) == (1, 3, 0)
    assert first_day.ended.startswith(seen[0].date) and seen[0].turn == 0
    assert seen[-2].turns_today == seen[-2].turn == first_day.turn > 0  # the whole day's turns
    again: list[RunProgress] = []
    resume(run, on_progress=again.append)
    assert (again[0].day, again[0].turn) == (1, first_day.turn)
    assert [p.day for p in again if p.ended] == [2, 3] and again[-1].turn <= 400


def test_the_cli_logs_a_line_per_day_when_not_on_a_terminal(planned: Path) -> None:
    done = cli("simulate", str(planned), "--days", "2", "--run-id", "logged")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("simulating:")]
    assert len(lines) == 3, done.stderr
    assert "day 1/2 ended" in lines[1] and "day 2/2 ended" in lines[2]
    assert "deliverables done" in lines[2] and "elapsed" in lines[2]
