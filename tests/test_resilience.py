"""Model calls over real HTTP against a server that misbehaves on purpose: what is retried, how
long we wait, when we give up, and what reaches the model's user."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import HumanMessage
from langchain_core.runnables import Runnable
from pydantic import BaseModel
from support.fault_server import Fault, FaultServer

from synthcomp.errors import ModelError
from synthcomp.models import load_chat_model
from synthcomp.models.context import ModelContext
from synthcomp.models.guard import CallGuard, ModelUnavailable
from synthcomp.models.settings import ModelConfig, ModelSettings, RetryPolicy
from synthcomp.models.structured import ask_structured
from synthcomp.models.usage import Usage

FAST = RetryPolicy(attempts=4, initial_wait=0.5, max_wait=4.0, budget=60.0)


def guarded(policy: RetryPolicy = FAST, **settings: Any) -> tuple[Runnable[Any, Any], list[float], Usage]:
    """ChatOpenAI on the fault server behind a guard whose sleeps are recorded, not slept."""
    waits: list[float] = []
    usage = Usage(lambda name: (1.0, 2.0))
    model = load_chat_model("openai:test", settings=ModelSettings(timeout=1.0, **settings))
    guard = CallGuard(role="user", model="openai:test", policy=policy, usage=usage,
                      sleep=waits.append)
    return guard.wrap(model), waits, usage


@pytest.mark.parametrize("fault", [
    Fault("status", 500), Fault("status", 503), Fault("status", 502), Fault("reset"),
    Fault("cut"), Fault("html"), Fault("badjson"), Fault("hang", seconds=2.0),
], ids=["500", "503", "502", "reset", "cut-body", "html-body", "broken-json-body", "timeout"])
def test_transient_failures_are_retried_with_backoff(server: FaultServer, fault: Fault) -> None:
    model, waits, usage = guarded()
    server.script = [fault, fault]
    answer = model.invoke([HumanMessage("hello")])
    assert answer.content == "Done for today."
    assert len(server.requests) == 3
    assert len(waits) == 2
    # Exponential with jitter: the first wait is initial..initial+jitter, the next is longer.
    assert 0.5 <= waits[0] <= 1.0 and 1.0 <= waits[1] <= 1.5
    saved = usage.to_dict()["roles"]["user"]
    assert (saved["calls"], saved["retries"], saved["input_tokens"]) == (1, 2, 11)


def test_429_waits_as_long_as_the_server_asks(server: FaultServer) -> None:
    model, waits, _ = guarded()
    server.script = [Fault("status", 429, {"Retry-After": "3"}),
                     Fault("status", 429, {"retry-after-ms": "1500"}),
                     Fault("status", 429)]
    model.invoke([HumanMessage("hello")])
    assert waits[:2] == [3.0, 1.5]
    assert 1.0 <= waits[2] <= 3.0  # no header: backoff with jitter (third try)


@pytest.mark.parametrize("kind", ["stop_stream", "bad_stream", "stream_error"])
def test_broken_streams_are_retried(server: FaultServer, kind: str) -> None:
    model, waits, usage = guarded(streaming=True)
    server.script = [Fault(kind)]
    answer = model.invoke([HumanMessage("hello")])
    assert answer.content == "Done for today." and answer.response_metadata["finish_reason"] == "stop"
    assert len(server.requests) == 2 and len(waits) == 1
    assert usage.to_dict()["roles"]["user"]["output_tokens"] == 7


def test_empty_answer_is_retried(server: FaultServer) -> None:
    model, waits, _ = guarded()
    server.script = [Fault("answer", message={"role": "assistant", "content": ""})]
    assert model.invoke([HumanMessage("hello")]).content == "Done for today."
    assert len(waits) == 1


def test_retry_budget_spent_gives_model_unavailable_with_the_reason(server: FaultServer) -> None:
    model, waits, usage = guarded()
    server.script = [Fault("status", 503)] * 10
    with pytest.raises(ModelUnavailable, match=r"user model openai:test failed after 4 tries: HTTP 503"):
        model.invoke([HumanMessage("hello")])
    assert len(server.requests) == 4 and len(waits) == 3
    assert usage.to_dict()["roles"]["user"]["retries"] == 3


def test_time_budget_stops_retries_before_a_long_wait(server: FaultServer) -> None:
    model, waits, _ = guarded(RetryPolicy(attempts=10, initial_wait=0.1, budget=5.0))
    server.script = [Fault("status", 429, {"Retry-After": "30"})] * 3
    with pytest.raises(ModelUnavailable, match="HTTP 429"):
        model.invoke([HumanMessage("hello")])
    assert waits == [] and len(server.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 404])
def test_refusals_are_not_retried(server: FaultServer, status: int) -> None:
    model, waits, _ = guarded()
    server.script = [Fault("status", status)]
    with pytest.raises(ModelUnavailable, match=f"refused the call .*: HTTP {status}"):
        model.invoke([HumanMessage("hello")])
    assert waits == [] and len(server.requests) == 1


class Answer(BaseModel):
    """A tiny schema for structured-output tests."""

    total: int


def test_structured_output_keeps_re_asking_on_bad_json_and_retrying_on_http(server: FaultServer) -> None:
    model = load_chat_model("openai:test", settings=ModelSettings(timeout=1.0))
    waits: list[float] = []
    guard = CallGuard(role="planner", model="openai:test", policy=FAST,
                      usage=Usage(lambda name: None), sleep=waits.append)
    structured = guard.wrap(model.with_structured_output(Answer, method="function_calling"))

    def call(total: Any) -> Fault:
        return Fault("answer", message={"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "Answer", "arguments": f'{{"total": {total}}}'}}]})

    # HTTP failure (retried by the guard), then a wrong answer (re-asked), then a good one.
    server.script = [Fault("status", 503), call('"many"'), call(42)]
    assert ask_structured(structured, Answer, "system", "prompt").total == 42
    assert len(server.requests) == 3 and len(waits) == 1
    assert "not a valid Answer" in server.requests[2]["messages"][-1]["content"]
    assert guard.usage.to_dict()["total"]["cost_usd"] is None  # price unknown, said so


def test_an_unreadable_retry_after_falls_back_to_backoff(server: FaultServer) -> None:
    model, waits, _ = guarded()
    server.script = [Fault("status", 429, {"Retry-After": "soon"}),
                     Fault("status", 503, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})]
    assert model.invoke([HumanMessage("hello")]).content == "Done for today."
    assert 0.5 <= waits[0] <= 1.0 and 1.0 <= waits[1] <= 1.5  # a date in the past: backoff too


def test_an_option_the_client_rejects_is_one_clear_error_not_a_retry(server: FaultServer) -> None:
    model, waits, _ = guarded(options={"temprature": 0.2})
    with pytest.raises(ModelError, match="user model openai:test cannot be called: TypeError") as caught:
        model.invoke([HumanMessage("hello")])
    assert not isinstance(caught.value, ModelUnavailable)
    assert waits == [] and server.requests == []


def test_json_schema_answers_that_misfit_are_re_asked_not_retried(server: FaultServer) -> None:
    """LangChain's default structured output (json_schema, parsed by the openai SDK)."""
    context = ModelContext(model="openai:test", role="planner", config=ModelConfig(retry=FAST))
    server.script = [Fault("answer", message={"role": "assistant", "content": '{"total": "many"}'}),
                     Fault("answer", message={"role": "assistant", "content": '{"total": 42}'})]
    assert context.ask(Answer, "system", "prompt").total == 42
    assert len(server.requests) == 2
    assert server.requests[0]["response_format"]["type"] == "json_schema"
    assert "not a valid Answer" in server.requests[1]["messages"][-1]["content"]
    assert context.counts().to_dict()["roles"]["planner"]["retries"] == 0


