"""One scripted fake chat model: the offline model, except for the answers a test scripts."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

from synthcomp.models.offline import OfflineChatModel


class ScriptedModel(OfflineChatModel):
    """Answers with ``script`` first, one message per call in order, then as the offline model
    does; records every request in ``seen``.

    With ``by_turn``, the script is the user agent's answers instead: a user agent's request
    (its tools include end_day) that already holds n answers of the model gets ``script[n]``
    while there is one (so a
    resumed day is scripted the same way), and every other request is the offline model's.
    """

    script: list[AIMessage] = Field(default_factory=list)
    by_turn: bool = False
    seen: list[list[BaseMessage]] = Field(default_factory=list)

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        self.seen.append(list(messages))
        scripted: AIMessage | None = None
        if self.by_turn:
            made = sum(1 for m in messages if isinstance(m, AIMessage))
            names = {t.get("function", {}).get("name") for t in kwargs.get("tools") or []
                     if isinstance(t, dict)}
            if "end_day" in names and made < len(self.script):
                scripted = self.script[made]
        elif len(self.seen) <= len(self.script):
            scripted = self.script[len(self.seen) - 1]
        if scripted is not None:
            return ChatResult(generations=[ChatGeneration(message=scripted)])
        return super()._generate(messages, stop, run_manager, **kwargs)


def tool_call(name: str, args: dict[str, Any], call_id: str = "c1") -> AIMessage:
    """An answer that makes one tool call (a structured answer is a call of its schema's tool)."""
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": call_id}])
