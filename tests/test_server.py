"""The offline model over real HTTP (`synthcomp serve-model`): what OpenAI clients see, and the
whole pipeline through it giving what `--model offline` gives, byte for byte."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import uvicorn
from langchain_openai import ChatOpenAI
from openai import AsyncOpenAI, OpenAI
from support import LYON
from support.files import copy_run, tree_digest

from synthcomp.api.build import build_computer
from synthcomp.api.grade import grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.models.offline import OfflineChatModel
from synthcomp.models.offline_server import create_app
from synthcomp.models.settings import ModelConfig, ModelSettings
from synthcomp.prompts import render
from synthcomp.schemas import UserProfile

PROMPT = render("user_profile", {"persona": "A baker in Porto", "today": "2026-03-02"},
                persona="A baker in Porto")
PROFILE_TOOL = {"type": "function", "function": {"name": "UserProfile", "description": "A profile",
                                                 "parameters": UserProfile.model_json_schema()}}
SEED, DAYS, FILES = 3, 2, 20


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The real CLI, `synthcomp serve-model --port 0`, in a subprocess; its first line names
    the URL once the port is listening."""
    process = subprocess.Popen(
        [sys.executable, "-m", "synthcomp.cli", "serve-model", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith("serving the offline model at http://127.0.0.1:"), process.stderr.read()
    yield line.split()[-1]
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture
def client(base_url: str) -> OpenAI:
    return OpenAI(base_url=base_url, api_key="any", max_retries=0)


def _offline_profile(seed: int) -> dict[str, Any]:
    answer = OfflineChatModel(seed=seed).bind_tools([UserProfile], tool_choice="UserProfile").invoke(PROMPT)
    return answer.tool_calls[0]["args"]


def test_models_lists_offline(client: OpenAI) -> None:
    assert [m.id for m in client.models.list()] == ["offline"]


def test_served_model_names_answer_as_the_offline_model() -> None:
    # As vLLM's --served-model-name: a config naming openai:gpt-4o can be tried locally.
    from starlette.testclient import TestClient

    with TestClient(create_app(names=("offline", "gpt-4o"))) as http:
        assert [m["id"] for m in http.get("/v1/models").json()["data"]] == ["offline", "gpt-4o"]
        ask = {"messages": [{"role": "user", "content": PROMPT}], "tools": [PROFILE_TOOL],
               "tool_choice": {"type": "function", "function": {"name": "UserProfile"}}, "seed": 1}
        answers = [http.post("/v1/chat/completions", json={**ask, "model": name}).json()
                   for name in ("offline", "gpt-4o")]
        assert [a["choices"][0]["message"] for a in answers] == [answers[0]["choices"][0]["message"]] * 2
        refused = http.post("/v1/chat/completions", json={**ask, "model": "gpt-5"})
        assert refused.status_code == 404 and "'offline', 'gpt-4o'" in refused.json()["error"]["message"]


def test_answers_are_not_held_back(client: OpenAI) -> None:
    """A missing TCP_NODELAY made every answer wait ~40 ms for the client's delayed ACK."""
    client.models.list()
    trips = []
    for _ in range(20):
        started = time.perf_counter()
        client.models.list()
        trips.append(time.perf_counter() - started)
    # With the stall every trip takes 40 ms or more; the quickest shows it, however loaded.
    assert min(trips) < 0.03, trips


def test_completion_with_a_forced_tool(client: OpenAI) -> None:
    ask: Any = {"model": "offline", "messages": [{"role": "user", "content": PROMPT}],
                "tools": [PROFILE_TOOL], "tool_choice": {"type": "function",
                                                         "function": {"name": "UserProfile"}}}
    answer = client.chat.completions.create(**ask, seed=1)
    choice = answer.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "UserProfile"  # type: ignore[union-attr]
    assert json.loads(call.function.arguments) == _offline_profile(1)  # type: ignore[union-attr]
    # The same tool schema in-process: the counts include the schemas a request carries.
    offline = OfflineChatModel(seed=1).bind_tools([PROFILE_TOOL], tool_choice="UserProfile").invoke(PROMPT)
    assert offline.usage_metadata is not None and answer.usage is not None
    assert (answer.usage.prompt_tokens, answer.usage.completion_tokens, answer.usage.total_tokens) == (
        offline.usage_metadata["input_tokens"], offline.usage_metadata["output_tokens"],
        offline.usage_metadata["total_tokens"])
    # The same request gives the same answer and id; the seed (default 0) changes the answer.
    assert client.chat.completions.create(**ask, seed=1).model_dump() == answer.model_dump()
    unseeded = client.chat.completions.create(**ask)
    assert unseeded.id != answer.id
    assert json.loads(unseeded.choices[0].message.tool_calls[0].function.arguments) == \
        _offline_profile(0)  # type: ignore[index, union-attr]


def test_plain_answer_stops(client: OpenAI) -> None:
    answer = client.chat.completions.create(model="offline", messages=[{"role": "user", "content": "hi"}])
    assert answer.choices[0].finish_reason == "stop"
    assert answer.choices[0].message.content == "Understood."
    assert answer.choices[0].message.tool_calls is None


def test_streaming_gives_the_same_answer(client: OpenAI) -> None:
    ask: Any = {"model": "offline", "messages": [{"role": "user", "content": PROMPT}],
                "tools": [PROFILE_TOOL], "tool_choice": "required", "seed": 1}
    whole = client.chat.completions.create(**ask)
    chunks = list(client.chat.completions.create(**ask, stream=True,
                                                 stream_options={"include_usage": True}))
    assert len(chunks) > 4  # arguments really come in pieces
    arguments = "".join(c.choices[0].delta.tool_calls[0].function.arguments or ""  # type: ignore[index, union-attr]
                        for c in chunks if c.choices and c.choices[0].delta.tool_calls)
    assert json.loads(arguments) == _offline_profile(1)
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"
    assert chunks[-1].choices == [] and chunks[-1].usage == whole.usage
    assert {c.id for c in chunks} == {whole.id}


def test_stream_ends_with_done(base_url: str) -> None:
    body = {"model": "offline", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    lines = [line for line in httpx.post(f"{base_url}/chat/completions", json=body).text.splitlines()
             if line]
    assert lines[-1] == "data: [DONE]"
    assert all(line.startswith("data: ") for line in lines)
    assert not any("usage" in json.loads(line[6:]) for line in lines[:-1])  # not asked for


def test_response_format_json_schema(client: OpenAI) -> None:
    answer = client.chat.completions.create(
        model="offline", messages=[{"role": "user", "content": PROMPT}], seed=1,
        response_format={"type": "json_schema", "json_schema": {
            "name": "UserProfile", "schema": UserProfile.model_json_schema()}})
    assert answer.choices[0].finish_reason == "stop"
    assert json.loads(answer.choices[0].message.content or "") == _offline_profile(1)
    # The openai client's own structured output (strict schema from the pydantic class).
    parsed = client.chat.completions.parse(model="offline", messages=[{"role": "user", "content": PROMPT}],
                                           seed=1, response_format=UserProfile)
    assert parsed.choices[0].message.parsed == UserProfile.model_validate(_offline_profile(1))


def test_errors_in_openai_format(client: OpenAI, base_url: str) -> None:
    with pytest.raises(openai.NotFoundError) as unknown:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert unknown.value.status_code == 404 and unknown.value.code == "model_not_found"
    malformed = httpx.post(f"{base_url}/chat/completions", content=b"{not json",
                           headers={"content-type": "application/json"})
    assert malformed.status_code == 400
    error = malformed.json()["error"]
    assert error["type"] == "invalid_request_error" and "not valid JSON" in error["message"]
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="offline", messages=[])
    # Malformed tools are the client's mistake (400), not a server error a client retries (500).
    for tools in ({"name": "x"}, [{"type": "function"}], [{"type": "function", "function": {"name": ""}}],
                  [{"type": "function", "function": {"name": "f", "parameters": [1]}}]):
        answer = httpx.post(f"{base_url}/chat/completions", json={
            "model": "offline", "messages": [{"role": "user", "content": "hi"}], "tools": tools})
        assert answer.status_code == 400, (tools, answer.status_code, answer.text[:200])
        assert "tools" in answer.json()["error"]["message"]


def test_concurrent_requests_overlap() -> None:
    """With latency, concurrent requests wait together (the benchmark relies on this)."""
    server = uvicorn.Server(uvicorn.Config(create_app(latency=0.5), host="127.0.0.1", port=0,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started
    port = server.servers[0].sockets[0].getsockname()[1]
    client = AsyncOpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="any", max_retries=0)

    async def ask_many() -> list[Any]:
        return await asyncio.gather(*(client.chat.completions.create(
            model="offline", messages=[{"role": "user", "content": PROMPT}], seed=n) for n in range(6)))

    started = time.perf_counter()
    answers = asyncio.run(ask_many())
    elapsed = time.perf_counter() - started
    server.should_exit = True
    thread.join(timeout=10)
    assert len({a.choices[0].message.content for a in answers}) == 1  # no tools: the plain answer
    assert 0.5 <= elapsed < 2.5  # one after the other would take 3 s


# The pipeline through HTTP ------------------------------------------------------------------

def _pipeline(folder: Path, model: str) -> Path:
    """Build a small computer, plan its month, simulate two days and grade them; return the run
    folder."""
    build_computer(LYON, folder, seed=SEED, target_files=FILES, model=model)
    plan_computer(folder, seed=SEED, model=model)
    run = simulate(folder, days=DAYS, seed=SEED, model=model)
    grade_run(run, model=model)
    return run



@pytest.fixture(scope="module")
def offline_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pipeline(tmp_path_factory.mktemp("offline") / "c", "offline")


def _assert_same_outputs(reference: Path, run: Path, label: str) -> None:
    computer, expected = run.parents[1], reference.parents[1]
    assert tree_digest(computer / "drive") == tree_digest(expected / "drive")
    assert tree_digest(run / "drive") == tree_digest(reference / "drive")  # what each run made
    for name in ("plan.json", "manifest.json"):  # they name the model that made them
        text = (computer / "meta" / name).read_text("utf-8")
        assert f'"model": "{label}"' in text
        assert text.replace(f'"model": "{label}"', '"model": "offline"') == \
            (expected / "meta" / name).read_text("utf-8")
    collaborators = Path("meta") / "collaborators"
    assert tree_digest(computer / collaborators) == tree_digest(expected / collaborators)
    assert (run / "trajectory.jsonl").read_bytes() == (reference / "trajectory.jsonl").read_bytes()
    # Run ids derive from the model name, and wall time is wall time.
    counts, expected_counts = (json.loads((r / "summary.json").read_text("utf-8")) for r in (run, reference))
    for summary in (counts, expected_counts):
        del summary["run_id"], summary["wall_seconds"]
    assert counts == expected_counts
    _assert_same_grade(reference, run, label)


def _assert_same_grade(reference: Path, run: Path, label: str) -> None:
    grade, expected = (json.loads((r / "grade.json").read_text("utf-8")) for r in (run, reference))
    assert (grade.pop("judge_model"), expected.pop("judge_model")) == (label, "offline")
    assert (grade.pop("run_id"), expected.pop("run_id")) == (run.name, reference.name)
    assert grade == expected and grade["deliverables_present"] >= 1


@pytest.fixture
def openai_env(base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "any")


# Every schema the pipeline asks for (grep `.ask(` in graphs/).
SCHEMAS = {"UserProfile", "FilesystemPolicy", "FilePlan", "FileContent", "ObjectivesDraft",
           "TeamDraft", "EventsDraft", "Rubric", "CollaboratorReply", "JudgeVerdicts"}


def _spy(monkeypatch: pytest.MonkeyPatch, **forced: Any) -> set[str]:
    """Record the schemas ChatOpenAI is asked to structure (with ``forced`` options)."""
    asked: set[str] = set()
    original = ChatOpenAI.with_structured_output

    def spied(self: ChatOpenAI, schema: Any = None, **kwargs: Any) -> Any:
        asked.add(schema.__name__)
        return original(self, schema, **{**kwargs, **forced})

    monkeypatch.setattr(ChatOpenAI, "with_structured_output", spied)
    return asked


@pytest.mark.slow
@pytest.mark.usefixtures("openai_env")
def test_pipeline_over_http_is_the_offline_pipeline(offline_run: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """ChatOpenAI's default structured output (json_schema, through chat.completions.parse and
    openai's strict schema), its tool calls for the user agent, and the collaborators' seed all
    go through HTTP."""
    asked = _spy(monkeypatch)
    run = _pipeline(tmp_path / "c", "openai:offline")
    assert asked == SCHEMAS
    _assert_same_outputs(offline_run, run, "openai:offline")


@pytest.mark.slow
@pytest.mark.usefixtures("openai_env")
def test_pipeline_over_http_with_function_calling(offline_run: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Structured output as a forced tool call gives the same objects as json_schema."""
    asked = _spy(monkeypatch, method="function_calling")
    run = _pipeline(tmp_path / "c", "openai:offline")
    assert asked == SCHEMAS
    _assert_same_outputs(offline_run, run, "openai:offline")


@pytest.mark.slow
def test_demo_command_over_http_streaming_is_the_offline_demo(base_url: str, tmp_path: Path) -> None:
    """Exactly what a user types: `synthcomp demo --model openai:offline` with OPENAI_BASE_URL
    at `synthcomp serve-model`, here with streamed answers (set in a config file)."""
    config = tmp_path / "models.toml"
    config.write_text('[models."openai:offline"]\nstreaming = true\n')

    def demo(out: Path, *options: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "synthcomp.cli", "demo", "--out", str(out),
                               *options], capture_output=True, text=True, timeout=600,
                              env={**os.environ, **env}, check=False)

    offline = demo(tmp_path / "offline")
    served = demo(tmp_path / "http", "--model", "openai:offline", "--config", str(config),
                  OPENAI_BASE_URL=base_url, OPENAI_API_KEY="any")
    assert offline.returncode == 0 and served.returncode == 0, served.stderr
    assert "usage     user (openai:offline)" in served.stdout
    reference, run = ((tmp_path / name / "computer") for name in ("offline", "http"))
    assert tree_digest(run / "drive") == tree_digest(reference / "drive")
    trajectories = [next((c / "runs").glob("*/trajectory.jsonl")).read_bytes() for c in (reference, run)]
    assert trajectories[0] == trajectories[1]
    drives = [tree_digest(next((c / "runs").glob("*/drive"))) for c in (reference, run)]
    assert drives[0] == drives[1]
    # The judge went over HTTP too, and graded the same files the same way.
    assert "usage     judge (openai:offline)" in served.stdout
    graded = [next((c / "runs").glob("*/grade.json")) for c in (reference, run)]
    grades = [json.loads(path.read_text("utf-8")) for path in graded]
    assert [g.pop("judge_model") for g in grades] == ["offline", "openai:offline"]
    assert [g.pop("run_id") for g in grades] == [path.parent.name for path in graded]
    assert grades[0] == grades[1] and grades[0]["deliverables_present"] >= 1
    # The retrospective too: the served offline judge restates the mechanical items, no more.
    retros = [json.loads(next((c / "runs").glob("*/retro.json")).read_text("utf-8"))
              for c in (reference, run)]
    assert [r["judge"] for r in retros] == ["offline", "openai:offline"]
    assert [(e["topic"], e["text"]) for e in retros[0]["experience"]] == \
        [(e["topic"], e["text"]) for e in retros[1]["experience"]]


def test_azure_openai_judge_reaches_the_same_model(offline_run: Path, base_url: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`azure_openai:<deployment>` goes through AzureChatOpenAI to Azure's URL scheme
    (/openai/deployments/<name>/chat/completions?api-version=...), which serve-model answers."""
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "any")
    monkeypatch.setenv("OPENAI_API_VERSION", "2024-10-21")
    run = copy_run(offline_run, tmp_path / "c")
    endpoint = base_url.removesuffix("/v1")
    config = ModelConfig(models={"azure_openai:offline": ModelSettings(base_url=endpoint)})
    grade_run(run, model="azure_openai:offline", config=config)
    _assert_same_grade(offline_run, run, "azure_openai:offline")
    usage = json.loads((run / "usage.json").read_text("utf-8"))["roles"]["judge"]
    assert usage["model"] == "offline, azure_openai:offline" and usage["calls"] >= 2  # graded twice
    assert config.endpoint_of("azure_openai:offline") == endpoint


def test_a_history_holding_a_broken_tool_call_is_accepted(base_url: str) -> None:
    """A model's call with arguments that are not JSON goes back in the next request's history
    (with its error result); OpenAI accepts that, and so does serve-model."""
    messages = [{"role": "user", "content": "hello"},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": "c1", "type": "function", "function": {"name": "list_folder",
                                                                  "arguments": '{"path": '}}]},
                {"role": "tool", "tool_call_id": "c1", "content": "error: arguments are not JSON"}]
    answer = httpx.post(base_url + "/chat/completions", json={"model": "offline",
                                                              "messages": messages}, timeout=30)
    assert answer.status_code == 200, answer.text
