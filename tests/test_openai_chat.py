"""ChatOpenAIDirect sends what ChatOpenAI sends, byte for byte, without the SDK's transform."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel
from support.fault_server import FaultServer

from synthcomp.models import load_chat_model
from synthcomp.models.openai_chat import ChatOpenAIDirect


class Total(BaseModel):
    """A figure."""

    total: int


CONVERSATION = [
    SystemMessage("You are at work."), HumanMessage("List the folder."),
    AIMessage("", tool_calls=[{"name": "list_folder", "args": {"path": "Documents"}, "id": "c1"}]),
    ToolMessage("Budget.xlsx  12 KB", tool_call_id="c1", name="list_folder"),
    HumanMessage([{"type": "text", "text": "And now?"}]),
]


@pytest.mark.parametrize("streaming", [False, True])
def test_the_request_body_is_the_same_as_chat_openai(server: FaultServer, streaming: bool) -> None:
    options = {"model": "m", "seed": 3, "max_retries": 0, "streaming": streaming}
    for chat_class in (ChatOpenAI, ChatOpenAIDirect):
        chat = chat_class(**options).bind_tools([Total], tool_choice="auto")  # type: ignore[arg-type]
        assert chat.invoke(CONVERSATION).content == "Done for today."
    plain, direct = server.requests
    assert plain == direct and len(direct["messages"]) == 5 and direct["tools"]


def test_openai_names_load_the_direct_class() -> None:
    assert isinstance(load_chat_model("openai:gpt-4o-mini", api_key="sk-x"), ChatOpenAIDirect)


def test_responses_api_requests_carry_no_seed(server: FaultServer) -> None:
    """Reasoning models go to the Responses API, which refuses a seed."""
    chat = load_chat_model("openai:o-test", seed=3, use_responses_api=True)
    with pytest.raises(Exception):  # noqa: B017 - the fault server speaks only chat completions
        chat.invoke(CONVERSATION[:2])
    assert "input" in server.requests[-1] and "seed" not in server.requests[-1]
