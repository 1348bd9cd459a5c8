"""Which model each role uses, and how each model is reached: the ``--config`` file.

A TOML, YAML or JSON file (by extension)::

    [roles]                      # role -> model name; `default` covers the roles not named
    default = "openai:gpt-4o-mini"
    user = "openai:gpt-4o"
    collaborator = "offline"

    [models."openai:gpt-4o"]     # how one model is reached, and what it costs
    base_url = "http://127.0.0.1:8000/v1"   # else OPENAI_BASE_URL, else the provider's own
    api_key_env = "MY_OPENAI_KEY"           # the variable holding the key (never the key)
    timeout = 60
    streaming = false
    structured_output = "function_calling"  # or "json_schema", "json_mode"
    input_price = 2.5                       # USD per million tokens
    output_price = 10.0
    options = { temperature = 0.2 }         # passed to the LangChain class as is

    [endpoints."http://127.0.0.1:8000/v1"]  # limits shared by every run in the process
    rpm = 500
    tpm = 200000

    [retry]
    attempts = 6        # tries of one call, the first included
    initial_wait = 1.0  # seconds, doubled each try, with jitter, unless the server says when
    max_wait = 60.0
    budget = 600.0      # seconds one call may spend retrying before the run pauses

Command-line options (``--model``, ``--user-model`` ...) override the file's roles.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from synthcomp.errors import InputError, first_line

ROLES = ("world", "planner", "user", "collaborator", "judge")
Role = Literal["world", "planner", "user", "collaborator", "judge"]
OPENAI_DEFAULT_URL = "https://api.openai.com/v1"
SECRET_NAMES = frozenset({"token", "headers", "default_headers", "extra_headers", "auth",
                          "authorization", "credentials", "default_query", "extra_query"})
NOT_SECRET = frozenset({"prompt_cache_key"})


def _looks_secret(option: str) -> bool:
    """Whether a constructor option may carry a credential (``api_key``, ``access_token``,
    ``default_headers``...), but not ``max_tokens`` and the like."""
    name = option.lower()
    if name in NOT_SECRET:
        return False
    return (name in SECRET_NAMES or name.endswith(("key", "_token", "secret", "password"))
            or "secret" in name or "password" in name)


def _secret_options(options: Any, prefix: str = "") -> list[str]:
    """The options (nested ones too, as in model_kwargs or extra_body, in dicts or lists) that
    look secret by their name, or hold a value that looks like a key."""
    found = []
    if isinstance(options, dict):
        items = [(str(key), f"{prefix}.{key}" if prefix else str(key), value)
                 for key, value in options.items()]
    elif isinstance(options, list | tuple):
        items = [("", f"{prefix}[{index}]", value) for index, value in enumerate(options)]
    else:
        return []
    for key, name, value in items:
        if (key and _looks_secret(key)) or (isinstance(value, str) and redact(value) != value):
            found.append(name)
        elif isinstance(value, dict | list | tuple):
            found += _secret_options(value, name)
    return found


# What a key looks like in text a provider sends back (an error echoing the key it was given),
# so that it is never written to a run's files or printed.
SECRET_PATTERNS = (
    re.compile(r"\b(sk|pk|rk)-[A-Za-z0-9_*.-]{6,}"),
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9_.~+/=-]{6,}"),
    re.compile(r"(?i)\b((api[_-]?)?key|token|access_token|secret|password|sig)=[^&#\s\"']+"),
)
MIN_SECRET_CHARS = 8


def _env_secrets() -> list[str]:
    return [value for name, value in os.environ.items()
            if _looks_secret(name) and len(value) >= MIN_SECRET_CHARS]


def redact(text: str) -> str:
    """``text`` with what looks like a credential (sk-... keys, Bearer tokens, key=... in URLs,
    and the values of environment variables named like keys) replaced by ``[redacted]``."""
    for value in _env_secrets():
        text = text.replace(value, "[redacted]")
    for pattern in SECRET_PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class _Redacting(logging.Filter):
    """Redacts a model warning (a retried call's error may echo the key) before it is shown."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        return True


logging.getLogger("synthcomp.models").addFilter(_Redacting())

# USD per million tokens (input, output), as the providers listed them in 2025; a config file's
# prices win. A model not listed here and not priced in the config has an unknown cost.
KNOWN_PRICES: dict[str, tuple[float, float]] = {
    "offline": (0.0, 0.0),
    "openai:offline": (0.0, 0.0),
    "openai:gpt-4o": (2.5, 10.0),
    "openai:gpt-4o-mini": (0.15, 0.6),
    "openai:gpt-4.1": (2.0, 8.0),
    "openai:gpt-4.1-mini": (0.4, 1.6),
    "openai:gpt-4.1-nano": (0.1, 0.4),
    "openai:o4-mini": (1.1, 4.4),
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ModelSettings(_Strict):
    """How one model is reached and priced."""

    base_url: str | None = None
    api_key_env: str | None = None
    timeout: float = Field(default=120.0, gt=0)
    streaming: bool = False
    structured_output: Literal["json_schema", "function_calling", "json_mode"] | None = None
    input_price: float | None = Field(default=None, ge=0)
    output_price: float | None = Field(default=None, ge=0)
    context_window: int | None = Field(default=None, ge=1024, description="Tokens a request and "
                                       "its answer may hold (default: known for the model)")
    max_output_tokens: int | None = Field(default=None, ge=16, description="Tokens an answer "
                                          "may hold, sent as max_tokens")
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("options")
    @classmethod
    def _no_secrets(cls, options: dict[str, Any]) -> dict[str, Any]:
        # A run saves its config in context.json: keys belong in the environment.
        secret = _secret_options(options)
        if secret:
            raise ValueError(f"{', '.join(secret)} may hold a secret, and configs are saved with "
                             "runs: name the variable that holds the key in api_key_env instead")
        return options

    @field_validator("base_url")
    @classmethod
    def _no_credentials_in_url(cls, url: str | None) -> str | None:
        if url and ("@" in url.split("//", 1)[-1].split("/", 1)[0] or "?" in url or "#" in url
                    or redact(url) != url):
            raise ValueError("a base_url with a user, a password, a query or a fragment (where "
                             "keys hide) "
                             "would be saved with runs: use api_key_env")
        return url


class EndpointLimits(_Strict):
    """Requests and tokens per minute allowed on one endpoint (None: no limit)."""

    rpm: float | None = Field(default=None, gt=0)
    tpm: float | None = Field(default=None, gt=0)


class RetryPolicy(_Strict):
    """How a failing model call is retried before the run pauses."""

    attempts: int = Field(default=6, ge=1, le=100)
    initial_wait: float = Field(default=1.0, ge=0)
    max_wait: float = Field(default=60.0, ge=0)
    budget: float = Field(default=600.0, gt=0)


class RoleModels(_Strict):
    """The model name of each role; ``default`` for the roles left out."""

    default: str = "offline"
    world: str | None = None
    planner: str | None = None
    user: str | None = None
    collaborator: str | None = None
    judge: str | None = None


class ModelConfig(_Strict):
    """Models per role, per-model settings, endpoint limits and the retry policy."""

    roles: RoleModels = Field(default_factory=RoleModels)
    models: dict[str, ModelSettings] = Field(default_factory=dict)
    endpoints: dict[str, EndpointLimits] = Field(default_factory=dict)
    retry: RetryPolicy = Field(default_factory=RetryPolicy)

    def model_for(self, role: str) -> str:
        """The model name ``role`` uses."""
        return getattr(self.roles, role, None) or self.roles.default

    def settings_for(self, name: str) -> ModelSettings:
        """The settings of the model ``name`` (defaults when the file does not list it)."""
        return self.models.get(name) or ModelSettings()

    def with_roles(self, **names: str | None) -> ModelConfig:
        """A copy whose roles named here (not None) use the given models."""
        chosen = {role: name.strip() for role, name in names.items() if name is not None}
        if blank := sorted(role for role, name in chosen.items() if not name):
            raise InputError(f"the model name of {', '.join(blank)} is empty: give 'offline' or "
                             "provider:model")
        unknown = sorted(set(chosen) - {"default", *ROLES})
        if unknown:
            raise InputError(f"unknown role(s) {', '.join(unknown)}: roles are {', '.join(ROLES)}")
        return self.model_copy(update={"roles": self.roles.model_copy(update=chosen)})

    def endpoint_of(self, name: str) -> str:
        """Where calls to model ``name`` go: the key its rate limits are shared under."""
        provider = name.partition(":")[0]
        settings = self.settings_for(name)
        if provider == "openai":
            return (settings.base_url or os.environ.get("OPENAI_BASE_URL") or OPENAI_DEFAULT_URL).rstrip("/")
        if provider == "azure_openai":
            return (settings.base_url or os.environ.get("AZURE_OPENAI_ENDPOINT") or provider).rstrip("/")
        return (settings.base_url or provider).rstrip("/")

    def limits_for(self, endpoint: str) -> EndpointLimits:
        """The limits of ``endpoint`` (none when the file does not list it)."""
        listed = {url.rstrip("/"): limits for url, limits in self.endpoints.items()}
        return listed.get(endpoint.rstrip("/")) or EndpointLimits()

    def window_for(self, name: str) -> tuple[int, int]:
        """(context window, max output tokens) of model ``name``: the config's, else known."""
        from synthcomp.models.budget import window_and_output  # imports langchain messages

        settings = self.settings_for(name)
        window, output = window_and_output(name, settings.context_window, settings.max_output_tokens)
        if output >= window:
            raise InputError(f"model {name}: max_output_tokens {output} leaves no room in its "
                             f"context_window {window}")
        return window, output

    def prices_for(self, name: str) -> tuple[float, float] | None:
        """USD per million input and output tokens of model ``name``, None when unknown."""
        settings = self.settings_for(name)
        if settings.input_price is not None and settings.output_price is not None:
            return settings.input_price, settings.output_price
        if name == "offline" or name.startswith("offline:"):
            return 0.0, 0.0
        return KNOWN_PRICES.get(name)


def load_model_config(path: str | Path | None) -> ModelConfig:
    """Read a model config file (TOML, YAML or JSON); None gives the defaults."""
    if path is None:
        return ModelConfig()
    file = Path(path)
    try:
        text = file.read_text("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read config {file}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"config {file} is not UTF-8 text") from exc
    try:
        if file.suffix == ".toml":
            data: Any = tomllib.loads(text)
        elif file.suffix in (".yaml", ".yml"):
            data = yaml.safe_load(text) or {}
        elif file.suffix == ".json":
            data = json.loads(text)
        else:
            raise InputError(f"config {file} must end in .toml, .yaml, .yml or .json")
    except (tomllib.TOMLDecodeError, yaml.YAMLError, json.JSONDecodeError) as exc:
        raise InputError(f"config {file} is not valid {file.suffix[1:].upper()}: "
                         f"{first_line(exc)}") from exc
    try:
        return ModelConfig.model_validate(data)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"]) or "the file"
        raise InputError(f"config {file}: {where}: {problem['msg']}") from exc
