"""The offline chat model: a LangChain BaseChatModel that needs no key and no network.

It answers a tool call for the schema it is asked for (``with_structured_output`` binds the
schema as a tool) by running a procedural generator on the prompt's ``<inputs>`` block. The
answer depends only on the model's seed and those inputs, so the same seed always builds the
same computer, whatever order the calls come in. A ``response_format`` of type json_schema
(bound with ``bind``, as OpenAI-compatible clients send it) is answered with the same object as
JSON text in the content.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.output_parsers.openai_tools import PydanticToolsParser
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import BaseModel

from synthcomp.ids import derive_seed
from synthcomp.prompts import parse_inputs

Generator = Callable[[dict[str, Any], int], dict[str, Any]]
# An agent answers a turn of a tool-calling loop: (inputs, today's messages, seed) -> message.
Agent = Callable[[dict[str, Any], list[BaseMessage], int], AIMessage]

_GENERATORS: dict[str, Generator] = {}
_AGENTS: dict[str, Agent] = {}


def register(tool_name: str) -> Callable[[Generator], Generator]:
    """Register the generator that answers calls of the tool (schema) ``tool_name``."""

    def decorate(function: Generator) -> Generator:
        _GENERATORS[tool_name] = function
        return function

    return decorate


def register_agent(role: str) -> Callable[[Agent], Agent]:
    """Register the agent that plays ``role`` (the ``role`` of the prompt's inputs) with tools.

    Agents register themselves, as generators do, so this module imports none of them.
    """

    def decorate(function: Agent) -> Agent:
        _AGENTS[role] = function
        return function

    return decorate


def _text_of(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)


def _estimate_tokens(chars: int) -> int:
    """About four characters a token, as for English text with common tokenizers."""
    return max(1, chars // 4)


class OfflineChatModel(BaseChatModel):
    """Deterministic procedural chat model for offline runs and tests."""

    seed: int = 0
    model_name: str = "offline"
    reads_inputs_block: bool = True  # it answers from a prompt's <inputs> JSON, not its prose

    @property
    def _llm_type(self) -> str:
        return "synthcomp-offline"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "seed": self.seed}

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Bind tools the OpenAI way, so prompts and tool schemas look as a real model sees them."""
        formatted = [convert_to_openai_tool(tool) for tool in tools]
        return self.bind(tools=formatted, tool_choice=tool_choice, **kwargs)

    def with_structured_output(
        self, schema: dict[str, Any] | type, *, include_raw: bool = False, **kwargs: Any
    ) -> Runnable[LanguageModelInput, Any]:
        """As BaseChatModel's, without the per-call tracing copy of the schema (which costs
        more than the offline answer itself)."""
        if include_raw or not (isinstance(schema, type) and issubclass(schema, BaseModel)):
            return super().with_structured_output(schema, include_raw=include_raw, **kwargs)
        name = schema.__name__
        bound = self.bind_tools([schema], tool_choice=name)
        return bound | PydanticToolsParser(tools=[schema], first_tool_only=True)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        # The task's inputs sit in the last prompt that has them (a re-ask adds a note after it).
        humans = [_text_of(m) for m in messages if isinstance(m, HumanMessage)]
        prompt = next((text for text in reversed(humans) if "<inputs>" in text), "")
        tool_names = [tool["function"]["name"] for tool in kwargs.get("tools") or []]
        chosen = _choose_tool(tool_names, kwargs.get("tool_choice"))
        inputs = parse_inputs(prompt)
        schema_name = _json_schema_name(kwargs.get("response_format"))
        role = str(inputs.get("role", ""))
        if chosen is None and tool_names and role in _AGENTS:
            message = _AGENTS[role](_with_skill(inputs, messages), _since_recap(messages), self.seed)
        elif chosen is None and schema_name in _GENERATORS:
            # Structured output through response_format: the same object the tool call would
            # carry (same derived seed), as JSON text in the content.
            args = _GENERATORS[schema_name](inputs, derive_seed(self.seed, schema_name, inputs))
            message = AIMessage(content=json.dumps(args, ensure_ascii=False, default=str))
        elif chosen is None:
            message = AIMessage(content=_plain_answer(inputs))
        else:
            args = _GENERATORS[chosen](inputs, derive_seed(self.seed, chosen, inputs))
            call_id = "call_" + hashlib.sha256(
                json.dumps(args, sort_keys=True, default=str).encode()
            ).hexdigest()[:24]
            message = AIMessage(
                content="", tool_calls=[{"name": chosen, "args": args, "id": call_id}]
            )
        # What a server counts: the messages and the tool schemas sent with them.
        prompt_chars = sum(len(_text_of(m)) for m in messages) + _schema_chars(kwargs.get("tools"))
        answer_chars = len(json.dumps(message.tool_calls, default=str)) + len(_text_of(message))
        tokens_in, tokens_out = _estimate_tokens(prompt_chars), _estimate_tokens(answer_chars)
        message.usage_metadata = {"input_tokens": tokens_in, "output_tokens": tokens_out,
                                  "total_tokens": tokens_in + tokens_out}
        message.response_metadata = {"model_name": self.model_name}
        # A stable id (LangChain would assign a random one), so runs are byte-for-byte repeatable.
        message.id = "msg-" + hashlib.sha256(json.dumps(
            [self.seed, len(messages), prompt_chars, message.tool_calls, _text_of(message)],
            sort_keys=True, default=str).encode()).hexdigest()[:24]
        return ChatResult(generations=[ChatGeneration(message=message)])


def _with_skill(inputs: dict[str, Any], messages: list[BaseMessage]) -> dict[str, Any]:
    """``inputs`` with the occupation skill the system prompt holds (its ``<skill>`` block) as
    ``skill``: the offline worker acts on the rules it knows (models/offline/sim/skills.py).
    Without one, ``inputs`` as they are."""
    system = next((_text_of(m) for m in messages if isinstance(m, SystemMessage)), "")
    found = _SKILL.search(system)
    return {**inputs, "skill": found.group(1)} if found else inputs


_SKILL = re.compile(r"<skill>\n(.*?)\n</skill>", re.DOTALL)


def _since_recap(messages: list[BaseMessage]) -> list[BaseMessage]:
    """Today's conversation: what came after the morning recap."""
    starts = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)
              and "<inputs>" in _text_of(m)]
    return messages[starts[-1] + 1:] if starts else messages


def _choose_tool(tool_names: list[str], tool_choice: Any) -> str | None:
    """The registered tool to answer with, honouring a forced ``tool_choice``."""
    if isinstance(tool_choice, dict):
        tool_choice = tool_choice.get("function", {}).get("name") or tool_choice.get("name")
    if isinstance(tool_choice, str) and tool_choice in _GENERATORS:
        return tool_choice
    return next((name for name in tool_names if name in _GENERATORS), None)


def _json_schema_name(response_format: Any) -> str:
    """The schema name of an OpenAI ``response_format`` of type json_schema ("" otherwise)."""
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        return str((response_format.get("json_schema") or {}).get("name") or "")
    return ""


def _plain_answer(inputs: dict[str, Any]) -> str:
    """What the offline model says when no structured answer is asked for."""
    persona = inputs.get("persona")
    if persona:
        return f"Noted. Working as: {persona}"
    return "Understood."


def _schema_chars(tools: Any) -> int:
    """Characters of the tool schemas a request carries (name, description, parameters), the
    same whichever transport brought them."""
    functions = [t.get("function", t) for t in tools or [] if isinstance(t, dict)]
    return sum(len(json.dumps({k: f.get(k) for k in ("name", "description", "parameters")},
                              sort_keys=True, default=str)) for f in functions)
