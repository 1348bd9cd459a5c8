"""Models that answer garbage: re-asked a bounded number of times, then one clear error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatResult
from support.models import ScriptedModel, tool_call

from synthcomp.api.build import build_computer
from synthcomp.errors import ModelError
from synthcomp.models.offline import OfflineChatModel
from synthcomp.models.structured import ask_structured
from synthcomp.schemas import Persona


def _call(args: dict[str, Any]) -> AIMessage:
    return tool_call("Persona", args)


def test_bad_answer_is_sent_back_with_the_problem_then_accepted() -> None:
    model = ScriptedModel(script=[_call({"text": ""}), _call({"text": "a nurse in Oslo"})])
    result = ask_structured(model, Persona, "system", "who?")
    assert result.text == "a nurse in Oslo"
    assert len(model.seen) == 2
    assert "not a valid Persona" in str(model.seen[1][-1].content)
    assert "text" in str(model.seen[1][-1].content)


def test_garbage_every_time_gives_one_clear_error() -> None:
    garbage = [AIMessage(content="Sure! Here is your persona."), _call({"wrong": 1}),
               AIMessage(content="", invalid_tool_calls=[{"name": "Persona", "args": "{not json",
                                                          "id": "c", "error": "bad json"}])]
    model = ScriptedModel(script=garbage)
    with pytest.raises(ModelError, match=r"no valid Persona after 3 tries"):
        ask_structured(model, Persona, "system", "who?")
    assert len(model.seen) == 3


class EscapingPlans(OfflineChatModel):
    """The offline model, except that every file plan tries to leave the drive."""

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        result = super()._generate(messages, stop, run_manager, **kwargs)
        message = result.generations[0].message
        calls = getattr(message, "tool_calls", [])
        if calls and calls[0]["name"] == "FilePlan":
            files = calls[0]["args"]["files"]
            old, files[0]["path"] = files[0]["path"], "../../outside.docx"
            for node in files:
                node["depends_on"] = [files[0]["path"] if d == old else d
                                      for d in node["depends_on"]]
        return result


def test_plan_leaving_the_drive_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"FilePlan after 3 tries: .*'\.\.'"):
        build_computer("a chef in Lima", tmp_path / "c", chat_model=EscapingPlans(),
                       target_files=12)
    assert list(tmp_path.iterdir()) == []
    assert not (tmp_path.parent / "outside.docx").exists()
