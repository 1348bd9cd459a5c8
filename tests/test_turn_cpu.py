"""What keeps a turn's CPU low (issue 17, point 6) without changing what a turn does: the text
of a file kept while its bytes are unchanged, and LangChain not copying the run's state into a
dump on every tool call."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langchain_core.utils.function_calling import convert_to_openai_tool
from langgraph.prebuilt import ToolRuntime
from pydantic import BaseModel, model_serializer

from synthcomp.graphs.user_agent import lean_runtime
from synthcomp.office import budgets, read_text, text_cache, write_content
from synthcomp.office.text_cache import TextCache
from synthcomp.schemas import Block, DocumentSpec, FileContent
from synthcomp.tools import agent_toolset

MODIFIED = datetime.datetime(2026, 2, 9, 10, 0, tzinfo=datetime.UTC)


def _docx(path: Path, text: str) -> None:
    content = FileContent(summary="a note", document=DocumentSpec(
        title="Note", blocks=[Block(type="paragraph", text=text)]))
    write_content(path, "docx", content, MODIFIED)


def test_a_changed_file_is_read_again_even_with_its_size_and_time_put_back(tmp_path: Path) -> None:
    path = tmp_path / "note.docx"
    _docx(path, "Budget alpha")
    assert "Budget alpha" in read_text(path)
    stat = path.stat()
    _docx(path, "Budget omega")  # same length, then the same mtime: only the bytes tell
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert "Budget omega" in read_text(path)
    assert read_text(path) == read_text(path, limit=None)


def test_kept_texts_are_the_parsed_ones_per_path_way_and_budget(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cache = TextCache()
    monkeypatch.setattr(text_cache, "TEXTS", cache)
    monkeypatch.setattr("synthcomp.office.TEXTS", cache)
    one, two = tmp_path / "a.docx", tmp_path / "b.docx"
    _docx(one, "Quarterly figures " * 50)
    _docx(two, "Quarterly figures " * 50)  # the same bytes under another path: its own entry
    fresh = [read_text(one), read_text(one, limit=40), read_text(two)]
    assert len(cache._texts) == 3
    assert [read_text(one), read_text(one, limit=40), read_text(two)] == fresh
    with budgets.budgets(paragraphs=1):  # another budget may cut the text: its own entry
        read_text(one)
    assert len(cache._texts) == 4


def test_a_read_cut_by_the_clock_is_not_kept(tmp_path: Path) -> None:
    cache = TextCache()
    path = tmp_path / "a.txt"
    path.write_text("x")
    calls: list[int] = []

    def parse() -> str:
        calls.append(1)
        return "partial\n[time is up: a.txt read for its first 3 pages of 9; the rest is not shown]"

    cache.read(path, "k", parse)
    cache.read(path, "k", parse)
    assert len(calls) == 2 and not cache._texts


def test_the_cache_keeps_at_most_its_characters(tmp_path: Path) -> None:
    cache = TextCache(max_chars=25)
    for n in range(5):
        path = tmp_path / f"{n}.txt"
        path.write_text(str(n))
        cache.read(path, n, lambda n=n: str(n) * 10)
    assert cache.chars <= 25 and list(cache._texts) == [3, 4]
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert text_cache.digest_of(fifo) is None  # never opened (it would block), never kept


def test_tools_get_the_runtime_without_dumping_it() -> None:
    tools = agent_toolset()
    schemas = json.dumps([convert_to_openai_tool(t) for t in tools])
    lean_runtime(tools)
    assert json.dumps([convert_to_openai_tool(t) for t in tools]) == schemas  # what the model sees

    class Unserialisable(BaseModel):
        @model_serializer
        def refuse(self) -> Any:
            raise AssertionError("the run context was copied")

    messages = [AIMessage("", tool_calls=[{"name": "current_time", "args": {}, "id": "c1"}]),
                ToolMessage("It is 10:00.", tool_call_id="c1")]
    runtime = ToolRuntime(state={"messages": messages, "clock": "2026-02-09T10:00"},
                          context=Unserialisable(), config={}, stream_writer=lambda _: None,
                          tool_call_id="c2", store=None)
    clock = next(t for t in tools if t.name == "current_time")
    assert clock._parse_input({"runtime": runtime}, "c2")["runtime"] is runtime
    assert all(t.args_schema.model_fields["runtime"].exclude  # type: ignore[union-attr]
               for t in tools if "runtime" in t.args_schema.model_fields)  # type: ignore[union-attr]


def _sent(payload: dict[str, Any]) -> dict[str, Any]:
    """A ChatOpenAIDirect payload as ChatOpenAI builds it (messages and tools in the body)."""
    body = dict(payload)
    extra = dict(body.pop("extra_body"))
    return {**body, "messages": extra.pop("messages"), "tools": extra.pop("tools"),
            **({"extra_body": extra} if extra else {})}


def test_each_message_is_converted_once_and_the_request_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    from langchain_openai import ChatOpenAI

    from synthcomp.models.openai_chat import ChatOpenAIDirect

    monkeypatch.setenv("OPENAI_API_KEY", "test")
    tools = agent_toolset()
    plain = ChatOpenAI(model="offline", seed=3).bind_tools(tools)
    direct = ChatOpenAIDirect(model="offline", seed=3).bind_tools(tools)
    messages: list[Any] = [HumanMessage("Good morning.")]
    for n in range(6):
        messages += [AIMessage(f"Reading file {n}.", tool_calls=[
            {"name": "read_file", "args": {"path": f"Users/a/{n}.docx"}, "id": f"c{n}"}]),
            ToolMessage(f"text of file {n} " * 30, tool_call_id=f"c{n}", name="read_file")]
        assert _sent(direct.bound._get_request_payload(messages, **direct.kwargs)) == \
            plain.bound._get_request_payload(messages, **plain.kwargs)  # type: ignore[attr-defined]
    assert len(direct.bound._wire) == len(messages)  # type: ignore[attr-defined]
    # An elided result is another object: converted afresh, never the kept form of the old one.
    messages[2] = messages[2].model_copy(update={"content": "[Result elided]"})
    sent = _sent(direct.bound._get_request_payload(messages, **direct.kwargs))  # type: ignore[attr-defined]
    assert sent["messages"][2]["content"] == "[Result elided]"
    assert sent == plain.bound._get_request_payload(messages, **plain.kwargs)  # type: ignore[attr-defined]
