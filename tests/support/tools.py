"""Calling tools the way the user agent does: an AIMessage with tool calls through a ToolNode in
a compiled graph whose context has `computer_dir` (the real injection path)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, ToolMessage
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode

from synthcomp.tools import agent_toolset
from synthcomp.tools.errors import MAX_OUTPUT_CHARS

NOW = datetime.datetime(2026, 3, 2, 9, 30)
OLD = datetime.datetime(2025, 11, 3, 8, 0)
DOCS = "Users/ana/Documents"


@dataclass
class Context:
    """The part of a run context the tools read."""

    computer_dir: str
    sim_time: datetime.datetime | None = None


class Agent:
    """Sends tool calls through a compiled graph, as a model would."""

    def __init__(self, root: Path, tools: list[Any] | None = None, handle: Any = True) -> None:
        graph = StateGraph(MessagesState, context_schema=Context)
        graph.add_node("tools", ToolNode(tools or agent_toolset(), handle_tool_errors=handle))
        graph.add_edge(START, "tools")
        graph.add_edge("tools", END)
        self.app = graph.compile()
        self.context = Context(str(root), NOW)

    def calls(self, *calls: tuple[str, dict[str, Any]]) -> list[ToolMessage]:
        """The ToolMessages answering ``calls`` (name, args), in order, each bounded."""
        message = AIMessage(content="", tool_calls=[
            {"name": name, "args": args, "id": f"call_{n}"} for n, (name, args) in enumerate(calls)])
        out = self.app.invoke({"messages": [message]}, context=self.context)
        replies = [m for m in out["messages"] if isinstance(m, ToolMessage)]
        assert [m.tool_call_id for m in replies] == [f"call_{n}" for n in range(len(calls))]
        for reply in replies:
            assert isinstance(reply.content, str) and len(reply.content) <= MAX_OUTPUT_CHARS
        return replies

    def __call__(self, name: str, **args: Any) -> str:
        """One call's answer text; an "Error" answer must carry the error status, and only it."""
        reply = self.calls((name, args))[0]
        assert isinstance(reply.content, str)
        assert (reply.status == "error") == reply.content.startswith("Error"), reply.content
        return reply.content
