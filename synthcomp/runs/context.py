"""The run context the simulation's graphs and tools receive (SimulationContext), and how a
tool gets it from its runtime."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

from pydantic.json_schema import SkipJsonSchema

from synthcomp.computer import Computer
from synthcomp.ids import collaborator_seed
from synthcomp.models.context import ModelContext
from synthcomp.office import OfficeStyle, style_for
from synthcomp.plan_changes import applied
from synthcomp.runs.budgets import DAY_TURNS, DAYS, MAX_TURNS


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
    max_turns: int = MAX_TURNS
    days: int = DAYS
    day_turns: int = DAY_TURNS
    collaborator_model: str | None = None
    # The occupation skill the run started with (learn.skills.Skill.saved(): its text too, so a
    # resumed run reads the same skill whatever became of the skills folder); None: no skill.
    skill: dict[str, str] | None = None
    _collaborator: SkipJsonSchema[Any] = field(  # the collaborators' ModelContext
        default=None, init=False, repr=False, compare=False)
    _plan: SkipJsonSchema[dict[str, Any] | None] = field(
        default=None, init=False, repr=False, compare=False)
    _manifest: SkipJsonSchema[dict[str, Any] | None] = field(
        default=None, init=False, repr=False, compare=False)
    _changed: SkipJsonSchema[tuple[tuple[str, ...], dict[str, Any]] | None] = field(
        default=None, init=False, repr=False, compare=False)

    def computer(self) -> Computer:
        """The computer as this run sees it: the run's own drive and plan."""
        return Computer(self.computer_dir).for_run(self.run_dir) if self.run_dir \
            else Computer(self.computer_dir)

    def manifest(self) -> dict[str, Any]:
        """The computer's manifest (as built: a run's files are not in it), read once."""
        if self._manifest is None:
            self._manifest = self.computer().manifest_row()
        return self._manifest

    def home(self) -> str:
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
        """The month's plan (the run's own copy of meta/plan.json), read once."""
        if self._plan is None:
            self._plan = self.computer().plan_data()
        return self._plan

    def plan_with(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        """The month's plan as it stands after ``changes`` (synthcomp.plan_changes; the state's
        ``changes`` channel): moved due dates, added requirements. Kept for the last changes
        asked, as they change a few times a month and are asked every turn."""
        if not changes:
            return self.plan()
        key = tuple(str(c["id"]) for c in changes)
        if self._changed is None or self._changed[0] != key:
            self._changed = (key, applied(self.plan(), changes))
        return self._changed[1]

    def collaborators(self) -> ModelContext:
        """The context collaborators' model calls go through (same config and usage counts)."""
        if self._collaborator is None:
            self._collaborator = ModelContext(model=self.collaborator_model or self.model,
                                              seed=collaborator_seed(self.seed), chat_model=self.chat_model,
                                              role="collaborator", config=self.config,
                                              usage=self.counts())
        return cast(ModelContext, self._collaborator)

    def saved(self) -> dict[str, Any]:
        """What context.json stores (never the injected model object, never an API key)."""
        return {"model": self.model, "seed": self.seed, "computer_dir": self.computer_dir,
                "run_dir": self.run_dir, "max_turns": self.max_turns, "days": self.days,
                "day_turns": self.day_turns, "collaborator_model": self.collaborator_model,
                "config": self.config.model_dump(mode="json", exclude_defaults=True),
                **({"skill": self.skill} if self.skill else {})}


def simulation_context(runtime: Any) -> SimulationContext:
    """The run context a tool's ``runtime`` carries. Tools take a bare ToolRuntime: a
    parameterised one makes pydantic try to build a schema for the state type."""
    return cast(SimulationContext, runtime.context)
