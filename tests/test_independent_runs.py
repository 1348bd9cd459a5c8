"""Runs are independent: each works on its own copy of the drive and plan, the computer never
changes, and a run's grade reflects only its own files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import LYON, agents
from support.cli import cli
from support.files import copy_tree, tree_digest

from synthcomp.api.build import build_computer
from synthcomp.api.grade import grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import resume, simulate
from synthcomp.computer import Computer


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("runs") / "c", seed=3, target_files=40)
    plan_computer(folder, seed=3)
    return folder


@pytest.mark.slow
def test_two_runs_of_one_computer_never_see_each_others_files(planned: Path, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    pristine = tree_digest(folder / "drive")
    plan = Computer(folder).plan_path.read_bytes()
    worker = simulate(folder, days=3, seed=3)
    idle = simulate(folder, days=3, seed=3, user_agent=agents.count_turn)
    assert worker != idle  # the user agent is part of what names a run... or its seed is
    assert tree_digest(folder / "drive") == pristine and Computer(folder).plan_path.read_bytes() == plan
    assert tree_digest(worker / "drive") != pristine  # it wrote its deliverables there
    assert tree_digest(idle / "drive") == pristine  # and the idle run never saw them
    made = json.loads((worker / "summary.json").read_text("utf-8"))["files_created"]
    assert made and json.loads((idle / "summary.json").read_text("utf-8"))["files_created"] == []
    worked, idled = grade_run(worker), grade_run(idle)
    assert worked.deliverables_present > 0 and idled.deliverables_present == 0
    assert idled.score == 0.0 < worked.score

    # Planning the computer again changes neither run's plan: grading and resuming use the
    # plan the run started with.
    plan_computer(folder, seed=11, overwrite=True)
    assert Computer(folder).plan_path.read_bytes() != plan
    assert (worker / "plan.json").read_bytes() == plan
    assert grade_run(worker).score == worked.score


@pytest.mark.slow
def test_trials_are_runs_of_their_own_and_ids_tell_runs_apart(planned: Path, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    done = cli("simulate", str(folder), "--days", "1", "--trials", "2", "--max-turns", "30")
    assert done.returncode == 0, done.stderr
    runs = sorted(p.name for p in (folder / "runs").iterdir())
    assert len(runs) == 2 and [r.split("-")[:3] for r in runs] == [["offline", "1d", "s0"],
                                                                   ["offline", "1d", "s1"]]
    # A one-day test and a month of the same seed and model are different runs.
    longer = simulate(folder, days=2, max_turns=30)
    assert longer.name.startswith("offline-2d-s0-") and longer.name not in runs
    trajectories = {(folder / "runs" / r / "trajectory.jsonl").read_bytes() for r in runs}
    assert len(trajectories) == 2  # another seed, another month
    assert "next " in done.stdout and "runs" in done.stdout.splitlines()[-1]


@pytest.mark.slow
def test_a_run_made_before_runs_had_their_own_drive_still_resumes_on_the_computers(
        planned: Path, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    agents.INTERRUPT_ON_DAY[:] = [1]
    run = simulate(folder, days=2, seed=3, run_id="old", user_agent=agents.count_turn)
    # As an older run folder is: no drive or plan of its own.
    import shutil

    shutil.rmtree(run / "drive")
    (run / "plan.json").unlink()
    assert Computer(folder).for_run(run).drive == folder / "drive"
    finished = resume(run)
    assert json.loads((finished / "summary.json").read_text("utf-8"))["status"] == "finished"


def test_a_run_that_lost_its_drive_never_falls_back_on_the_computers(planned: Path, tmp_path: Path) -> None:
    import shutil

    folder = copy_tree(planned, tmp_path / "c")
    pristine = tree_digest(folder / "drive")
    run = simulate(folder, days=1, seed=3, max_turns=5)
    shutil.rmtree(run / "drive")  # removed while it was paused (or, worse, while it ran)
    with pytest.raises(Exception, match="has no drive of its own"):
        Computer(folder).for_run(run)
    result = cli("resume", str(run))
    assert result.returncode == 1 and "its drive (drive/) is missing" in result.stderr
    assert tree_digest(folder / "drive") == pristine
