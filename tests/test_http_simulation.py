"""A simulation whose user model is reached over HTTP: malformed answers become error tool
results the model can act on, and a model that stays down pauses the run, which resumes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from support.fault_server import Fault, FaultServer
from support.files import copy_tree, run_events

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import resume, simulate
from synthcomp.models.settings import ModelConfig, RetryPolicy

QUICK = ModelConfig(retry=RetryPolicy(attempts=3, initial_wait=0.01, max_wait=0.05))


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer("A payroll officer at a logistics firm in Rotterdam",
                            tmp_path_factory.mktemp("http") / "c", seed=5, target_files=25)
    plan_computer(folder, seed=5)
    return folder


def _call(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def test_malformed_answers_become_error_results_and_the_day_goes_on(
        planned: Path, tmp_path: Path, server: FaultServer) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    server.script = [
        Fault("answer", message={"role": "assistant", "content": None,
                                 "tool_calls": [_call("c1", "list_folder", '{"path": ')]}),
        Fault("answer", message={"role": "assistant", "content": None,
                                 "tool_calls": [_call("c2", "teleport", '{"where": "home"}')]}),
        Fault("answer", message={"role": "assistant", "content": "Three things at once.",
                                 "tool_calls": [_call("c3", "list_folder", '{"path": ""}'),
                                                _call("c4", "current_time", "{}"),
                                                _call("c5", "view_calendar", "{}")]}),
        Fault("answer", message={"role": "assistant", "content": ""}),
    ]
    run = simulate(folder, model="openai:scripted", collaborator_model="offline", days=1,
                   run_id="r", config=QUICK)
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["turns"] == 4
    results = {event["tool_call_id"]: event for event in run_events(run, "tool_result")}
    assert results["c1"]["status"] == "error" and "not valid JSON" in results["c1"]["content"]
    assert results["c2"]["status"] == "error" and "teleport" in results["c2"]["content"]
    assert [results[c]["status"] for c in ("c3", "c4", "c5")] == ["success"] * 3
    assert "It is " in results["c4"]["content"]
    # The model was told about its broken call, in the order it made its calls.
    second = server.requests[1]["messages"]
    assert second[-1]["role"] == "tool" and second[-1]["tool_call_id"] == "c1"
    fourth = server.requests[3]["messages"]
    assert [m["tool_call_id"] for m in fourth if m["role"] == "tool"][-3:] == ["c3", "c4", "c5"]
    # The empty answer was asked again, and counted.
    usage = json.loads((run / "usage.json").read_text("utf-8"))
    assert usage["roles"]["user"]["retries"] == 1 and usage["roles"]["user"]["calls"] == 4
    assert len(server.requests) == 5
    # The empty answer's retry was the server's default, a day ended with end_day.
    ended = [e for e in run_events(run, "tool_result") if e["name"] == "end_day"]
    assert len(ended) == 1 and ended[0]["status"] == "success"


def test_a_model_that_stays_down_pauses_the_run_and_resume_goes_on(
        planned: Path, tmp_path: Path, server: FaultServer) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    list_call = Fault("answer", message={"role": "assistant", "content": None,
                                         "tool_calls": [_call("k1", "list_folder", "{}")]})
    server.script = [list_call, *[Fault("status", 503)] * 3]
    run = simulate(folder, model="openai:scripted", collaborator_model="offline", days=1,
                   run_id="r", config=QUICK)
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    assert summary["status"] == "paused"
    assert summary["reason"] == ("user model openai:scripted failed after 3 tries: HTTP 503: "
                                 "Error code: 503 - scripted 503")
    assert summary["turns"] == 1
    before = run_events(run, "tool_result")
    assert [e["tool_call_id"] for e in before] == ["k1"]
    # A run folder from before model configs existed has no "config" in context.json; it resumes.
    saved = json.loads((run / "context.json").read_text("utf-8"))
    saved.pop("config")
    (run / "context.json").write_text(json.dumps(saved), "utf-8")
    # The model is back: the run goes on from the failed turn; nothing done is done again.
    finished = resume(run)
    summary = json.loads((finished / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["turns"] == 2
    assert [e["tool_call_id"] for e in run_events(run, "tool_result")] == ["k1", "end-4"]
    assert len(server.requests) == 5
    usage = json.loads((run / "usage.json").read_text("utf-8"))
    assert usage["roles"]["user"]["calls"] == 2 and usage["roles"]["user"]["retries"] == 2


@pytest.mark.slow
def test_cli_with_a_model_that_stays_down(planned: Path, tmp_path: Path, server: FaultServer) -> None:
    """build and plan stop with one error line and leave nothing; simulate pauses (exit 130)
    with the reason and the resume command."""
    config = tmp_path / "models.toml"
    config.write_text("[retry]\nattempts = 2\ninitial_wait = 0.01\n")
    server.script = [Fault("status", 503)] * 100
    env = {**os.environ, "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "sk-test"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "synthcomp.cli", *args, "--model", "openai:down",
                               "--config", str(config)], capture_output=True, text=True, env=env,
                              timeout=300, check=False)

    built = run("build", "--persona", "a baker in Tunis", "--out", str(tmp_path / "b"))
    assert built.returncode == 1 and "Traceback" not in built.stderr
    # Each failed try was a warning line when it happened; the error is the last line.
    *warnings, error = built.stderr.strip().splitlines()
    assert error == ("error: world model openai:down failed after 2 tries: HTTP 503: "
                     "Error code: 503 - scripted 503")
    assert warnings and all(w.startswith("warning: world model openai:down: HTTP 503") for w in warnings)
    assert not (tmp_path / "b").exists()
    assert "usage     world (openai:down): 0 calls, 0 tokens in, 0 out, 1 retry, cost unknown" \
        in built.stdout
    folder = copy_tree(planned, tmp_path / "c")
    plan = (folder / "meta" / "plan.json").read_bytes()
    replanned = run("plan", str(folder), "--overwrite")
    assert replanned.returncode == 1 and "planner model openai:down failed" in replanned.stderr
    assert (folder / "meta" / "plan.json").read_bytes() == plan
    # What the failed attempt spent is shown, and a model with no price is never shown as $0.
    assert "usage     planner (openai:down): 0 calls, 0 tokens in, 0 out, 1 retry, cost unknown" \
        in replanned.stdout
    ran = run("simulate", str(folder), "--days", "1", "--run-id", "r")
    assert ran.returncode == 130, ran.stderr
    assert "paused (user model openai:down failed after 2 tries: HTTP 503" in ran.stdout
    assert f"synthcomp resume {folder / 'runs' / 'r'}" in ran.stdout


@pytest.mark.slow
def test_resume_with_another_model_fixes_a_run_paused_on_a_wrong_one(
        planned: Path, tmp_path: Path, server: FaultServer) -> None:
    """'fix the cause, then resume': a model name the server does not know (404) is fixed on
    the resume command line; the fix is kept for later resumes."""
    folder = copy_tree(planned, tmp_path / "c")
    server.script = [Fault("status", 404)] * 10
    run = simulate(folder, model="openai:typo", collaborator_model="offline", days=1, run_id="r",
                   config=QUICK)
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    assert summary["status"] == "paused" and "refused the call" in summary["reason"]
    resumed = subprocess.run([sys.executable, "-m", "synthcomp.cli", "resume", str(run),
                              "--user-model", "offline"], capture_output=True, text=True,
                             timeout=300, check=False)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert " finished: " in resumed.stdout and "usage     user (offline): " in resumed.stdout
    saved = json.loads((run / "context.json").read_text("utf-8"))
    assert saved["model"] == "offline" and saved["collaborator_model"] == "offline"
    assert len(server.requests) == 1  # the 404 was not retried, and nothing asked it again
    empty = subprocess.run([sys.executable, "-m", "synthcomp.cli", "resume", str(run), "--model", " "],
                           capture_output=True, text=True, timeout=120, check=False)
    assert empty.returncode == 1 and "model name is empty" in empty.stderr
