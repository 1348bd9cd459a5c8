"""Examples as lines of the training formats, and the checks every line passes.

- ``openai``: ``{"messages": [...], "tools": [...]}``, the messages in the wire form langchain-
  openai sends (so a ``call`` example's messages are its request's, byte for byte), the tools
  as the run's tools.json holds them.
- ``sharegpt``: LLaMA-Factory's layout: ``conversations`` of human / gpt / function_call /
  observation, ``system`` and ``tools`` (a JSON string). Its converter takes human or
  observation at even places and gpt or function_call at odd ones, and an even number of them:
  parallel calls are one function_call (a JSON list of ``{"name", "arguments"}``) and their
  results one observation (a JSON list of the results); a user message after a tool result (a
  mail notice) is added to that observation, two user messages in a row are joined, an
  answer's text beside its calls is left out (LLaMA-Factory has no place for it) and the
  example ends at its last answer (its results would be an odd last turn).
"""

from __future__ import annotations

import json
from typing import Any

from synthcomp.errors import InputError

FORMAT_NAMES = ("openai", "sharegpt")


def openai_line(messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> dict[str, Any]:
    """One openai-format line."""
    return {"messages": messages, "tools": tools}


def _call_value(call: dict[str, Any]) -> dict[str, Any]:
    function = call["function"]
    try:
        arguments: Any = json.loads(function["arguments"])
    except ValueError:
        arguments = function["arguments"]  # an unreadable call, as the model sent it
    return {"name": function["name"], "arguments": arguments}


def sharegpt_line(messages: list[dict[str, Any]], tools: list[dict[str, Any]],
                  counts: dict[str, int]) -> dict[str, Any]:
    """One sharegpt-format line; ``counts`` gets what the layout had to change (answer text
    beside calls left out, user messages joined to the turn before)."""
    system = ""
    turns: list[dict[str, str]] = []
    results: list[str] = []

    def close_results() -> None:
        if results:
            value = results[0] if len(results) == 1 else json.dumps(results, ensure_ascii=False)
            turns.append({"from": "observation", "value": value})
            results.clear()

    for message in messages:
        role = message["role"]
        if role == "tool":
            results.append(str(message.get("content") or ""))
            continue
        close_results()
        content = str(message.get("content") or "")
        if role == "system":
            system = content
        elif role == "user":
            if turns and turns[-1]["from"] in ("human", "observation"):
                turns[-1]["value"] += "\n\n" + content
                counts["user_messages_joined"] = counts.get("user_messages_joined", 0) + 1
            else:
                turns.append({"from": "human", "value": content})
        elif message.get("tool_calls"):
            calls = [_call_value(call) for call in message["tool_calls"]]
            if content:
                counts["answer_text_left_out"] = counts.get("answer_text_left_out", 0) + 1
            value = calls[0] if len(calls) == 1 else calls
            turns.append({"from": "function_call", "value": json.dumps(value, ensure_ascii=False)})
        else:
            turns.append({"from": "gpt", "value": content})
    # The last results end the example on an odd turn: LLaMA-Factory wants an answer last.
    results.clear()
    return {"conversations": turns, "system": system, "tools": json.dumps(tools, ensure_ascii=False)}


def malformed_calls(messages: list[dict[str, Any]]) -> int:
    """How many tool calls of ``messages`` have arguments that are not a JSON object (a
    model's malformed call, kept as it sent it)."""
    count = 0
    for message in messages:
        for call in message.get("tool_calls") or []:
            try:
                parsed = json.loads(call["function"]["arguments"])
            except (ValueError, KeyError, TypeError):
                parsed = None
            count += not isinstance(parsed, dict)
    return count


def check_openai(line: dict[str, Any], window: int | None, tokens: int) -> None:
    """Raise InputError unless the line is a valid example: tools present, a system prompt and
    a user message first, every call answered by its tool message (and every tool message
    answers a call) before the next message, every call's arguments a JSON object except a
    model's malformed call answered by its error result, and under ``window``."""
    messages, tools = line.get("messages") or [], line.get("tools")
    if not isinstance(tools, list) or (not tools and any(m.get("tool_calls") for m in messages)):
        raise InputError("an example has calls but no tools")
    roles = [m.get("role") for m in messages]
    if roles[:1] not in (["system"], ["user"]) or "user" not in roles[:2]:
        raise InputError(f"an example starts with {roles[:2]}, not a system prompt and a user message")
    if roles[-1] not in ("assistant", "tool"):
        raise InputError("an example ends with a user message")
    open_calls: set[str] = set()
    malformed: set[str] = set()
    for message in messages:
        if message.get("role") == "assistant":
            if open_calls:
                raise InputError(f"tool calls {sorted(open_calls)} are not answered")
            for call in message.get("tool_calls") or []:
                if malformed_calls([{"tool_calls": [call]}]):
                    malformed.add(call["id"])
                open_calls.add(call["id"])
        elif message.get("role") == "tool":
            answered = message.get("tool_call_id")
            if answered not in open_calls:
                raise InputError(f"tool message {answered} answers no open call")
            if answered in malformed and not str(message.get("content") or "").startswith("error"):
                raise InputError(f"the arguments of call {answered} do not parse, and its result is "
                                 "not the error that says so")
            open_calls.discard(answered)
        elif open_calls:
            raise InputError(f"tool calls {sorted(open_calls)} are not answered before a "
                             f"{message.get('role')} message")
    if open_calls:
        raise InputError(f"tool calls {sorted(open_calls)} are not answered")
    if window is not None and tokens > window:
        raise InputError(f"an example of {tokens} tokens is over the window ({window})")


def check_sharegpt(line: dict[str, Any]) -> None:
    """Raise InputError unless the line follows LLaMA-Factory's ShareGPT rules: human or
    observation at even places, gpt or function_call at odd ones, an even count, each
    function_call a JSON object or list of ``{"name", "arguments"}`` and followed by an
    observation when one follows at all, tools a JSON list."""
    turns = line.get("conversations")
    if not isinstance(turns, list) or not turns:
        raise InputError("a sharegpt example has no conversations")
    for place, turn in enumerate(turns):
        allowed = ("human", "observation") if place % 2 == 0 else ("gpt", "function_call")
        if turn.get("from") not in allowed:
            raise InputError(f"turn {place} is {turn.get('from')!r}, where LLaMA-Factory takes {allowed}")
        if turn["from"] == "function_call":
            value = json.loads(turn["value"])
            calls = value if isinstance(value, list) else [value]
            if not calls or not all(isinstance(c, dict) and {"name", "arguments"} <= set(c) for c in calls):
                raise InputError(f"turn {place}: a function_call is not {{name, arguments}}")
            if place + 1 < len(turns) and turns[place + 1]["from"] != "observation":
                raise InputError(f"turn {place}: a function_call not followed by its observation")
        if turn["from"] == "observation" and (place == 0 or turns[place - 1]["from"] != "function_call"):
            raise InputError(f"turn {place}: an observation that follows no function_call")
    if len(turns) % 2:
        raise InputError("an odd number of turns (LLaMA-Factory skips such an example)")
    if not isinstance(json.loads(line.get("tools") or "[]"), list):
        raise InputError("tools is not a JSON list")
