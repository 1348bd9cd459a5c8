"""The context budget: requests made to fit a window, with every call still answered, the
prefix kept between requests, and a server's refusal read for what it says."""

from __future__ import annotations

from typing import Any

import httpx
import openai
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage

from synthcomp.models.budget import (
    Budget,
    ContextOverflow,
    fit,
    message_tokens,
    overflow_of,
    tightened,
    window_and_output,
)

MORNING = [SystemMessage("You are the user.", id="s"), HumanMessage("Good morning. " * 50, id="h")]


def _turn(n: int, results: int = 1, size: int = 4000, write: int = 0) -> list[BaseMessage]:
    calls = [{"name": "write_document" if write else "read_file",
              "args": {"path": f"f{n}-{k}.docx", **({"markdown": "w" * write} if write else {})},
              "id": f"c{n}-{k}"} for k in range(results)]
    return [AIMessage("", tool_calls=calls, id=f"a{n}"),
            *[ToolMessage("r" * size, tool_call_id=f"c{n}-{k}", name="read_file") for k in range(results)]]


def _day(turns: int, **shape: Any) -> list[BaseMessage]:
    return [*MORNING, *[m for n in range(turns) for m in _turn(n, **shape)]]


def _answered(sent: list[BaseMessage]) -> None:
    """Every result follows the call it answers, and every call of an answer has its result."""
    open_calls: set[str] = set()
    for message in sent:
        if isinstance(message, AIMessage):
            assert not open_calls, f"calls left unanswered: {open_calls}"
            open_calls = {c["id"] for c in message.tool_calls}
        elif isinstance(message, ToolMessage):
            assert message.tool_call_id in open_calls, message.tool_call_id
            open_calls.discard(message.tool_call_id)


def test_a_request_that_fits_is_sent_as_it_is() -> None:
    day = _day(3)
    fitted = fit(day, 0, Budget(131072, 4096))
    assert fitted.messages == day and fitted.elided == 0 and fitted.dropped == 0


def test_old_results_are_elided_in_chunks_and_the_prefix_stays_put() -> None:
    budget = Budget(16384, 1024)
    elided, previous = 0, None
    reuse = []
    for turns in range(1, 40):
        fitted = fit(_day(turns), 0, budget, elided)
        assert fitted.tokens <= budget.limit and fitted.elided >= elided
        _answered(fitted.messages)
        if previous is not None and fitted.elided == previous.elided:
            # Between chunks, the request begins with the whole request before it.
            assert fitted.messages[:len(previous.messages)] == previous.messages
            reuse.append(fitted.prefix / fitted.tokens)
        elided, previous = fitted.elided, fitted
    assert elided and elided % 8 == 0 and min(reuse) > 0.5
    stub = next(m for m in previous.messages if isinstance(m, ToolMessage) and "elided" in str(m.content))
    assert "read_file" in str(stub.content) and "Call it again" in str(stub.content)


def test_when_stubs_are_too_many_the_oldest_turns_go_whole_with_a_note() -> None:
    budget = Budget(8192, 1024)
    fitted = fit(_day(200, size=400), 0, budget)
    assert fitted.dropped > 0 and fitted.tokens <= budget.limit
    _answered(fitted.messages)
    morning = fitted.messages[1]
    assert "actions of today are left out" in str(morning.content)
    # No two user messages in a row, and the latest turns' results are whole.
    assert not any(isinstance(a, HumanMessage) and isinstance(b, HumanMessage)
                   for a, b in zip(fitted.messages, fitted.messages[1:], strict=False))
    assert fitted.messages[-1].content == "r" * 400
    # Long arguments of earlier calls (a document's text) are elided too.
    written = fit(_day(30, write=3000, size=10), 0, Budget(16384, 1024))
    assert written.tokens <= Budget(16384, 1024).limit
    assert any("characters, elided" in str(c["args"].get("markdown"))
               for m in written.messages if isinstance(m, AIMessage) for c in m.tool_calls)


def test_one_turns_parallel_results_too_many_for_the_window_keep_the_last_whole() -> None:
    budget = Budget(32768, 4096)
    fitted = fit([*MORNING, *_turn(0, results=12, size=8000)], 0, budget)
    assert fitted.tokens <= budget.limit
    _answered(fitted.messages)
    assert fitted.messages[-1].content == "r" * 8000


def test_a_morning_too_long_for_the_window_is_a_clear_error() -> None:
    try:
        fit([SystemMessage("x" * 40000), HumanMessage("hi")], 0, Budget(4096, 512))
    except ContextOverflow as overflow:
        assert "window allows" in str(overflow)
    else:
        raise AssertionError("a morning over the window was sent")


def test_broken_calls_count_in_the_estimate() -> None:
    call = {"name": "write_document", "args": "{" + "x" * 20000, "id": "b1", "error": "not JSON",
            "type": "invalid_tool_call"}
    broken = AIMessage("", invalid_tool_calls=[call], id="b")
    assert message_tokens(broken) > 5000


def test_a_servers_refusal_says_its_window_and_count() -> None:
    request = httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
    refusal = openai.BadRequestError(
        "This model's maximum context length is 16384 tokens. However, your messages resulted in "
        "17,210 tokens. Please reduce the length of the messages.",
        response=httpx.Response(400, request=request), body={"code": "context_length_exceeded"})
    overflow = overflow_of(refusal, 400)
    assert overflow is not None and (overflow.limit, overflow.counted) == (16384, 17210)
    assert overflow_of(refusal, 401) is None
    assert overflow_of(openai.BadRequestError("bad tool schema", response=httpx.Response(
        400, request=request), body=None), 400) is None
    # Our estimate was 12,000: the server counts 1.43 tokens for each, and its window is kept.
    tighter = tightened(Budget(32768, 4096), overflow, 12000)
    assert tighter.window == 16384 and tighter.ratio >= 1.43 and tighter.limit < 12000


def test_the_answers_room_is_the_same_sent_and_kept() -> None:
    assert window_and_output("openai:gpt-4o") == (128000, 16384)
    assert window_and_output("openai:gpt-4o", context_window=32768) == (32768, 8192)
    assert window_and_output("openai:some-new-model") == (32768, 4096)
    assert window_and_output("anthropic:claude-sonnet-4-5", max_output_tokens=2000) == (200000, 2000)


def test_a_morning_excerpt_shortened_to_nothing_is_empty() -> None:
    # A small window shortens the log excerpt to nothing: nothing, not the whole log.
    from synthcomp.graphs.simulation import _bounded

    log = "# Activity log\n- 09:10 one\n- 10:20 two\n"
    assert _bounded(log, 0, tail=True) == "" and _bounded(log, 0) == ""
    assert _bounded(log, 14, tail=True) == "- 10:20 two" and _bounded(log, 1000) == log.strip()
