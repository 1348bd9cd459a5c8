"""Studio: langgraph.json registers every graph, compiled without a checkpointer, with forms and
contexts the server can draw; `langgraph dev` lists, draws and runs them."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GRAPHS = ["world_builder", "objective_planner", "user_agent", "collaborator", "simulation", "grader"]


SERVED: dict[str, Path] = {}  # the running server's Studio folder (set by the server fixture)


@pytest.fixture(autouse=True)
def _studio_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process Studio graphs work under the test's folder (the server has its own)."""
    monkeypatch.setenv("SYNTHCOMP_STUDIO_DIR", str(tmp_path))


def _registered() -> dict[str, str]:
    graphs: dict[str, str] = json.loads((ROOT / "langgraph.json").read_text("utf-8"))["graphs"]
    return graphs


def _load(spec: str) -> Any:
    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)


def test_every_graph_is_registered_without_a_checkpointer() -> None:
    graphs = _registered()
    assert sorted(graphs) == sorted(GRAPHS)
    for name, spec in graphs.items():
        graph = _load(spec)
        assert graph.checkpointer is None, name
        # The server draws a form from these; none may fail.
        assert graph.get_input_jsonschema()["properties"], name
        assert graph.get_output_jsonschema()["properties"], name
        assert set(graph.get_context_jsonschema()["properties"]) >= {"model", "seed"}, name
        assert name in graph.get_graph(xray=1).draw_mermaid(), name


