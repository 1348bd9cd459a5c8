"""The run context every graph receives: which model, which seed (not checkpointed by LangGraph,
so callers keep it), and the structured questions asked of that model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable
from pydantic import BaseModel

from synthcomp.models import load_chat_model
from synthcomp.structured import ask_structured

T = TypeVar("T", bound=BaseModel)


@dataclass
class ModelContext:
    """Run context: ``model`` names the chat model (or ``chat_model`` injects one), ``seed``
    makes offline runs reproducible."""

    model: str = "offline"
    seed: int = 0
    chat_model: BaseChatModel | None = field(default=None, repr=False)
    _loaded: BaseChatModel | None = field(default=None, init=False, repr=False, compare=False)
    _structured: dict[type, Runnable[Any, Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @property
    def model_label(self) -> str:
        """What produced the outputs, for manifests: the model name or the injected class."""
        return self.model if self.chat_model is None else type(self.chat_model).__name__

    def load(self) -> BaseChatModel:
        """The chat model: the injected one, or the one named by ``model`` (loaded once)."""
        if self._loaded is None:
            self._loaded = self.chat_model or load_chat_model(self.model, seed=self.seed)
        return self._loaded

    def ask(self, schema: type[T], system: str, prompt: str,
            check: Callable[[T], None] | None = None) -> T:
        """Ask the model for a ``schema`` object, re-asking (bounded) on a bad answer."""
        if schema not in self._structured:
            # Converting the schema to a tool is costly; do it once per run, not per call.
            self._structured[schema] = self.load().with_structured_output(schema)
        return ask_structured(self._structured[schema], schema, system, prompt, check=check)
