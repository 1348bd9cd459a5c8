"""ChatOpenAI that sends the conversation without the openai SDK's request transform, and
converts each message to its wire form once.

The SDK walks every request body against its typed parameter definitions before sending it
(openai-python's ``maybe_transform``), holding the GIL. For a long day of tool calls that walk
was most of the client's CPU per turn (measured in bench/bench_http_concurrency.py), and it
changes nothing in a chat body LangChain has already built in wire format. The SDK merges
``extra_body`` into the JSON after the transform, so the messages (and tool schemas) go there:
the same JSON on the wire, no walk.

A day's request is the day's messages so far: all but the newest were converted for the
request before (bench/bench_turn_cpu.py). Each message's wire form is kept while the message is
the same object with the same content, and LangChain converts only the new ones, as it would
have converted them in the whole list.
"""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import BaseMessage
from langchain_openai import ChatOpenAI
from pydantic import PrivateAttr

KEPT_MESSAGES = 4096  # wire forms kept per model (a long day holds a few hundred messages)


class ChatOpenAIDirect(ChatOpenAI):
    """ChatOpenAI whose request messages skip the SDK's client-side transform."""

    # id(message) -> (message, its content, its tool calls, its wire form): the message is
    # held, so its id is not reused while the entry lives.
    _wire: dict[int, tuple[BaseMessage, Any, Any, dict[str, Any]]] = PrivateAttr(default_factory=dict)

    def _get_request_payload(self, input_: LanguageModelInput, *, stop: list[str] | None = None,
                             **kwargs: Any) -> dict[str, Any]:
        payload = self._converted_once(input_, stop=stop, **kwargs)
        if "input" in payload:
            # The Responses API (reasoning models, built-in tools) takes no seed.
            payload.pop("seed", None)
        if not (isinstance(payload.get("messages"), list) and payload["messages"]):
            return payload
        extra = dict(payload.get("extra_body") or {})
        extra["messages"] = payload["messages"]
        # create() insists on a messages argument; the extra body's copy replaces it.
        payload["messages"] = []
        # The tool schemas too, except where the SDK parses the answer against them.
        if payload.get("tools") and "response_format" not in payload:
            extra["tools"] = payload.pop("tools")
        payload["extra_body"] = extra
        return payload

    def _converted_once(self, input_: LanguageModelInput, **kwargs: Any) -> dict[str, Any]:
        """LangChain's payload, its messages converted only where not converted before."""
        messages = self._convert_input(input_).to_messages()
        table = self._wire  # read once: pydantic's private attribute lookup is slow
        kept = [_kept(table, message) for message in messages]
        fresh = [message for message, wire in zip(messages, kept, strict=True) if wire is None]
        # LangChain converts message by message, so the fresh ones convert as in the whole list
        # (one message at least: the rest of the payload comes with it).
        payload = super()._get_request_payload(fresh or messages[-1:], **kwargs)
        if not isinstance(payload.get("messages"), list) or len(payload["messages"]) != len(fresh or [0]):
            return super()._get_request_payload(messages, **kwargs)  # the Responses API
        converted = iter(payload["messages"] if fresh else [])
        wires = []
        for message, wire in zip(messages, kept, strict=True):
            if wire is None:
                wire = next(converted)
                if len(table) >= KEPT_MESSAGES:
                    table.clear()
                table[id(message)] = (message, message.content, _calls(message), wire)
            wires.append(dict(wire))  # a copy: the kept form is never changed downstream
        payload["messages"] = wires
        return payload


def _calls(message: BaseMessage) -> Any:
    return message.__dict__.get("tool_calls")  # not getattr: pydantic's miss path is slow


def _kept(table: dict[int, tuple[BaseMessage, Any, Any, dict[str, Any]]],
          message: BaseMessage) -> dict[str, Any] | None:
    """The wire form kept for ``message``, if it is the same object with the same content."""
    entry = table.get(id(message))
    if entry is None or entry[0] is not message or entry[1] is not message.content \
            or entry[2] is not _calls(message):
        return None
    return entry[3]
