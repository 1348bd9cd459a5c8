"""The model one role calls: loaded once, bound once per toolset and schema, every call guarded
(retries, rate limits) and counted."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from pydantic import BaseModel

from synthcomp.models import OFFLINE, load_chat_model, parse_model_name
from synthcomp.models.guard import CallGuard
from synthcomp.models.ratelimit import limiter_for
from synthcomp.models.settings import ModelConfig
from synthcomp.models.structured import ask_structured
from synthcomp.models.usage import Usage

T = TypeVar("T", bound=BaseModel)


class RoleModel:
    """``model`` (or the injected ``chat_model``) as ``role`` calls it, under ``config``, adding
    to ``usage``. The loaded model and its bindings are kept: converting tools and schemas is
    costly, and a run makes thousands of calls."""

    def __init__(self, *, model: str, seed: int, role: str, config: ModelConfig, usage: Usage,
                 chat_model: BaseChatModel | None = None) -> None:
        self.model, self.seed, self.role = model, seed, role
        self.config, self.usage, self.chat_model = config, usage, chat_model
        self._loaded: BaseChatModel | None = None
        self._bound: dict[Any, Runnable[Any, Any]] = {}

    @property
    def label(self) -> str:
        """What produced the outputs, for manifests: the model name or the injected class."""
        return self.model if self.chat_model is None else type(self.chat_model).__name__

    def load(self) -> BaseChatModel:
        """The chat model: the injected one, or the one named by ``model`` (loaded once)."""
        if self._loaded is None:
            self._loaded = self.chat_model or load_chat_model(
                self.model, seed=self.seed, settings=self.config.settings_for(self.model))
        return cast(BaseChatModel, self._loaded)

    def guard(self) -> CallGuard:
        """The guard this role's calls go through."""
        endpoint = self.config.endpoint_of(self.model)
        return CallGuard(role=self.role, model=self.label, policy=self.config.retry,
                         usage=self.usage,
                         limiter=limiter_for(endpoint, self.config.limits_for(endpoint)),
                         remote=parse_model_name(self.model)[0] != OFFLINE and self.chat_model is None)

    def bind(self, tools: Sequence[BaseTool]) -> Runnable[Any, Any]:
        """The model with ``tools`` bound, bound once per toolset."""
        key = ("tools", tuple(t.name for t in tools))
        if key not in self._bound:
            self._bound[key] = self.guard().wrap(self.load().bind_tools(list(tools)))
        return self._bound[key]

    def ask(self, schema: type[T], system: str, prompt: str,
            check: Callable[[T], None] | None = None) -> T:
        """Ask the model for a ``schema`` object, re-asking (bounded) on a bad answer."""
        if schema not in self._bound:
            method = self.config.settings_for(self.model).structured_output
            options: dict[str, Any] = {"method": method} if method else {}
            self._bound[schema] = self.guard().wrap(
                self.load().with_structured_output(schema, **options))
        return ask_structured(self._bound[schema], schema, system, prompt, check=check)
