"""The month's loop with real-model behaviours, in-process and over HTTP: prose answers do not
end days, marking everything done does not end the month, and the next morning starts from the
agent's own activity log."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage
from langchain_core.tools import tool
from support import LYON
from support.behaviours import (
    LOGGED,
    BehaviourModel,
    Policy,
    logs_on_day_one,
    marks_everything_done_at_once,
    prose_every_third_turn,
    reads_a_lot,
)
from support.fault_server import FaultServer
from support.files import copy_tree, run_events
from support.models import ScriptedModel, tool_call

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.graphs.user_agent import build_user_agent
from synthcomp.models.settings import ModelConfig, ModelSettings, RetryPolicy
from synthcomp.tools import agent_toolset
from synthcomp.tools.errors import MAX_OUTPUT_CHARS

QUICK = ModelConfig(retry=RetryPolicy(attempts=2, initial_wait=0.01, max_wait=0.05))


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("loop") / "c", seed=4, target_files=30)
    plan_computer(folder, seed=4)
    return folder


def _run(transport: str, policy: Policy, folder: Path, server: FaultServer | None,
         **budget: Any) -> tuple[Path, list[dict[str, Any]]]:
    """A run of ``policy`` through ``transport``; the run folder and every request it sent."""
    if transport == "http":
        assert server is not None
        server.responder = policy
        run = simulate(folder, model="openai:behaviour", collaborator_model="offline",
                       config=QUICK, **budget)
        return run, [r for r in server.requests if r.get("tools")]
    model = BehaviourModel(policy=policy)
    run = simulate(folder, chat_model=model, collaborator_model="offline", **budget)
    return run, model.requests


@pytest.fixture
def maybe_server(request: pytest.FixtureRequest) -> FaultServer | None:
    return request.getfixturevalue("server") if request.param == "http" else None


TRANSPORTS = pytest.mark.parametrize(("transport", "maybe_server"), [("in-process", "in-process"),
                                                                     ("http", "http")],
                                     indirect=["maybe_server"])


@pytest.mark.slow
@TRANSPORTS
def test_prose_every_third_turn_does_not_end_the_day(
        planned: Path, tmp_path: Path, transport: str, maybe_server: FaultServer | None) -> None:
    run, requests = _run(transport, prose_every_third_turn, copy_tree(planned, tmp_path / "c"),
                         maybe_server, days=2, day_turns=90)
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["days"] == 2
    per_day = [int(line.split(": ")[1].split(" turns")[0]) for line in summary["log"]]
    assert per_day == [90, 90]  # each day ran to its turn budget, through every prose answer
    nudges = run_events(run, "nudge")
    assert len(nudges) >= 55 and "Continue with your work, or call end_day" in nudges[0]["text"]
    # The nudge tells the simulated time, which moves.
    assert nudges[0]["text"] != nudges[-1]["text"]
    assert len(requests) == 180


@pytest.mark.slow
@TRANSPORTS
def test_marking_everything_done_at_once_is_refused_and_the_month_runs_its_days(
        planned: Path, tmp_path: Path, transport: str, maybe_server: FaultServer | None) -> None:
    run, _ = _run(transport, marks_everything_done_at_once, copy_tree(planned, tmp_path / "c"),
                  maybe_server)
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    plan = json.loads((run / "plan.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["days"] == len(plan["working_days"]) == 20
    assert summary["deliverables_done"] == []
    marks = [e for e in run_events(run, "tool_result") if e["name"] == "mark_done"]
    deliverables = [d for o in plan["objectives"] for d in o["deliverables"]]
    assert len(marks) == len(deliverables) > 0
    assert all(e["content"].startswith("Error: ") and "does not exist yet" in e["content"] for e in marks)


@pytest.mark.slow
@TRANSPORTS
def test_the_next_morning_starts_from_the_activity_log(
        planned: Path, tmp_path: Path, transport: str, maybe_server: FaultServer | None) -> None:
    run, requests = _run(transport, logs_on_day_one, copy_tree(planned, tmp_path / "c"),
                         maybe_server, days=2)
    mornings = [r for r in requests if any(
        m["role"] == "user" and "working day 2 of" in str(m.get("content")) for m in r["messages"])]
    first_of_day_two = mornings[0]["messages"]
    assert sum(m["role"] == "assistant" for m in first_of_day_two) == 0  # yesterday's transcript is gone
    session = " ".join(str(m.get("content")) for m in first_of_day_two)
    assert LOGGED in session
    assert "Logged what I found; tomorrow the cleaning line." in session  # yesterday's end_day
    log = next(p for p in (run / "drive").rglob("*.md")
               if p.name.lower().replace("_", " ").replace("-", " ") == "activity log.md"
               ).read_text("utf-8")
    assert LOGGED in log and "End of day: Logged what I found" in log


@pytest.mark.slow
def test_a_small_context_window_is_kept_to_without_a_pause(
        planned: Path, tmp_path: Path, server: FaultServer) -> None:
    # A 16k server whose tokenizer counts more tokens than our estimate, refusing longer
    # requests with 400 context_length_exceeded, as OpenAI does.
    server.context_window, server.chars_per_token = 16384, 3.0
    server.responder = reads_a_lot
    config = QUICK.model_copy(update={"models": {"openai:small": ModelSettings(
        context_window=16384, max_output_tokens=1024)}})
    run = simulate(copy_tree(planned, tmp_path / "c"), model="openai:small",
                   collaborator_model="offline", config=config, days=3)
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["days"] == 3
    # Each day ran its course: to end_day, or (when today's oldest turns had to be left out and
    # the model lost count of its answers) to the day's turn budget.
    assert all(int(line.split(": ")[1].split(" turns")[0]) in (41, 150) for line in summary["log"])
    calls = run_events(run, "model_call")
    accepted = [r for r in server.requests if r.get("tools") and server.tokens(r) <= 16384]
    assert len(accepted) == len(calls)
    # The answer's room is sent (ChatOpenAI names it max_completion_tokens).
    assert all((r.get("max_completion_tokens") or r.get("max_tokens")) == 1024 for r in accepted)
    # The estimate learned the server's count: few refusals, each followed by a request that fit.
    assert len(server.refused) <= 3, server.refused
    trimmed = [c for c in calls if c["elided"]]
    assert trimmed and max(c["sent_tokens"] for c in calls) < 16384
    # Elision goes in chunks: most requests share their whole beginning with the one before.
    reuse = [c["prefix_tokens"] / c["sent_tokens"] for c in calls if c["elided"]]
    assert sorted(reuse)[len(reuse) // 2] > 0.8, reuse


@tool
def shout(runtime: Any = None) -> str:
    """A tool of the user's own that answers at great length (a whole log file, say)."""
    return "x" * 100_000


