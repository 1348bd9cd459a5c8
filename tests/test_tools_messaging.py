"""The inbox as a real model reads it: 20 messages a page, by sender or words, unread first."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage
from langgraph.graph import END, START, StateGraph
from langgraph.prebuilt import ToolNode

from synthcomp.graphs.sim_state import SimState
from synthcomp.tools.messaging import read_inbox


def _inbox(n: int) -> list[dict[str, Any]]:
    return [{"id": f"m{k:02d}", "date": f"2026-04-{1 + k // 5:02d}T08:30",
             "from": "marc-humbert" if k % 3 == 0 else "ana-ruiz",
             "subject": f"Invoice {k}" if k % 2 else f"Budget line {k}", "body": f"Text of message {k}.",
             "attachments": [], "read": False} for k in range(n)]


def _read(state: dict[str, Any], **args: Any) -> tuple[str, list[dict[str, Any]]]:
    graph = StateGraph(SimState)
    graph.add_node("tools", ToolNode([read_inbox]))
    graph.add_edge(START, "tools")
    graph.add_edge("tools", END)
    call = AIMessage("", tool_calls=[{"name": "read_inbox", "args": args, "id": "r1"}])
    final = graph.compile().invoke({**state, "messages": [call]})
    return str(final["messages"][-1].content), final["inbox"]


def test_unread_messages_come_twenty_at_a_time_and_the_rest_wait() -> None:
    text, inbox = _read({"inbox": _inbox(45)})
    assert text.count("] 2026-04-") == 20 and "[m00]" in text and "[m20]" not in text
    assert text.endswith("(25 more unread: call read_inbox again to see them)")
    text, inbox = _read({"inbox": inbox})  # the next call shows the next unread
    assert "[m20]" in text and "[m00]" not in text and "(5 more unread" in text
    text, _ = _read({"inbox": inbox})
    assert text.count("] 2026-04-") == 5 and "more unread" not in text


def test_all_messages_by_page_by_sender_and_by_words() -> None:
    inbox = _inbox(45)
    text, _ = _read({"inbox": inbox}, only_unread=False, page=3)
    assert "[m40]" in text and text.endswith("(page 3 of 3)")
    assert _read({"inbox": inbox}, only_unread=False, page=4)[0] == \
        "Error: page 4 does not exist; there are 3 pages."
    text, _ = _read({"inbox": inbox}, only_unread=False, sender="marc-humbert")
    assert text.count("] 2026-04-") == 15 and "ana-ruiz" not in text
    text, _ = _read({"inbox": inbox}, only_unread=False, search="invoice 7")
    assert "[m07]" in text and text.count("] 2026-04-") == 1
    assert _read({"inbox": inbox}, search="nothing like this")[0] == \
        "No message matches with 'nothing like this'."
