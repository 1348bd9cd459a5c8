"""Models by name, and the offline model behaving as a LangChain chat model."""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

from synthcomp.errors import ModelError
from synthcomp.models import load_chat_model, parse_model_name
from synthcomp.models.offline import OfflineChatModel
from synthcomp.prompts import render
from synthcomp.schemas import UserProfile


@pytest.mark.parametrize("name", ["gpt-4o", "nosuch:model", "openai:", ":x", "offline-ish"])
def test_unknown_model_names_are_refused(name: str) -> None:
    with pytest.raises(ModelError, match="unknown model"):
        load_chat_model(name)


def test_known_names_parse() -> None:
    assert parse_model_name("offline") == ("offline", "offline")
    assert parse_model_name("openai:gpt-4o-mini") == ("openai", "gpt-4o-mini")


def test_missing_provider_package_is_named() -> None:
    with pytest.raises(ModelError, match="pip install langchain-"):
        load_chat_model("groq:llama3")


def test_openai_loads_with_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    chat = load_chat_model("openai:my-local-model")
    assert isinstance(chat, ChatOpenAI)
    assert chat.model_name == "my-local-model"


def test_offline_structured_output_is_seeded() -> None:
    prompt = render("user_profile", {"persona": "A baker in Porto", "today": "2026-03-02"},
                    persona="A baker in Porto")
    first = OfflineChatModel(seed=1).with_structured_output(UserProfile).invoke(prompt)
    again = OfflineChatModel(seed=1).with_structured_output(UserProfile).invoke(prompt)
    other = OfflineChatModel(seed=2).with_structured_output(UserProfile).invoke(prompt)
    assert isinstance(first, UserProfile)
    assert first == again
    assert first != other
    assert first.country == "Portugal" and first.city == "Porto"


def test_offline_without_tools_answers_text_and_counts_usage() -> None:
    answer = OfflineChatModel().invoke([HumanMessage("hello")])
    assert isinstance(answer.content, str) and answer.content
    assert answer.usage_metadata and answer.usage_metadata["input_tokens"] > 0


def test_offline_ignores_schemas_it_does_not_know() -> None:
    class Weather(BaseModel):
        city: str

    answer = OfflineChatModel().bind_tools([Weather]).invoke("what is the weather")
    assert not getattr(answer, "tool_calls", None)
