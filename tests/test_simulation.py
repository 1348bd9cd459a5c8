"""The simulation: a planned computer worked through day by day, durable, resumable, swappable."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime
from support import LYON
from support.files import copy_tree, run_events, tree_digest
from support.models import ScriptedModel, tool_call

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import resume, simulate
from synthcomp.errors import InputError
from synthcomp.graphs.simulation import build_simulation
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.folder import run_lock


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("sim") / "c", seed=3, target_files=40)
    plan_computer(folder, seed=3)
    return folder



@pytest.mark.slow
def test_a_few_days_of_work(planned: Path, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    run = simulate(folder, days=3, seed=3)
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["days"] == 3
    assert summary["turns"] >= 30
    assert summary["files_created"], "the agent drafted deliverables"
    assert summary["messages_sent"] >= 1 and summary["messages_received"] >= 1
    events = run_events(run)
    kinds = {e["type"] for e in events}
    assert {"day_start", "model_call", "tool_result", "day_end", "collaborator_message"} <= kinds
    names = [c["name"] for e in events if e["type"] == "model_call"
             for c in e["answer"].get("tool_calls", [])]
    assert len(set(names)) >= 8, "plausible work, not a loop of one call"
    plan = json.loads((folder / "meta" / "plan.json").read_text("utf-8"))
    paths = {d["path"] for o in plan["objectives"] for d in o["deliverables"]}
    assert paths & set(summary["files_created"])
    downloads = [p for p in summary["files_created"] if "/Downloads/" in p]
    assert downloads, "collaborators' attachments land in Downloads"
    # What the model saw at each call is rebuilt from the trajectory alone.
    seen = 0
    for event in events:
        if event["type"] == "day_start":
            seen = 2  # system prompt and recap
        elif event["type"] == "week_plan":
            seen += 0  # the planning task is joined to the session start
        elif event["type"] in ("nudge", "mail_notice"):
            seen += 1
        elif event["type"] == "model_call":
            assert event["saw"] == seen, event["key"]
            seen += 1
        elif event["type"] == "tool_result":
            seen += 1


@pytest.mark.slow
def test_same_seed_same_run(planned: Path, tmp_path: Path) -> None:
    first = simulate(copy_tree(planned, tmp_path / "a"), days=2, seed=3)
    second = simulate(copy_tree(planned, tmp_path / "b"), days=2, seed=3)
    assert (first / "trajectory.jsonl").read_bytes() == (second / "trajectory.jsonl").read_bytes()
    assert tree_digest(first / "drive") == tree_digest(second / "drive")


SCRIPT = """
import sys
from synthcomp.api.simulate import simulate
simulate(sys.argv[1], days=2, seed=3, run_id="r")
"""


@pytest.mark.slow
def test_killed_runs_resume_to_the_same_end(planned: Path, tmp_path: Path) -> None:
    reference = copy_tree(planned, tmp_path / "ref")
    simulate(reference, days=2, seed=3, run_id="r")
    expected = (reference / "runs" / "r" / "trajectory.jsonl").read_bytes()
    reference_summary = json.loads((reference / "runs" / "r" / "summary.json").read_text("utf-8"))
    total = len(expected.splitlines())
    rng = random.Random(11)
    for attempt, cut in enumerate(sorted(rng.sample(range(5, total - 5), 3))):
        folder = copy_tree(planned, tmp_path / f"k{attempt}")
        trajectory = folder / "runs" / "r" / "trajectory.jsonl"
        process = subprocess.Popen([sys.executable, "-c", SCRIPT, str(folder)])
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            if trajectory.exists() and len(trajectory.read_bytes().splitlines()) >= cut:
                os.kill(process.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
        process.wait()
        resume(folder / "runs" / "r")
        assert trajectory.read_bytes() == expected, f"kill at event {cut}"
        assert tree_digest(folder / "runs" / "r" / "drive") == tree_digest(reference / "runs" / "r" / "drive")
        assert tree_digest(folder / "drive") == tree_digest(planned / "drive")  # the computer's: untouched
        calls = [c for e in run_events(folder / "runs" / "r") if e["type"] == "model_call"
                 for c in e["answer"].get("tool_calls", []) if c["name"] == "send_message"]
        assert len({c["id"] for c in calls}) == len(calls)
        summary = json.loads((folder / "runs" / "r" / "summary.json").read_text("utf-8"))
        assert summary["messages_sent"] == len(calls) == reference_summary["messages_sent"], (
            "no message sent twice, none lost")
        assert summary["done"] == reference_summary["done"]


@pytest.mark.slow
def test_one_process_per_run(planned: Path, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    run = simulate(folder, days=1, seed=3, run_id="r")
    with run_lock(run), pytest.raises(InputError, match="already running"):
        resume(run)
    with pytest.raises(InputError, match="already finished"):
        resume(run)
    with pytest.raises(InputError, match=r"already exists; it has finished: .* another --seed"):
        simulate(folder, days=1, seed=3, run_id="r")
    with pytest.raises(InputError, match=r"--days 40: the plan has \d+ working days \(2026-"):
        simulate(folder, days=40, seed=4)  # not quietly cut to the month


def test_needs_a_plan(tmp_path: Path) -> None:
    folder = build_computer("A baker in Porto", tmp_path / "c", target_files=12)
    with pytest.raises(InputError, match="no plan"):
        simulate(folder)


def test_user_agent_is_swappable(planned: Path, tmp_path: Path) -> None:
    seen: list[str] = []

    def my_agent(state: dict[str, Any], runtime: Runtime[SimulationContext]) -> dict[str, Any]:
        seen.append(state["clock"])
        return {"turn": state.get("turn", 0) + 1}

    folder = copy_tree(planned, tmp_path / "c")
    context = SimulationContext(computer_dir=str(folder), run_dir=str(folder / "runs" / "x"), days=2)
    final = build_simulation(user_agent=my_agent).compile().invoke(
        {"day": 0, "turn": 0}, context=context, config={"recursion_limit": 1000})
    assert len(seen) == 2 and final["turn"] == 2 and final["status"] == "finished"


@pytest.mark.slow
def test_bad_tool_calls_are_answers(planned: Path, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    secret = tmp_path / "secret.txt"
    secret.write_text("outside")
    os.symlink(tmp_path, folder / "drive" / "escape")
    bad = [
        {"name": "no_such_tool", "args": {}},
        {"name": "read_file", "args": {"offset": "many"}},
        {"name": "read_file", "args": {"path": "../meta/plan.json"}},
        {"name": "read_file", "args": {"path": "/etc/passwd"}},
        {"name": "read_file", "args": {"path": "escape/secret.txt"}},
        {"name": "write_document", "args": {"path": "escape/new.txt", "title": "", "markdown": "x"}},
        {"name": "send_message", "args": {"to": "nobody", "subject": "hi", "body": "hello"}},
    ]
    run = simulate(folder, days=1, seed=3, chat_model=ScriptedModel(seed=3, by_turn=True, script=[
        tool_call(c["name"], c["args"], f"bad{n}") for n, c in enumerate(bad)]))
    results = [e for e in run_events(run) if e["type"] == "tool_result"][: len(bad)]
    assert all(e["status"] == "error" or e["content"].startswith("Error") for e in results), results
    assert not (tmp_path / "new.txt").exists()
    assert secret.read_text() == "outside"
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["turns"] > len(bad)


@pytest.mark.slow
def test_ctrl_c_pauses_and_resume_finishes(planned: Path, tmp_path: Path) -> None:
    reference = copy_tree(planned, tmp_path / "ref")
    simulate(reference, days=2, seed=3, run_id="r")
    expected = (reference / "runs" / "r" / "trajectory.jsonl").read_bytes()
    folder = copy_tree(planned, tmp_path / "c")
    trajectory = folder / "runs" / "r" / "trajectory.jsonl"
    command = [sys.executable, "-m", "synthcomp.cli", "simulate", str(folder), "--days", "2",
               "--seed", "3", "--run-id", "r"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if trajectory.exists() and len(trajectory.read_bytes().splitlines()) >= 40:
            process.send_signal(signal.SIGINT)
            break
        time.sleep(0.01)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, (out, err)
    assert "synthcomp resume" in out and "Traceback" not in err
    summary = folder / "runs" / "r" / "summary.json"
    paused = json.loads(summary.read_text("utf-8"))
    assert paused["status"] == "paused"
    # As if the first segment had run for 1000 s: the resumed run's wall time adds to it.
    summary.write_text(json.dumps({**paused, "wall_seconds": 1000.0}), "utf-8")
    finished = subprocess.run([sys.executable, "-m", "synthcomp.cli", "resume", str(folder / "runs" / "r")],
                              capture_output=True, text=True, timeout=300, check=False)
    assert finished.returncode == 0, finished.stderr
    assert trajectory.read_bytes() == expected
    assert json.loads(summary.read_text("utf-8"))["wall_seconds"] > 1000
    # Resuming it again has nothing to do: the run is shown, nothing changes, and it is no error.
    again = subprocess.run([sys.executable, "-m", "synthcomp.cli", "resume", str(folder / "runs" / "r")],
                           capture_output=True, text=True, timeout=300, check=False)
    assert again.returncode == 0 and "has already finished: nothing to resume" in again.stdout
    assert " finished: " in again.stdout and trajectory.read_bytes() == expected


@pytest.mark.slow
def test_collaborator_is_swappable(planned: Path, tmp_path: Path) -> None:
    met: list[str] = []

    def my_collaborator(payload: dict[str, Any]) -> dict[str, Any]:
        met.append(payload["collaborator"]["id"])
        return {"outbox": [{"id": m["id"], "answered": True} for m in payload["incoming"]]}

    folder = copy_tree(planned, tmp_path / "c")
    context = SimulationContext(computer_dir=str(folder), run_dir=str(folder / "runs" / "x"), days=3)
    final = build_simulation(collaborator=my_collaborator).compile().invoke(
        {"day": 0, "turn": 0}, context=context, config={"recursion_limit": 10_000})
    assert met, "our collaborator node was called"
    # What our node was shown it answered (a message sent on the run's last turns may not
    # have reached anyone yet).
    seen = [m for m in final["outbox"] if m["to"] in met]
    assert seen and all(m["answered"] for m in seen)
    assert not final.get("inbox"), "nobody but our node answered"


def test_a_run_folder_in_use_is_never_reused(planned: Path, tmp_path: Path) -> None:
    """A folder holding another run's trajectory (a Studio run, say) would replay its answers."""
    folder = copy_tree(planned, tmp_path / "c")
    (folder / "runs" / "used").mkdir(parents=True)
    (folder / "runs" / "used" / "trajectory.jsonl").write_text("{}\n")
    with pytest.raises(InputError, match="run used already exists"):
        simulate(folder, days=1, run_id="used")
    (folder / "runs" / "server").mkdir()
    (folder / "runs" / "server" / "context.json").write_text('{"model": "offline"}')
    with pytest.raises(InputError, match="no checkpoints here"):
        resume(folder / "runs" / "server")


def test_the_day_log_names_exported_files(planned: Path, tmp_path: Path) -> None:
    from langgraph.runtime import Runtime

    from synthcomp.graphs.simulation import end_of_day

    context = SimulationContext(computer_dir=str(planned), run_dir=str(tmp_path / "run"))
    calls = [{"name": "export_pdf", "args": {"source": "a.docx", "destination": "Out/a.pdf"}, "id": "1"},
             {"name": "write_document", "args": {"path": "Out/b.docx", "title": "B", "markdown": ""},
              "id": "2"}]
    state: Any = {"day": 0, "turn": 3, "messages": [AIMessage("", tool_calls=calls)]}
    line = end_of_day(state, Runtime(context=context))["log"][0]  # type: ignore[arg-type]
    assert "2 files written (a.pdf, b.docx)" in line
