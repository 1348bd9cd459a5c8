"""The run context of the graphs that call a model (the world builder, the objective planner,
the grader): plain fields saying which model, which seed, whose calls and under which config.
LangGraph does not checkpoint the context, so callers keep it.

Its behaviour is :class:`synthcomp.models.calls.RoleModel`, made on first use; the
simulation's context (synthcomp.runs.context) adds the run's folders and budgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from pydantic import BaseModel
from pydantic.json_schema import SkipJsonSchema

from synthcomp.models.calls import RoleModel
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage

T = TypeVar("T", bound=BaseModel)


@dataclass
class ModelContext:
    """Which model a graph calls and how."""

    model: str = "offline"
    """'offline' or provider:model."""
    seed: int = 0
    """Makes offline runs (and servers that honour a seed) reproducible."""
    chat_model: SkipJsonSchema[BaseChatModel | None] = field(default=None, repr=False)
    """A chat model object to use instead of loading ``model``."""
    role: str = "model"
    """Whose calls these are, for usage counts and error messages."""
    config: ModelConfig = field(default_factory=ModelConfig, repr=False)
    """How models are reached, limited, retried and priced."""
    usage: SkipJsonSchema[Usage | None] = field(default=None, repr=False)
    """The counts the calls add to (made on first use)."""
    # The role's model, made on first use; typed Any and left out of the schema, so that
    # LangGraph's server can draw this context's.
    _calls: SkipJsonSchema[Any] = field(default=None, init=False, repr=False, compare=False)

    @property
    def model_label(self) -> str:
        """What produced the outputs, for manifests: the model name or the injected class."""
        return self.model if self.chat_model is None else type(self.chat_model).__name__

    @property
    def reads_inputs_block(self) -> bool:
        """Whether the model needs a prompt's ``<inputs>`` JSON block: the offline model does
        (in-process or served as openai:offline), a real model reads the prose and is spared
        the tokens."""
        if self.chat_model is not None:
            return bool(getattr(self.chat_model, "reads_inputs_block", False))
        return self.model == "offline" or self.model.startswith("offline:") \
            or self.model.endswith(":offline")

    def counts(self) -> Usage:
        """The usage counts this context adds to (made on first use)."""
        if self.usage is None:
            self.usage = Usage(self.config.prices_for)
        return self.usage

    def calls(self) -> RoleModel:
        """The role's model (made on first use, adding to ``counts()``)."""
        if self._calls is None or self._calls.usage is not self.counts():
            self._calls = RoleModel(model=self.model, seed=self.seed, role=self.role,
                                    config=self.config, usage=self.counts(),
                                    chat_model=self.chat_model)
        calls: RoleModel = self._calls
        return calls

    def bind(self, tools: Sequence[BaseTool]) -> Runnable[Any, Any]:
        """The model with ``tools`` bound (see RoleModel.bind)."""
        return self.calls().bind(tools)

    def ask(self, schema: type[T], system: str, prompt: str,
            check: Callable[[T], None] | None = None) -> T:
        """Ask the model for a ``schema`` object (see RoleModel.ask)."""
        return self.calls().ask(schema, system, prompt, check)


@dataclass
class WorldContext(ModelContext):
    """The world builder's context: its calls count as the "world" role."""

    role: str = "world"


@dataclass
class PlannerContext(ModelContext):
    """The objective planner's context: its calls count as the "planner" role."""

    role: str = "planner"


_SAMPLES_LOCK = threading.Lock()


@dataclass
class JudgeContext(ModelContext):
    """The grader's context: its calls count as the "judge" role."""

    role: str = "judge"
    # The judges of repeated samples (grade --samples), made on first use.
    _sampled: SkipJsonSchema[Any] = field(default=None, init=False, repr=False, compare=False)

    def sample(self, k: int) -> JudgeContext:
        """The judge of sample ``k`` (grade --samples): sample 0 is this context, sample k the
        same model seeded ``seed + k`` (another draw where the model honours a seed), its calls
        counted with this context's."""
        if k == 0:
            return self
        with _SAMPLES_LOCK:  # deliverables are graded in parallel: one judge per sample
            self._sampled = self._sampled or {}
            if k not in self._sampled:
                self._sampled[k] = replace(self, seed=self.seed + k, usage=self.counts())
            judge: JudgeContext = self._sampled[k]
        return judge
