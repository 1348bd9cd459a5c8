"""Real-model behaviours, scripted: each is a policy from an OpenAI chat request body to the
assistant message a model of that kind would send. The same policy runs in-process (as a
LangChain chat model) or over HTTP (as the fault server's responder), so a behaviour is tested
through both transports.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.utils.function_calling import convert_to_openai_tool
from langchain_openai.chat_models.base import _convert_message_to_dict
from pydantic import Field

from synthcomp.models.offline import OfflineChatModel

Policy = Callable[[dict[str, Any]], dict[str, Any]]
MORNING = "Good morning."


def _text(message: dict[str, Any]) -> str:
    content = message.get("content") or ""
    return content if isinstance(content, str) else " ".join(
        part.get("text", "") for part in content if isinstance(part, dict))


def morning(body: dict[str, Any]) -> str:
    """The text of today's session start (the last user message that opens a day)."""
    return next((_text(m) for m in reversed(body["messages"])
                 if m["role"] == "user" and _text(m).startswith(MORNING)), "")


def answered_today(body: dict[str, Any]) -> int:
    """How many answers the model gave since this morning's session start."""
    count = 0
    for message in reversed(body["messages"]):
        if message["role"] == "user" and _text(message).startswith(MORNING):
            break
        count += message["role"] == "assistant"
    return count


def working_day(body: dict[str, Any]) -> int:
    """Today's number in the month (1 for the first day)."""
    found = re.search(r"working day (\d+) of", morning(body))
    return int(found.group(1)) if found else 0


def deliverable_ids(body: dict[str, Any]) -> list[str]:
    """The deliverable ids this morning lists."""
    return re.findall(r"^- (D\w+) ", morning(body), flags=re.MULTILINE)


def call(body: dict[str, Any], *calls: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    """An answer making ``calls`` in parallel, with ids unique in the conversation."""
    base = len(body["messages"])
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": f"call-{base}-{n}", "type": "function",
         "function": {"name": name, "arguments": json.dumps(args)}} for n, (name, args) in enumerate(calls)]}


def prose(text: str) -> dict[str, Any]:
    """An answer in prose, no tool call."""
    return {"role": "assistant", "content": text}


# --- the behaviours --------------------------------------------------------------------------


def prose_every_third_turn(body: dict[str, Any]) -> dict[str, Any]:
    """Works with cheap tools, but every third answer is prose ('Let me check ...'), as real
    models often narrate; never calls end_day (the clock or the budget ends its day)."""
    if answered_today(body) % 3 == 2:
        return prose("Let me start by checking my inbox and the project folder.")
    return call(body, ("list_folder", {"path": ""}))


def marks_everything_done_at_once(body: dict[str, Any]) -> dict[str, Any]:
    """On its first turn, marks every deliverable done in one parallel answer; then ends each
    day at once."""
    if working_day(body) == 1 and answered_today(body) == 0:
        return call(body, *[("mark_done", {"item_id": d}) for d in deliverable_ids(body)])
    return call(body, ("end_day", {"summary": "Everything is done."}))


LOGGED = "The Q3 budget total is EUR 48,213 in the April file; ask Marc about the cleaning line."


def logs_on_day_one(body: dict[str, Any]) -> dict[str, Any]:
    """Logs one finding on its first day, then ends each day."""
    if working_day(body) == 1 and answered_today(body) == 0:
        return call(body, ("log_activity", {"entry": LOGGED}))
    return call(body, ("end_day", {"summary": "Logged what I found; tomorrow the cleaning line."}))


def reads_a_lot(body: dict[str, Any]) -> dict[str, Any]:
    """Looks through the drive all day (large results: the whole tree), then ends the day
    after 40 answers: a day's transcript many times a small window."""
    if answered_today(body) >= 40:
        return call(body, ("end_day", {"summary": "Read through the drive."}))
    return call(body, ("tree", {"path": "", "depth": 6}))


# --- in-process transport --------------------------------------------------------------------


class BehaviourModel(OfflineChatModel):
    """A chat model whose user-agent answers come from a behaviour policy (every other role's
    request, a collaborator's, is the offline model's); records the user agent's requests."""

    policy: Any = None
    requests: list[dict[str, Any]] = Field(default_factory=list)

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        tools = [convert_to_openai_tool(t) for t in kwargs.get("tools") or []]
        if "end_day" not in {t["function"]["name"] for t in tools}:
            return super()._generate(messages, stop, run_manager, **kwargs)
        body = {"messages": [_convert_message_to_dict(m) for m in messages], "tools": tools}
        self.requests.append(body)
        answer = self.policy(body)
        message = AIMessage(content=answer.get("content") or "", tool_calls=[
            {"name": c["function"]["name"], "args": json.loads(c["function"]["arguments"]),
             "id": c["id"]} for c in answer.get("tool_calls") or []])
        return ChatResult(generations=[ChatGeneration(message=message)])
