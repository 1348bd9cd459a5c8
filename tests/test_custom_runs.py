"""A run made with your own user agent, through the project's runner, is a whole run folder
(context, checkpoints, summary, usage), resumes with the same agent and can be graded; and
`synthcomp runs` / `resume COMPUTER` say what exists."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import LYON, agents
from support.cli import cli

from synthcomp import grade_run, resume, simulate
from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.runs.folder import CONTEXT_FILE, SUMMARY_FILE, load_context, read_summary
from synthcomp.runs.listing import find_computers, run_status, runs_of


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("custom") / "c", seed=5, target_files=30)
    plan_computer(folder, seed=5)
    return folder


def test_a_custom_agent_run_is_a_whole_run_folder_and_grades(planned: Path) -> None:
    run = simulate(planned, run_id="own", days=3, user_agent=agents.count_turn)
    for name in (CONTEXT_FILE, SUMMARY_FILE, "checkpoints.sqlite", "trajectory.jsonl", "usage.json"):
        assert (run / name).is_file(), name
    summary = read_summary(run)
    assert (summary["status"], summary["days"], summary["turns"]) == ("finished", 3, 3)
    assert load_context(run)["parts"] == {
        "user_agent": {"name": "count_turn", "import": "support.agents:count_turn"}}
    grade = grade_run(run)
    assert grade.deliverables_graded > 0 and (run / "grade.json").is_file()


def test_a_paused_custom_run_resumes_with_its_own_agent(planned: Path) -> None:
    agents.INTERRUPT_ON_DAY[:] = [1]
    run = simulate(planned, run_id="paused-own", days=3, user_agent=agents.count_turn)
    assert read_summary(run)["status"] == "paused"
    # Nothing given: the agent is found again from context.json, not replaced by ours (whose
    # first model call would make far more than one turn a day).
    resume(run)
    summary = read_summary(run)
    assert (summary["status"], summary["days"], summary["turns"]) == ("finished", 3, 3)


def test_a_run_of_an_unimportable_agent_resumes_only_when_given_it(planned: Path) -> None:
    calls: list[int] = []

    def local_agent(state: dict, runtime: object) -> dict:  # defined here: no import path
        calls.append(state["day"])
        if len(calls) == 2:
            raise KeyboardInterrupt
        return {"turn": state["turn"] + 1}

    run = simulate(planned, run_id="local", days=3, user_agent=local_agent)
    assert read_summary(run)["status"] == "paused"
    assert load_context(run)["parts"]["user_agent"] == {"name": "local_agent", "import": None}
    with pytest.raises(InputError, match=r"resume\(run_dir, user_agent=.*local_agent"):
        resume(run)
    resume(run, user_agent=local_agent)
    assert read_summary(run)["status"] == "finished" and calls == [0, 1, 1, 2]


def test_a_reference_that_does_not_import_is_refused_before_any_folder(planned: Path) -> None:
    with pytest.raises(InputError, match="does not import"):
        simulate(planned, run_id="bad-ref", user_agent="nowhere.at_all:agent")
    with pytest.raises(InputError, match="has no missing"):
        simulate(planned, run_id="bad-ref", user_agent="support.agents:missing")
    with pytest.raises(InputError, match="module:name"):
        simulate(planned, run_id="bad-ref", user_agent="support.agents")
    assert not (planned / "runs" / "bad-ref").exists()


def test_the_cli_resumes_a_custom_run_by_its_reference(planned: Path, tmp_path: Path) -> None:
    computer = Path(shutil.copytree(planned, tmp_path / "c"))
    agents.INTERRUPT_ON_DAY[:] = [2]
    run = simulate(computer, run_id="by-ref", days=3, user_agent="support.agents:count_turn")
    assert read_summary(run)["status"] == "paused"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    done = subprocess.run([sys.executable, "-m", "synthcomp.cli", "resume", str(run)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert (read_summary(run)["status"], read_summary(run)["turns"]) == ("finished", 3)


def test_runs_lists_computers_and_each_runs_status(planned: Path, tmp_path: Path) -> None:
    root = tmp_path / "many"
    # A name as long as the bundled personas' ids: the table never cuts it (off a terminal too).
    computer = Path(shutil.copytree(planned, root / "team" / "procurement-manager-hospital-lyon-5f74bdc1"))
    shutil.rmtree(computer / "runs", ignore_errors=True)
    unplanned = Path(shutil.copytree(planned, root / "bare"))
    Computer(unplanned).plan_path.unlink()
    shutil.rmtree(unplanned / "runs", ignore_errors=True)
    simulate(computer, run_id="done", days=1, user_agent=agents.count_turn)
    grade_run(computer / "runs" / "done")
    agents.INTERRUPT_ON_DAY[:] = [0]
    simulate(computer, run_id="stopped", days=2, user_agent=agents.count_turn)
    killed = simulate(computer, run_id="killed", days=1, user_agent=agents.count_turn)
    (killed / SUMMARY_FILE).unlink()  # as a SIGKILLed run leaves it

    assert find_computers(root) == [unplanned, computer]
    rows = {row.run_id: row for row in runs_of(Computer(computer))}
    assert rows["done"].status == "finished" and rows["done"].score is not None
    assert (rows["stopped"].status, rows["stopped"].reason) == ("paused", "interrupted")
    assert rows["killed"].status == "interrupted" and run_status(killed)[0] == "interrupted"

    shown = cli("runs", str(root))
    assert shown.returncode == 0, shown.stderr
    for text in ("team/procurement-manager-hospital-lyon-5f74bdc1", "bare", "not planned", "finished",
                 "paused: interrupted", "interrupted", "2 computers, 3 runs"):
        assert text in shown.stdout, text
    # The next line is pasted as it is: the command as this user can type it (not on PATH here).
    pasted = next(line for line in shown.stdout.splitlines() if line.startswith("next"))[4:]
    assert "synthcomp resume" in pasted
    tests = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}  # where its agent is
    resumed = subprocess.run(["bash", "-c", pasted], capture_output=True, text=True, check=False,
                             env=tests)
    assert resumed.returncode == 0 and "stopped finished" in resumed.stdout, resumed.stderr
    listed = json.loads(cli("runs", str(root), "--json").stdout)
    assert [len(c["runs"]) for c in listed] == [0, 3] and listed[0]["planned"] is False
    assert {r["status"] for r in listed[1]["runs"]} == {"finished", "interrupted"}

    refused = cli("resume", str(computer))
    assert refused.returncode == 1
    assert "is a computer, not a run" in refused.stderr and "stopped (finished)" in refused.stderr
    assert f"synthcomp resume {computer / 'runs' / 'killed'}" in refused.stderr
    # grade, given the computer, says the same (it used to say only 'not a run folder').
    ungraded = cli("grade", str(computer))
    assert ungraded.returncode == 1 and "is a computer, not a run; its runs: " in ungraded.stderr
    assert "no computer under" in cli("runs", str(computer / "drive")).stderr