def test_a_tool_of_ones_own_that_answers_at_length_is_bounded(planned: Path, tmp_path: Path) -> None:
    model = ScriptedModel(seed=4, by_turn=True, script=[tool_call("shout", {}, "s1")])
    run = simulate(copy_tree(planned, tmp_path / "c"), days=1, chat_model=model, max_turns=3,
                   user_agent=build_user_agent(tools=agent_toolset([shout])))
    result = next(e for e in run_events(run, "tool_result") if e["tool_call_id"] == "s1")
    assert len(result["content"]) <= MAX_OUTPUT_CHARS and "output cut at" in result["content"]
    assert len(str(model.seen[1][-1].content)) <= MAX_OUTPUT_CHARS  # what the model read next


def test_parallel_journal_calls_run_in_order_and_two_end_days_do_not_break_the_day(
        planned: Path, tmp_path: Path) -> None:
    entries = [f"Entry {n}: checked line {n} of the budget." for n in range(8)]
    many = AIMessage("", tool_calls=[{"name": "log_activity", "args": {"entry": e}, "id": f"l{n}"}
                                     for n, e in enumerate(entries)])
    twice = AIMessage("", tool_calls=[{"name": "end_day", "args": {"summary": s}, "id": f"e{n}"}
                                      for n, s in enumerate(["First word.", "Last word."])])
    run = simulate(copy_tree(planned, tmp_path / "c"), days=2, chat_model=ScriptedModel(
        seed=4, by_turn=True, script=[many, twice]))
    log = next(p for p in (run / "drive").rglob("*.md")
               if p.name.lower().replace("_", " ").replace("-", " ") == "activity log.md"
               ).read_text("utf-8")
    # Every entry, in the order the model gave them (the calls ran one at a time); the script
    # starts again each morning, so each day has the eight.
    assert [line.split(" ", 2)[2] for line in log.splitlines() if "Entry" in line] == entries * 2
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["days"] == 2
    assert all(line.endswith("Last word.") for line in summary["log"])  # each day: 2 turns
