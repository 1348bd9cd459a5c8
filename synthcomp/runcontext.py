"""The run context every graph receives: which model, which seed (not checkpointed by LangGraph,
so callers keep it), and the structured questions asked of that model."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from pydantic import BaseModel
from pydantic.json_schema import SkipJsonSchema

from synthcomp.computer import Computer
from synthcomp.models import OFFLINE, load_chat_model, parse_model_name
from synthcomp.models.guard import CallGuard
from synthcomp.models.ratelimit import limiter_for
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage
from synthcomp.office import OfficeStyle, style_for
from synthcomp.structured import ask_structured

T = TypeVar("T", bound=BaseModel)


@dataclass
class ModelContext:
    """Run context: ``model`` names the chat model (or ``chat_model`` injects one), ``seed``
    makes offline runs reproducible, ``role`` is whose calls these are (for usage), and
    ``config`` says how models are reached, limited, retried and priced. Every call goes
    through a CallGuard."""

    model: str = "offline"
    seed: int = 0
    chat_model: SkipJsonSchema[BaseChatModel | None] = field(default=None, repr=False)
    role: str = "model"
    config: ModelConfig = field(default_factory=ModelConfig, repr=False)
    usage: SkipJsonSchema[Usage | None] = field(default=None, repr=False)
    # Caches (the loaded model, the model bound to each toolset and schema), typed Any and left
    # out of the schema, so that LangGraph's server can draw this context's.
    _loaded: SkipJsonSchema[Any] = field(
        default=None, init=False, repr=False, compare=False)
    _structured: SkipJsonSchema[dict[Any, Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    @property
    def model_label(self) -> str:
        """What produced the outputs, for manifests: the model name or the injected class."""
        return self.model if self.chat_model is None else type(self.chat_model).__name__

    def counts(self) -> Usage:
        """The usage counts this context adds to (made on first use)."""
        if self.usage is None:
            self.usage = Usage(self.config.prices_for)
        return self.usage

    def load(self) -> BaseChatModel:
        """The chat model: the injected one, or the one named by ``model`` (loaded once)."""
        if self._loaded is None:
            self._loaded = self.chat_model or load_chat_model(
                self.model, seed=self.seed, settings=self.config.settings_for(self.model))
        return cast(BaseChatModel, self._loaded)

    def guard(self) -> CallGuard:
        """The guard this role's calls go through."""
        endpoint = self.config.endpoint_of(self.model)
        return CallGuard(role=self.role, model=self.model_label, policy=self.config.retry,
                         usage=self.counts(),
                         limiter=limiter_for(endpoint, self.config.limits_for(endpoint)),
                         remote=parse_model_name(self.model)[0] != OFFLINE and self.chat_model is None)

    def bind(self, tools: Sequence[BaseTool]) -> Runnable[Any, Any]:
        """The model with ``tools`` bound, bound once per run and toolset."""
        key = ("tools", tuple(t.name for t in tools))
        if key not in self._structured:
            self._structured[key] = self.guard().wrap(self.load().bind_tools(list(tools)))
        return self._structured[key]

    def ask(self, schema: type[T], system: str, prompt: str,
            check: Callable[[T], None] | None = None) -> T:
        """Ask the model for a ``schema`` object, re-asking (bounded) on a bad answer."""
        if schema not in self._structured:
            # Converting the schema to a tool is costly; do it once per run, not per call.
            method = self.config.settings_for(self.model).structured_output
            options: dict[str, Any] = {"method": method} if method else {}
            self._structured[schema] = self.guard().wrap(
                self.load().with_structured_output(schema, **options))
        return ask_structured(self._structured[schema], schema, system, prompt, check=check)


@dataclass
class SimulationContext(ModelContext):
    """Run context of a simulation: where the computer and the run live, the budgets, and the
    model of each role (None = the run's ``model``). Saved as the run folder's context.json,
    because LangGraph does not checkpoint the context."""

    role: str = "user"
    # After a crash, replay the answers and drive changes the trajectory recorded instead of
    # asking again. Off for runs whose checkpoints live elsewhere (a LangGraph server, where a
    # fork must ask again).
    replay: bool = True
    computer_dir: str = ""
    run_dir: str = ""
    max_turns: int = 2500
    days: int = 20
    day_turns: int = 150
    collaborator_model: str | None = None
    _collaborator: SkipJsonSchema[Any] = field(  # the collaborators' ModelContext
        default=None, init=False, repr=False, compare=False)
    _plan: SkipJsonSchema[dict[str, Any] | None] = field(
        default=None, init=False, repr=False, compare=False)
    _manifest: SkipJsonSchema[dict[str, Any] | None] = field(
        default=None, init=False, repr=False, compare=False)

    def computer(self) -> Computer:
        """The computer this run works on."""
        return Computer(self.computer_dir)

    def manifest(self) -> dict[str, Any]:
        """The computer's manifest, read once."""
        if self._manifest is None:
            self._manifest = json.loads(self.computer().manifest_path.read_text("utf-8"))
        return self._manifest

    def plan_home(self) -> str:
        """The user's home folder, relative to the drive."""
        return str(self.manifest()["filesystem_policy"]["home"])

    def user_name(self) -> str:
        """The user's name."""
        return str(self.manifest()["user_profile"]["name"])

    @property
    def author(self) -> str:
        """Who the agent's office files are written by (the tools read this)."""
        return self.user_name()

    @property
    def office_style(self) -> OfficeStyle:
        """The house style of the user's employer, for the files the agent writes."""
        return style_for(str(self.manifest()["user_profile"]["employer"]))

    def plan(self) -> dict[str, Any]:
        """The month's plan (meta/plan.json), read once."""
        if self._plan is None:
            self._plan = json.loads((self.computer().meta / "plan.json").read_text("utf-8"))
        return self._plan

    def collaborators(self) -> ModelContext:
        """The context collaborators' model calls go through (same config and usage counts)."""
        if self._collaborator is None:
            self._collaborator = ModelContext(model=self.collaborator_model or self.model,
                                              seed=self.seed + 1, chat_model=self.chat_model,
                                              role="collaborator", config=self.config,
                                              usage=self.counts())
        return cast(ModelContext, self._collaborator)

    def saved(self) -> dict[str, Any]:
        """What context.json stores (never the injected model object, never an API key)."""
        return {"model": self.model, "seed": self.seed, "computer_dir": self.computer_dir,
                "run_dir": self.run_dir, "max_turns": self.max_turns, "days": self.days,
                "day_turns": self.day_turns, "collaborator_model": self.collaborator_model,
                "config": self.config.model_dump(mode="json", exclude_defaults=True)}


def simulation_context(runtime: Any) -> SimulationContext:
    """The run context a tool's ``runtime`` carries. Tools take a bare ToolRuntime: a
    parameterised one makes pydantic try to build a schema for the state type."""
    return cast(SimulationContext, runtime.context)
