"""ChatOpenAI that sends the conversation without the openai SDK's request transform.

The SDK walks every request body against its typed parameter definitions before sending it
(openai-python's ``maybe_transform``), holding the GIL. For a long day of tool calls that walk
was most of the client's CPU per turn (measured in bench/bench_http_concurrency.py), and it
changes nothing in a chat body LangChain has already built in wire format. The SDK merges
``extra_body`` into the JSON after the transform, so the messages (and tool schemas) go there:
the same JSON on the wire, no walk.
"""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import LanguageModelInput
from langchain_openai import ChatOpenAI


class ChatOpenAIDirect(ChatOpenAI):
    """ChatOpenAI whose request messages skip the SDK's client-side transform."""

    def _get_request_payload(self, input_: LanguageModelInput, *, stop: list[str] | None = None,
                             **kwargs: Any) -> dict[str, Any]:
        payload = super()._get_request_payload(input_, stop=stop, **kwargs)
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
