"""Chat models by name: ``offline`` (the default, deterministic, no network) or ``provider:model``."""

from __future__ import annotations

import importlib
import os
from typing import Any

from langchain_core.language_models import BaseChatModel

from synthcomp.errors import ModelError, problems_of
from synthcomp.models.settings import ModelSettings

OFFLINE = "offline"

# provider -> (module, class, pip package). Kept small on purpose: these are the providers whose
# LangChain packages share the ``ChatX(model=...)`` constructor.
PROVIDERS: dict[str, tuple[str, str, str]] = {
    "openai": ("synthcomp.models.openai_chat", "ChatOpenAIDirect", "langchain-openai"),
    "azure_openai": ("langchain_openai", "AzureChatOpenAI", "langchain-openai"),
    "anthropic": ("langchain_anthropic", "ChatAnthropic", "langchain-anthropic"),
    "ollama": ("langchain_ollama", "ChatOllama", "langchain-ollama"),
    "google_genai": ("langchain_google_genai", "ChatGoogleGenerativeAI", "langchain-google-genai"),
    "mistralai": ("langchain_mistralai", "ChatMistralAI", "langchain-mistralai"),
    "groq": ("langchain_groq", "ChatGroq", "langchain-groq"),
}


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


def provider_options(provider: str, settings: ModelSettings, seed: int) -> dict[str, Any]:
    """Constructor options for a provider's LangChain class from the model's settings. Retries
    are ours (synthcomp.models.guard), so the client's own are off."""
    options: dict[str, Any] = {"timeout": settings.timeout, "max_retries": 0}
    if provider in ("openai", "azure_openai"):
        # The seed makes sampling repeatable where the server supports it (the offline model
        # served over HTTP reproduces `offline` exactly from it).
        options["seed"] = seed
        if settings.streaming:
            options["stream_usage"] = True
    if settings.streaming:
        options["streaming"] = True
    if settings.base_url and provider == "azure_openai":
        # Azure's base is the resource endpoint; the client adds /openai/deployments/<model>.
        options["azure_endpoint"] = settings.base_url
    elif settings.base_url:
        # The listed classes name their endpoint base_url (by name or alias); a class that
        # does not refuses it when loaded, with a clear error.
        options["base_url"] = settings.base_url
    if settings.api_key_env:
        key = os.environ.get(settings.api_key_env)
        if not key:
            raise ModelError(f"the config names {settings.api_key_env} for the API key, "
                             "but that variable is not set")
        options["api_key"] = key
    return {**options, **settings.options}


def load_chat_model(name: str = OFFLINE, *, seed: int = 0, settings: ModelSettings | None = None,
                    **options: Any) -> BaseChatModel:
    """Load a chat model by name.

    ``offline`` gives the seeded offline model; ``openai:<model>`` gives ChatOpenAI, which honours
    ``OPENAI_BASE_URL`` and ``OPENAI_API_KEY`` (or the ``settings`` of a config file); other
    providers load when their package is installed. Raises ModelError with one clear line
    otherwise.
    """
    provider, model = parse_model_name(name)
    if provider == OFFLINE:
        # Loaded here, not at import: a real model's run never loads the offline generators.
        from synthcomp.models.offline import OfflineChatModel

        return OfflineChatModel(seed=seed)
    options = {**provider_options(provider, settings or ModelSettings(), seed), **options}
    if not {"max_tokens", "max_completion_tokens", "max_output_tokens"} & set(options):
        # Every answer's room is bounded, so a request's budget is known (models/budget.py).
        from synthcomp.models.budget import window_and_output

        chosen = settings or ModelSettings()
        # The same room the budget keeps for the answer (models/budget.py).
        options["max_tokens"] = window_and_output(name, chosen.context_window,
                                                  chosen.max_output_tokens)[1]
    module_name, class_name, package = PROVIDERS[provider]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ModelError(f"model {name!r} needs the package {package}: pip install {package}") from exc
    chat_class = getattr(module, class_name)
    try:
        chat: BaseChatModel = chat_class(model=model, **options)
    except Exception as exc:  # provider constructors raise many kinds of errors
        raise ModelError(f"cannot load model {name!r}: {problems_of(exc, 'options')}") from exc
    return chat
