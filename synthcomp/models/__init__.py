"""Chat models by name: ``offline`` (the default, deterministic, no network) or ``provider:model``."""

from __future__ import annotations

import importlib
from typing import Any

from langchain_core.language_models import BaseChatModel

from synthcomp.errors import ModelError
from synthcomp.models.offline import OfflineChatModel

OFFLINE = "offline"

# provider -> (module, class, pip package). Kept small on purpose: these are the providers whose
# LangChain packages share the ``ChatX(model=...)`` constructor.
PROVIDERS: dict[str, tuple[str, str, str]] = {
    "openai": ("langchain_openai", "ChatOpenAI", "langchain-openai"),
    "azure_openai": ("langchain_openai", "AzureChatOpenAI", "langchain-openai"),
    "anthropic": ("langchain_anthropic", "ChatAnthropic", "langchain-anthropic"),
    "ollama": ("langchain_ollama", "ChatOllama", "langchain-ollama"),
    "google_genai": ("langchain_google_genai", "ChatGoogleGenerativeAI", "langchain-google-genai"),
    "mistralai": ("langchain_mistralai", "ChatMistralAI", "langchain-mistralai"),
    "groq": ("langchain_groq", "ChatGroq", "langchain-groq"),
}

# Providers whose requests carry a ``seed``: an OpenAI-compatible server (such as
# `synthcomp serve-model`) then answers as the offline model of that seed would.
SEEDED = frozenset({"openai", "azure_openai"})


def parse_model_name(name: str) -> tuple[str, str]:
    """Split ``provider:model`` (or ``offline``) and refuse names that cannot be loaded."""
    cleaned = name.strip()
    if cleaned == OFFLINE or cleaned.startswith(OFFLINE + ":"):
        return OFFLINE, cleaned.partition(":")[2] or OFFLINE
    provider, sep, model = cleaned.partition(":")
    if not sep or not provider or not model:
        raise ModelError(
            f"unknown model {name!r}: use 'offline' or 'provider:model', "
            f"e.g. 'openai:gpt-4o-mini' (providers: {', '.join(sorted(PROVIDERS))})"
        )
    if provider not in PROVIDERS:
        raise ModelError(
            f"unknown model provider {provider!r} in {name!r}: "
            f"known providers are offline, {', '.join(sorted(PROVIDERS))}"
        )
    return provider, model


def load_chat_model(name: str = OFFLINE, *, seed: int = 0, **options: Any) -> BaseChatModel:
    """Load a chat model by name.

    ``offline`` gives the seeded offline model; ``openai:<model>`` gives ChatOpenAI, which honours
    ``OPENAI_BASE_URL`` and ``OPENAI_API_KEY``; other providers load when their package is
    installed. Raises ModelError with one clear line otherwise.
    """
    provider, model = parse_model_name(name)
    if provider == OFFLINE:
        return OfflineChatModel(seed=seed)
    module_name, class_name, package = PROVIDERS[provider]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ModelError(f"model {name!r} needs the package {package}: pip install {package}") from exc
    chat_class = getattr(module, class_name)
    if provider in SEEDED:
        options.setdefault("seed", seed)
    try:
        chat: BaseChatModel = chat_class(model=model, **options)
    except Exception as exc:  # provider constructors raise many kinds of errors
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ModelError(f"cannot load model {name!r}: {first_line}") from exc
    return chat
