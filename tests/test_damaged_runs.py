"""Runs that another process holds, or that were damaged: refused or reported clearly, and
nothing of the run is changed by the refusal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from support import LYON, agents
from support.files import copy_tree, tree_digest

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import resume, simulate
from synthcomp.errors import InputError
from synthcomp.runs.folder import CONTEXT_FILE, load_context, read_summary, run_lock


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("damaged") / "c", seed=9, target_files=20)
    plan_computer(folder, seed=9)
    return folder


def test_a_refused_resume_leaves_the_running_runs_context_as_it_is(planned: Path) -> None:
    run = simulate(planned, run_id="held", days=2, user_agent=agents.count_turn)
    before = (run / CONTEXT_FILE).read_bytes()
    # As if another process were running it.
    with run_lock(run), pytest.raises(InputError, match="already running in another process"):
        resume(run, model="openai:gpt-4o", user_agent=agents.count_turn)
    assert (run / CONTEXT_FILE).read_bytes() == before


def test_a_copied_computers_run_resumes_in_the_copy(planned: Path, tmp_path: Path) -> None:
    agents.INTERRUPT_ON_DAY[:] = [1]
    run = simulate(copy_tree(planned, tmp_path / "first"), run_id="paused", days=3,
                   user_agent=agents.count_turn)
    assert read_summary(run)["status"] == "paused"
    saved = json.loads((run / CONTEXT_FILE).read_text("utf-8"))
    assert (saved["computer_dir"], saved["run_dir"]) == ("../..", ".")  # where it is, not where it was
    original = tree_digest(run)
    copy = copy_tree(tmp_path / "first", tmp_path / "second")
    resumed = resume(copy / "runs" / "paused", user_agent=agents.count_turn)
    assert resumed == copy / "runs" / "paused"
    assert read_summary(resumed)["status"] == "finished" and read_summary(resumed)["days"] == 3
    assert tree_digest(run) == original, "the original run is left as it was"
    # A run saved with absolute paths (older runs) follows its computer too.
    (run / CONTEXT_FILE).write_text(json.dumps({**saved, "computer_dir": "/nowhere/c",
                                                "run_dir": "/nowhere/c/runs/paused"}), "utf-8")
    assert load_context(run)["computer_dir"] == str(tmp_path / "first")


def test_a_killed_builds_leftovers_are_cleaned_by_the_next_build(tmp_path: Path) -> None:
    import subprocess

    gone = subprocess.Popen(["true"])  # a process that has ended: its pid is free
    gone.wait()
    for name in (f".c.partial-{gone.pid}", f".c.old-{gone.pid}"):
        (tmp_path / name / "drive").mkdir(parents=True)
    (tmp_path / f".c.partial-{os.getpid()}-keep").mkdir()  # not a leftover's name: kept
    build_computer(LYON, tmp_path / "c", seed=9, target_files=12)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["c", f".c.partial-{os.getpid()}-keep"])


@pytest.mark.parametrize(("written", "says"), [
    ("", "is damaged (JSONDecodeError)"),
    (b"\xff\xfe garbage", "is damaged (UnicodeDecodeError)"),
    ("[1, 2]", "holds no run context"),
    ('{"model": "offline", "seed": 0, "surprise": 1}', "keys this version does not know: surprise"),
])
def test_a_damaged_context_is_one_clear_error(planned: Path, tmp_path: Path, written: str | bytes,
                                              says: str) -> None:
    from typer.testing import CliRunner

    from synthcomp.cli import app

    run = simulate(copy_tree(planned, tmp_path / "c"), run_id="r", days=1, user_agent=agents.count_turn)
    path = run / CONTEXT_FILE
    path.write_bytes(written if isinstance(written, bytes) else written.encode())
    result = CliRunner().invoke(app, ["resume", str(run)])
    assert result.exit_code != 0 and says in result.output, result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("written", "says"), [
    ('{"model": "offline", "seed": 0, "days": -3}',
     "context.json is damaged: days is -3, not a whole number"),
    ('{"model": "offline", "seed": "x"}', 'context.json is damaged: seed is "x", not a whole number'),
])
def test_a_context_value_out_of_range_is_named(planned: Path, tmp_path: Path, written: str,
                                               says: str) -> None:
    from typer.testing import CliRunner

    from synthcomp.cli import app

    run = simulate(copy_tree(planned, tmp_path / "c"), run_id="r", days=1, user_agent=agents.count_turn)
    saved = json.loads((run / CONTEXT_FILE).read_text("utf-8"))
    (run / CONTEXT_FILE).write_text(json.dumps({**saved, **json.loads(written)}), "utf-8")
    for command in ("resume", "verify"):
        result = CliRunner().invoke(app, [command, str(run)])
        assert result.exit_code != 0 and says in result.output, result.output
        assert "Traceback" not in result.output


def test_a_lock_that_is_a_folder_is_named(planned: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from synthcomp.cli import app

    run = simulate(copy_tree(planned, tmp_path / "c"), run_id="r", days=1, user_agent=agents.count_turn)
    (run / "lock").unlink()
    (run / "lock").mkdir()
    for command in ("resume", "verify"):
        result = CliRunner().invoke(app, [command, str(run)])
        assert result.exit_code != 0, result.output
        assert "lock is a folder, not the run's lock file: remove it" in " ".join(result.output.split())