@pytest.mark.parametrize("kind", ["html", "bad_stream"])
def test_structured_output_over_a_broken_stream_is_retried(server: FaultServer, kind: str) -> None:
    """json_schema through the SDK's streaming parser, which fails in its own ways."""
    settings = ModelSettings(streaming=True, timeout=1.0)
    config = ModelConfig(retry=FAST, models={"openai:test": settings})
    context = ModelContext(model="openai:test", role="planner", config=config)
    good = Fault("answer", message={"role": "assistant", "content": '{"total": 7}'})
    server.script = [Fault(kind), good]
    assert context.ask(Answer, "system", "prompt").total == 7
    assert len(server.requests) == 2
    assert context.counts().to_dict()["roles"]["planner"]["retries"] == 1


def test_a_connection_that_fails_names_the_url_it_tried() -> None:
    # A wrong base_url is the usual cause: the error line says where it went.
    import httpx
    import openai

    from synthcomp.models.retry import describe

    request = httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
    line = describe(openai.APIConnectionError(request=request))
    assert line == "APIConnectionError: Connection error. (http://127.0.0.1:9/v1/chat/completions)"
    refused = openai.NotFoundError("no such model", response=httpx.Response(404, request=request),
                                   body=None)
    assert describe(refused) == "HTTP 404: no such model"  # a status says enough