def test_the_real_graphs_schemas_can_be_drawn() -> None:
    """The server asks for each subgraph's schemas too (Studio's subgraph view)."""
    from synthcomp.api.draw import BUILDERS

    for name, build in BUILDERS.items():
        graph = build().compile()
        assert graph.get_input_jsonschema()["properties"], name
        graph.get_output_jsonschema()
        context = graph.get_context_jsonschema()["properties"]
        assert {"model", "seed"} <= set(context) and not any(k.startswith("_") for k in context), name
        assert "usage" not in context and "chat_model" not in context, name


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`langgraph dev` on a free loopback port, its storage and outputs in a temp folder."""
    langgraph = Path(sys.executable).parent / "langgraph"
    if not langgraph.exists():
        pytest.skip("langgraph-cli is not installed (pip install -e '.[dev]')")
    work = tmp_path_factory.mktemp("studio")
    port = _free_port()
    env = {**os.environ, "SYNTHCOMP_STUDIO_DIR": str(work / "out"), "LANGGRAPH_CLI_NO_ANALYTICS": "1",
           "LANGSMITH_TRACING": "false", "LANGCHAIN_TRACING_V2": "false"}
    log = (work / "server.log").open("w")
    process = subprocess.Popen(
        [str(langgraph), "dev", "--config", str(ROOT / "langgraph.json"), "--host", "127.0.0.1",
         "--port", str(port), "--no-browser", "--no-reload"],
        cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    SERVED["root"] = work / "out"
    try:
        import httpx

        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                pytest.fail("langgraph dev exited:\n" + (work / "server.log").read_text()[-3000:])
            try:
                if httpx.get(url + "/ok", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("langgraph dev did not answer /ok in 120 s:\n"
                            + (work / "server.log").read_text()[-3000:])
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(work / ".langgraph_api", ignore_errors=True)


@pytest.mark.slow
def test_the_server_lists_draws_and_runs_the_graphs(server: str, tmp_path: Path) -> None:
    from langgraph_sdk import get_sync_client

    client = get_sync_client(url=server)
    assistants = {a["graph_id"]: a["assistant_id"] for a in client.assistants.search(limit=50)}
    assert sorted(assistants) == sorted(GRAPHS)
    for name, assistant in assistants.items():
        drawing = client.assistants.get_graph(assistant, xray=True)
        ids = {node["id"] for node in drawing["nodes"]}
        assert "prepare" in ids and any(i.startswith(name + ":") for i in ids), (name, ids)
        schemas = client.assistants.get_schemas(assistant)
        assert schemas["input_schema"]["properties"], name

    thread = client.threads.create()
    built = client.runs.wait(thread["thread_id"], assistants["world_builder"],
                             input={"persona": "A tax lawyer in Madrid", "target_files": 20,
                                    "out_dir": "madrid"})
    assert isinstance(built, dict), built
    assert Path(built["manifest_path"]).is_file()

    thread = client.threads.create()
    updates = list(client.runs.stream(
        thread["thread_id"], assistants["simulation"], stream_mode="updates", stream_subgraphs=True,
        input={"computer_dir": built["out_dir"], "days": 1, "max_turns": 6},
        context={"model": "offline", "seed": 2}))
    assert not [u for u in updates if u.event == "error"], updates
    # The real simulation's steps stream as a subgraph's.
    assert any("|" in u.event or ":" in u.event for u in updates if u.event.startswith("updates"))
    state = client.threads.get_state(thread["thread_id"])
    summary = state["values"]["summary"]
    assert summary["status"] == "finished" and summary["turns"] == 6
    run_dir = Path(state["values"]["run_dir"])
    assert (run_dir / "summary.json").is_file() and (run_dir / "trajectory.jsonl").is_file()
    usage = json.loads((run_dir / "usage.json").read_text("utf-8"))
    assert usage["roles"]["user"]["calls"] == 6
    history = client.threads.get_history(thread["thread_id"], limit=50)
    assert [h["next"] for h in history][:1] == [[]] and len(history) >= 4

    # A fork after `prepare` with a smaller budget is a new run, in a new folder: the first
    # run's trajectory and summary are left as they were.
    before = {name: (run_dir / name).read_bytes() for name in ("summary.json", "trajectory.jsonl")}
    prepared = next(h for h in history if h["next"] == ["simulation"])
    fork = client.threads.update_state(thread["thread_id"], {"max_turns": 3},
                                       checkpoint_id=prepared["checkpoint"]["checkpoint_id"])
    forked = client.runs.wait(thread["thread_id"], assistants["simulation"], input=None,
                              checkpoint_id=fork["checkpoint"]["checkpoint_id"])
    assert isinstance(forked, dict) and forked["summary"]["turns"] == 3, forked
    fork_dir = Path(forked["run_dir"])
    assert fork_dir != run_dir and fork_dir.parent == run_dir.parent
    assert json.loads((fork_dir / "context.json").read_text("utf-8"))["max_turns"] == 3
    assert {name: (run_dir / name).read_bytes() for name in before} == before

    # The run's deliverables graded: the judge's calls add to the run's usage.
    thread = client.threads.create()
    graded = client.runs.wait(thread["thread_id"], assistants["grader"],
                              input={"run_dir": str(run_dir)}, context={"model": "offline"})
    assert isinstance(graded, dict) and graded.get("grade"), graded
    assert Path(graded["grade_path"]) == run_dir / "grade.json"
    assert graded["grade"]["run_id"] == run_dir.name and graded["grade"]["deliverables_graded"] >= 1
    assert json.loads((run_dir / "grade.json").read_text("utf-8")) == graded["grade"]

    # One collaborator's answer to a message, on the same (now planned) computer.
    thread = client.threads.create()
    answered = client.runs.wait(thread["thread_id"], assistants["collaborator"], input={
        "computer_dir": built["out_dir"], "subject": "Figures", "message": "Can you send the figures?"})
    assert isinstance(answered, dict) and answered.get("inbox"), answered
    usage = json.loads((Path(answered["run_dir"]) / "usage.json").read_text("utf-8"))
    assert usage["roles"]["collaborator"]["calls"] >= 1

    # A user's mistake comes back with its message, not 'An internal error occurred'.
    thread = client.threads.create()
    failed = client.runs.wait(thread["thread_id"], assistants["world_builder"],
                              input={"out_dir": built["out_dir"]}, raise_error=False)
    assert "already holds a computer" in json.dumps(failed), failed


@pytest.mark.slow
def test_cli_simulates_via_the_server(server: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from synthcomp.api.build import build_computer
    from synthcomp.cli import app

    folder = build_computer("A nurse in Oslo", SERVED["root"] / "oslo", seed=1, target_files=20)
    result = CliRunner().invoke(app, ["simulate", str(folder), "--via-server", server, "--days", "1",
                                      "--max-turns", "5", "--run-id", "served"])
    assert result.exit_code == 0, result.output
    # The thread is named before the run's own lines, so Studio can show it while it goes.
    assert result.output.index("thread ") < result.output.index("run       served finished")
    assert "5 turns" in result.output
    assert "usage     user (offline): 5 calls" in result.output
    summary = json.loads((folder / "runs" / "served" / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["turns"] == 5
    down = CliRunner().invoke(app, ["simulate", str(folder), "--via-server", "http://127.0.0.1:9"])
    assert down.exit_code == 1 and "cannot reach a LangGraph server" in down.output


@pytest.mark.slow
def test_no_other_web_page_can_use_the_server(server: str, tmp_path: Path) -> None:
    import httpx

    # What a page on another site can make a browser send without asking first: a text/plain
    # POST. The server must refuse it, not build or replace anything.
    attack = json.dumps({"assistant_id": "world_builder",
                         "input": {"out_dir": "victim", "overwrite": True, "target_files": 10}})
    for origin in ("https://evil.example", "http://localhost:9999", "null"):
        answer = httpx.post(f"{server}/runs/wait", content=attack, timeout=30,
                            headers={"Origin": origin, "Content-Type": "text/plain"})
        assert answer.status_code == 403, (origin, answer.status_code, answer.text[:200])
        assert "access-control-allow-origin" not in answer.headers
        preflight = httpx.options(f"{server}/runs/wait", timeout=30, headers={
            "Origin": origin, "Access-Control-Request-Method": "POST"})
        assert preflight.status_code == 403
    # DNS rebinding: a page whose name is made to resolve to 127.0.0.1 is, to the browser, the
    # server's own origin; it sends its own name as Host and Origin, even for a plain GET.
    port = server.rpartition(":")[2]
    for rebound in (f"attacker.example:{port}", "attacker.example", f"127.0.0.1.evil.example:{port}"):
        for headers in ({"Host": rebound, "Origin": f"http://{rebound}", "Content-Type": "text/plain"},
                        {"Host": rebound}):
            answer = httpx.post(f"{server}/runs/wait", content=attack, timeout=30, headers=headers)
            assert answer.status_code == 403, (headers, answer.status_code, answer.text[:200])
        assert httpx.get(f"{server}/assistants/search", headers={"Host": rebound},
                         timeout=30).status_code == 403
    assert not (SERVED["root"] / "victim").exists()
    # LangGraph Studio, the server's own pages and clients that send no Origin are answered.
    studio = httpx.post(f"{server}/assistants/search", json={"limit": 1}, timeout=30,
                        headers={"Origin": "https://smith.langchain.com"})
    assert studio.status_code == 200
    assert studio.headers["access-control-allow-origin"] == "https://smith.langchain.com"
    own = server.replace("http://", "")
    assert httpx.post(f"{server}/assistants/search", json={"limit": 1}, timeout=30,
                      headers={"Origin": f"http://{own}"}).status_code == 200
    assert httpx.post(f"{server}/assistants/search", json={"limit": 1}, timeout=30).status_code == 200
    for host in (f"localhost:{port}", "localhost", f"127.0.0.1:{port}"):
        assert httpx.post(f"{server}/assistants/search", json={"limit": 1}, timeout=30,
                          headers={"Host": host}).status_code == 200, host


@pytest.mark.slow
def test_studio_writes_only_under_its_folder(server: str, tmp_path: Path) -> None:
    from langgraph_sdk import get_sync_client

    client = get_sync_client(url=server)
    assistants = {a["graph_id"]: a["assistant_id"] for a in client.assistants.search(limit=50)}
    outside = tmp_path / "elsewhere"
    for name, form in (("world_builder", {"out_dir": str(outside)}),
                       ("world_builder", {"out_dir": "../escape"}),
                       ("simulation", {"computer_dir": str(outside), "persona": "A nurse in Oslo"}),
                       ("grader", {"run_dir": str(outside / "runs" / "r")})):
        thread = client.threads.create()
        result = client.runs.wait(thread["thread_id"], assistants[name], input=form, raise_error=False)
        assert "outside the Studio folder" in json.dumps(result), (name, result)
    assert not outside.exists() and not (SERVED["root"].parent / "escape").exists()


def test_overwrite_keeps_the_old_computer_until_the_new_one_is_complete(tmp_path: Path) -> None:
    import asyncio

    from synthcomp.api.build import build_computer
    from synthcomp.computer import Computer
    from synthcomp.studio.context import StudioContext
    from synthcomp.studio.entry import build_studio_world_builder

    old = build_computer("A nurse in Oslo", tmp_path / "oslo", seed=1, target_files=12)
    before = Computer(old).manifest_path.read_bytes()
    graph = build_studio_world_builder().compile()
    # A build that fails once under way (the world builder refuses 5 files) leaves the old
    # computer as it was.
    with pytest.raises(Exception, match="between 10 and 2000"):
        asyncio.run(graph.ainvoke({"persona": "A tax lawyer in Madrid", "out_dir": "oslo",
                                   "overwrite": True, "target_files": 5}, context=StudioContext(seed=2)))
    assert Computer(old).manifest_path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["oslo"], "no half-built folder left"
    done = asyncio.run(graph.ainvoke({"persona": "A tax lawyer in Madrid", "out_dir": "oslo",
                                      "overwrite": True, "target_files": 12},
                                     context=StudioContext(seed=2)))
    assert done["out_dir"] == str(old) and Computer(old).manifest_path.read_bytes() != before
    assert "Madrid" in Computer(old).manifest_path.read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oslo"]


def test_a_day_outside_the_month_is_refused_before_any_run_folder(tmp_path: Path) -> None:
    from langgraph.runtime import Runtime

    from synthcomp.api.build import build_computer
    from synthcomp.api.plan import plan_computer
    from synthcomp.errors import InputError
    from synthcomp.studio.context import StudioContext
    from synthcomp.studio.entry import prepare_day

    folder = build_computer("A nurse in Oslo", tmp_path / "oslo", seed=1, target_files=15)
    plan_computer(folder, seed=1)
    runtime: Any = Runtime(context=StudioContext())
    with pytest.raises(InputError, match="day 50 is not in the month: days 0 to"):
        prepare_day({"computer_dir": str(folder), "day": 50}, {}, runtime)  # type: ignore[typeddict-item]
    assert not (folder / "runs").exists() or not any((folder / "runs").iterdir())
    prepared = prepare_day({"computer_dir": str(folder), "day": 1}, {}, runtime)  # type: ignore[typeddict-item]
    assert prepared["day"] == 1 and Path(prepared["run_dir"]).is_dir()


def test_a_thread_that_has_run_is_not_run_again(tmp_path: Path) -> None:
    from langgraph.runtime import Runtime

    from synthcomp.errors import InputError
    from synthcomp.studio.context import StudioContext
    from synthcomp.studio.entry import prepare_run

    runtime: Any = Runtime(context=StudioContext())
    with pytest.raises(InputError, match="this thread has run already"):
        prepare_run({"run_dir": str(tmp_path / "runs" / "old")}, {}, runtime)  # type: ignore[typeddict-item]


@pytest.mark.slow
def test_the_grader_form_grades_the_latest_run_and_runs_one_day_when_there_is_none(
        tmp_path: Path) -> None:
    import asyncio

    from synthcomp.api.build import build_computer
    from synthcomp.studio.context import StudioContext
    from synthcomp.studio.entry import build_studio_grader

    folder = build_computer("A nurse in Oslo", tmp_path / "oslo", seed=1, target_files=15)
    graph = build_studio_grader().compile()
    context = StudioContext(seed=1)
    first = asyncio.run(graph.ainvoke({"computer_dir": str(folder)}, context=context))
    run_dir = Path(first["run_dir"])
    summary = json.loads((run_dir / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["days"] == 1  # planned, then one day run
    assert first["grade"]["run_id"] == run_dir.name
    again = asyncio.run(graph.ainvoke({"computer_dir": str(folder)}, context=context))
    assert again["run_dir"] == first["run_dir"]  # the latest run, not a new one
    assert len(list((folder / "runs").iterdir())) == 1


def test_form_mistakes_are_named_before_anything_is_made(tmp_path: Path) -> None:
    from langgraph.runtime import Runtime

    from synthcomp.api.build import build_computer
    from synthcomp.api.plan import plan_computer
    from synthcomp.errors import InputError
    from synthcomp.graphs import build_objective_planner, build_world_builder
    from synthcomp.models.context import WorldContext
    from synthcomp.studio.context import StudioContext
    from synthcomp.studio.entry import prepare_collaborator, prepare_run

    runtime: Any = Runtime(context=StudioContext())
    typo = tmp_path / "madird"
    with pytest.raises(InputError, match=f"no computer at {typo}; give a persona as well"):
        prepare_run({"computer_dir": str(typo)}, {}, runtime)  # type: ignore[typeddict-item]
    assert not typo.exists()
    world = build_world_builder().compile()
    for form, message in [({"target_files": 5}, "between 10 and 2000, not 5"),
                          ({"target_files": "many"}, "a whole number, not 'many'"),
                          ({"today": "not-a-date"}, "today 'not-a-date' is not a date")]:
        with pytest.raises(InputError, match=message):
            world.invoke({"persona": "A nurse in Oslo", "out_dir": str(tmp_path / "w"), **form},
                         context=WorldContext())
    assert not (tmp_path / "w").exists()
    folder = build_computer("A nurse in Oslo", tmp_path / "oslo", seed=1, target_files=15)
    with pytest.raises(InputError, match="month_start '2026-13-01' is not a date"):
        build_objective_planner().compile().invoke(
            {"computer_dir": str(folder), "month_start": "2026-13-01"}, context=WorldContext())
    plan_computer(folder, seed=1)
    with pytest.raises(InputError, match="no collaborator 'nobody'; known: "):
        prepare_collaborator({"computer_dir": str(folder), "collaborator_id": "nobody"}, {},  # type: ignore[typeddict-item]
                             runtime)
    assert not (folder / "runs").exists()


def test_only_loopback_hosts_are_answered(monkeypatch: pytest.MonkeyPatch) -> None:
    from synthcomp.studio.guard import host_allowed, origin_allowed

    for host in ("127.0.0.1:2024", "localhost:2024", "LOCALHOST", "[::1]:2024", "[::1]"):
        assert host_allowed(host), host
    for host in ("attacker.example:2024", "localhost.evil.example:2024", "127.0.0.1.nip.io:2024",
                 "", "[::2]:2024"):
        assert not host_allowed(host), host
    # The server's own origin counts only under a loopback name.
    assert origin_allowed("http://localhost:2024", "localhost:2024")
    assert not origin_allowed("http://attacker.example:2024", "attacker.example:2024")
    monkeypatch.setenv("SYNTHCOMP_STUDIO_HOSTS", "devbox.lan")
    assert host_allowed("devbox.lan:2024") and origin_allowed("http://devbox.lan:2024", "devbox.lan:2024")
