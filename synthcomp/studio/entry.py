"""Entry graphs for Studio: a form (a persona or a computer folder, a few budgets) -> prepare ->
the real graph, run as a subgraph with its full run context.

The preparing steps are synchronous (the server runs them in a worker thread: they build and
plan on disk); the steps that run a real graph are async and await it, so the real graph's own
steps stream to Studio and checkpoint in the server's store under the entry graph's thread.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from typing_extensions import TypedDict

from synthcomp.api.grade import judge_context
from synthcomp.api.simulate import RECURSION_LIMIT
from synthcomp.api.simulate import simulate as simulate_run
from synthcomp.atomic import swap_in
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.graphs import (
    build_collaborator,
    build_grader,
    build_objective_planner,
    build_simulation,
    build_user_agent,
)
from synthcomp.graphs.collaborator import CollaboratorInput
from synthcomp.graphs.objective_planner import PlannerState
from synthcomp.graphs.sim_state import SimState
from synthcomp.graphs.simulation import start_day
from synthcomp.graphs.world_builder import WorldState, build_world_builder
from synthcomp.models.context import PlannerContext, WorldContext
from synthcomp.models.settings import ModelConfig
from synthcomp.runs.folder import GRADE_FILE, load_context, open_run_folder, read_summary, run_lock
from synthcomp.runs.summary import write_summary
from synthcomp.runs.trajectory import trajectory
from synthcomp.studio.context import StudioContext, inside_studio, studio_context
from synthcomp.studio.errors import shown
from synthcomp.studio.forms import (
    CollaboratorForm,
    CollaboratorOutput,
    DayForm,
    DayOutput,
    GradeForm,
    GradeOutput,
    PlannerForm,
    PlannerOutput,
    RunForm,
    SimOutput,
    WorldForm,
    WorldOutput,
)
from synthcomp.studio.prepare import (
    STUDIO_TARGET_FILES,
    default_out_dir,
    default_persona,
    ensure_computer,
    ensure_plan,
    latest_run,
    open_run,
    prepared_context,
    run_dir_for,
)

# The real graphs, compiled once; an entry graph's node awaits one of them as its subgraph.
WORLD_BUILDER: Any = build_world_builder().compile()
OBJECTIVE_PLANNER: Any = build_objective_planner().compile()
SIMULATION: Any = build_simulation().compile()
USER_AGENT: Any = build_user_agent().compile()
COLLABORATOR: Any = build_collaborator().compile()
GRADER: Any = build_grader().compile()


def _inner(config: RunnableConfig) -> RunnableConfig:
    """The node's config for its subgraph, with a month-sized recursion limit."""
    return {**config, "recursion_limit": RECURSION_LIMIT}


class RunState(TypedDict, total=False):
    """The run's form (see forms.RunForm), and what ``prepare`` fills in."""

    computer_dir: str
    persona: str
    target_files: int
    run_id: str
    days: int
    max_turns: int
    day_turns: int
    run_dir: str
    started_at: float


# --- world builder -----------------------------------------------------------------------------


class StudioWorldState(WorldState, total=False):
    """The world builder's state, whether to replace an existing computer, and the computer a
    build into a scratch folder will replace once it is complete."""

    overwrite: bool
    replaces: str


def prepare_world(state: StudioWorldState, runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """Fill in the persona and the output folder; refuse to write over a folder by accident."""
    context = studio_context(runtime)
    persona = default_persona(state.get("persona"))
    out = inside_studio(state.get("out_dir") or default_out_dir(persona, context.seed))
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; name a folder for the computer")
    if out.exists() and any(out.iterdir()):
        if not Computer(out).manifest_path.is_file():
            raise InputError(f"{out} exists and holds no computer; name an empty or new folder")
        if not state.get("overwrite"):
            raise InputError(f"{out} already holds a computer; set overwrite to replace it")
        # Built beside it, and swapped in only once complete: a failed build loses nothing.
        scratch = out.parent / f".{out.name}.partial-studio"
        shutil.rmtree(scratch, ignore_errors=True)
        return {"persona": persona, "out_dir": str(scratch), "replaces": str(out),
                "target_files": int(state.get("target_files") or STUDIO_TARGET_FILES)}
    return {"persona": persona, "out_dir": str(out),
            "target_files": int(state.get("target_files") or STUDIO_TARGET_FILES)}


def finish_world(state: StudioWorldState) -> dict[str, Any]:
    """Put a computer built to replace another in its place (the old one is removed last)."""
    if not state.get("replaces"):
        return {}
    scratch, target = Path(state["out_dir"]), Path(state["replaces"])
    swap_in(scratch, target)
    return {"out_dir": str(target), "manifest_path": str(Computer(target).manifest_path)}


def _entry(state: Any, form: Any, output: Any,
           steps: list[tuple[str, Any]]) -> StateGraph[Any, StudioContext, Any, Any]:
    """An entry graph: ``steps`` in order, each shown to Studio with its errors' messages."""
    graph: Any = StateGraph(state, context_schema=StudioContext, input_schema=form,
                            output_schema=output)
    graph.add_sequence([(name, shown(node)) for name, node in steps])
    graph.add_edge(START, steps[0][0])
    graph.add_edge(steps[-1][0], END)
    return graph


async def world_builder(state: StudioWorldState, config: RunnableConfig,
                        runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """Run the real world builder."""
    context = studio_context(runtime)
    inputs = {k: v for k, v in state.items() if k in WorldState.__annotations__}
    try:
        result: dict[str, Any] = await WORLD_BUILDER.ainvoke(
            inputs, _inner(config),
            context=WorldContext(model=context.model, seed=context.seed))
    except BaseException:
        if state.get("replaces"):  # the half-built replacement goes; the old computer stays
            shutil.rmtree(state["out_dir"], ignore_errors=True)
        raise
    return result


def build_studio_world_builder() -> StateGraph[Any, StudioContext, Any, Any]:
    """persona (or nothing) -> a computer folder."""
    return _entry(StudioWorldState, WorldForm, WorldOutput,
                  [("prepare", prepare_world), ("world_builder", world_builder),
                   ("finish", finish_world)])


# --- objective planner -------------------------------------------------------------------------


class StudioPlannerState(PlannerState, total=False):
    """The planner's state and its form (see forms.PlannerForm)."""

    persona: str
    target_files: int
    overwrite: bool


def prepare_plan(state: StudioPlannerState, runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """Find or build the computer; refuse to replace a plan unless asked."""
    folder = ensure_computer(dict(state), studio_context(runtime))
    if Computer(folder).is_planned() and not state.get("overwrite"):
        raise InputError(f"{folder} already has a plan; set overwrite to replan it")
    return {"computer_dir": str(folder)}


async def objective_planner(state: StudioPlannerState, config: RunnableConfig,
                            runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """Run the real objective planner."""
    context = studio_context(runtime)
    inputs = {k: v for k, v in state.items() if k in ("computer_dir", "month_start")}
    try:
        result: dict[str, Any] = await OBJECTIVE_PLANNER.ainvoke(
            inputs, _inner(config),
            context=PlannerContext(model=context.model, seed=context.seed))
    finally:
        shutil.rmtree(Computer(state["computer_dir"]).plan_scratch, ignore_errors=True)
    return result


def build_studio_objective_planner() -> StateGraph[Any, StudioContext, Any, Any]:
    """A computer folder (or a persona) -> meta/plan.json."""
    return _entry(StudioPlannerState, PlannerForm, PlannerOutput,
                  [("prepare", prepare_plan), ("objective_planner", objective_planner)])


# --- simulation --------------------------------------------------------------------------------


class StudioSimState(SimState, RunState, total=False):
    """The simulation's state, the run's form, and its summary at the end."""

    summary: dict[str, Any]


def prepare_run(state: StudioSimState, config: RunnableConfig,
                runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """Find or build the computer, plan it if needed, open the run folder."""
    return _open(dict(state), config, runtime)


def _open(state: dict[str, Any], config: RunnableConfig, runtime: Runtime[StudioContext]
          ) -> dict[str, Any]:
    if state.get("run_dir"):
        # The thread's state is that run's (its day, turns, inbox): a new run needs a new thread.
        raise InputError("this thread has run already; start a new thread, or fork this one "
                         "from a checkpoint after `prepare`")
    context = studio_context(runtime)
    folder = ensure_computer(dict(state), context)
    ensure_plan(folder, context)
    day = int(state.get("day") or 0)
    working_days = Computer(folder).plan_data()["working_days"]
    if not 0 <= day < len(working_days):  # checked before a run folder is made
        raise InputError(f"day {day} is not in the month: days 0 to {len(working_days) - 1}")
    run = open_run(folder, dict(state), config, context)
    return {"computer_dir": run.computer_dir, "run_dir": run.run_dir, "days": run.days,
            "max_turns": run.max_turns, "day_turns": run.day_turns, "day": state.get("day", 0),
            "turn": state.get("turn", 0), "started_at": time.time()}


def _sim_inputs(state: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in state.items() if k in SimState.__annotations__}


def _fresh_folder(state: dict[str, Any], config: RunnableConfig, studio: StudioContext
                  ) -> dict[str, Any]:
    """A new run folder when the prepared one holds a finished run: a fork of the thread (or a
    rerun from one of its checkpoints) is a new run, and must not write into the old one's
    trajectory and summary. A paused or cancelled run goes on in its own folder."""
    if read_summary(Path(state["run_dir"])).get("status") != "finished":
        return {}
    run_dir = run_dir_for(Path(state["computer_dir"]), {}, config)
    open_run_folder(Computer(state["computer_dir"]), run_dir,
                    prepared_context({**state, "run_dir": str(run_dir)}, studio).saved())
    return {"run_dir": str(run_dir), "started_at": time.time()}


def _running(graph: Any, doc: str,
             inputs: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> Any:
    """A node that runs ``graph`` (the real simulation, user agent or collaborator) on the
    prepared run with ``inputs`` of the state, and saves the run's usage.json when it stops,
    as the CLI does."""
    pick = inputs or _sim_inputs

    # ``state`` is the graph's own state (simulation or collaborator): left unannotated, so
    # LangGraph does not read a schema off this node.
    async def run(state: Any, config: RunnableConfig,
                  runtime: Runtime[StudioContext]) -> dict[str, Any]:
        studio = studio_context(runtime)
        # File I/O off the event loop: the server refuses blocking calls there.
        moved = await asyncio.to_thread(_fresh_folder, dict(state), config, studio)
        values = {**state, **moved}
        context = await asyncio.to_thread(prepared_context, values, studio)
        try:
            result: dict[str, Any] = await graph.ainvoke(pick(values), _inner(config),
                                                         context=context)
        finally:
            await asyncio.to_thread(context.counts().save)
        return {**result, **moved}

    run.__doc__ = doc
    return run


simulation = _running(SIMULATION, "Run the real simulation.")


def summarize(state: StudioSimState, runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """Write the run's summary.json (and compact its trajectory), as the CLI does."""
    context = prepared_context(dict(state), studio_context(runtime))
    events = trajectory(context.run_dir).compact()
    seconds = time.time() - float(state.get("started_at") or time.time())
    write_summary(context, dict(state), "finished", events, seconds)
    return {"summary": read_summary(Path(context.run_dir))}


def build_studio_simulation() -> StateGraph[Any, StudioContext, Any, Any]:
    """A computer folder (or a persona) -> a run of a few simulated days (1 by default)."""
    return _entry(StudioSimState, RunForm, SimOutput,
                  [("prepare", prepare_run), ("simulation", simulation), ("summarize", summarize)])


# --- user agent --------------------------------------------------------------------------------


def prepare_day(state: StudioSimState, config: RunnableConfig,
                runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """As ``prepare_run``, for one day of the user agent (``day``, 0 by default)."""
    day = int(state.get("day") or 0)
    prepared = _open({**state, "days": max(int(state.get("days") or 1), day + 1)}, config, runtime)
    return {**prepared, "day": day}


def recap(state: StudioSimState, runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """The morning recap the simulation's ``start_day`` writes, so the agent has its day."""
    context = prepared_context(dict(state), studio_context(runtime))
    return start_day(_sim_inputs(dict(state)), Runtime(context=context))  # type: ignore[arg-type]


user_agent = _running(USER_AGENT, "Run the real user agent through the day.")


def build_studio_user_agent() -> StateGraph[Any, StudioContext, Any, Any]:
    """A computer folder (or a persona) -> one working day of the user agent."""
    return _entry(StudioSimState, DayForm, DayOutput,
                  [("prepare", prepare_day), ("recap", recap), ("user_agent", user_agent)])


# --- collaborator ------------------------------------------------------------------------------


class StudioCollaboratorState(RunState, total=False):
    """The collaborator's form (see forms.CollaboratorForm), their evening's input, and what
    comes back."""

    collaborator_id: str
    subject: str
    message: str
    collaborator: dict[str, Any]
    incoming: list[dict[str, Any]]
    events: list[dict[str, Any]]
    date: str
    turn: int
    answer_now: bool
    inbox: list[dict[str, Any]]
    outbox: list[dict[str, Any]]


def prepare_collaborator(state: StudioCollaboratorState, config: RunnableConfig,
                         runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """Find or build the computer, plan it if needed, open a run folder for the messages."""
    chosen, folder = state.get("collaborator_id"), state.get("computer_dir")
    folder = str(inside_studio(folder)) if folder else None
    if chosen and folder and Computer(folder).is_planned():
        # Checked before a run folder is made for the messages.
        _collaborator_of(Computer(folder).plan_data(), chosen)
    prepared = _open(dict(state), config, runtime)
    return {k: prepared[k] for k in ("computer_dir", "run_dir", "days", "max_turns", "day_turns")}


def _collaborator_of(plan: dict[str, Any], chosen: str) -> dict[str, Any]:
    """The plan's collaborator ``chosen``, or InputError naming the known ones."""
    people = {c["id"]: c for c in plan["collaborators"]}
    if chosen not in people:
        raise InputError(f"no collaborator {chosen!r}; known: {', '.join(sorted(people))}")
    return people[chosen]


def brief(state: StudioCollaboratorState, runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """The collaborator's evening: the typed message (or a default one) and their events on
    the month's first day."""
    context = prepared_context(dict(state), studio_context(runtime))
    plan = context.plan()
    chosen = state.get("collaborator_id") or plan["collaborators"][0]["id"]
    person = _collaborator_of(plan, chosen)
    today = plan["working_days"][0]
    incoming: list[dict[str, Any]] = [{"id": "studio-message", "to": chosen,
                 "subject": state.get("subject") or "Figures for this month",
                 "body": state.get("message") or "Could you send me the figures you have for this "
                                                  "month, and anything I should double-check?",
                 "attachments": [], "sent_at": f"{today}T09:00", "answered": False}]
    events = [e for e in plan["events"] if e["collaborator_id"] == chosen and e["date"] == today]
    # Studio shows the answer to the message typed: no responsiveness draw.
    return {"collaborator": person, "incoming": incoming, "events": events, "date": today,
            "turn": 0, "answer_now": True}


collaborator = _running(COLLABORATOR, "Run the real collaborator graph.",
                        lambda state: {k: state[k] for k in CollaboratorInput.__annotations__
                                       if k in state})


def build_studio_collaborator() -> StateGraph[Any, StudioContext, Any, Any]:
    """A computer folder (or a persona) -> one collaborator's answer to a message."""
    return _entry(StudioCollaboratorState, CollaboratorForm, CollaboratorOutput,
                  [("prepare", prepare_collaborator), ("brief", brief), ("collaborator", collaborator)])


# --- grader ------------------------------------------------------------------------------------


class StudioGradeState(TypedDict, total=False):
    """The grader's form (see forms.GradeForm), and the grade it leaves."""

    computer_dir: str
    persona: str
    target_files: int
    run_dir: str
    grade_path: str
    grade: dict[str, Any]


def prepare_grade(state: StudioGradeState, config: RunnableConfig,
                  runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """The run to grade: the one named, else the computer's latest (a computer with no run is
    simulated for one day first, as `synthcomp simulate --days 1` would)."""
    if state.get("run_dir"):
        run_dir = inside_studio(state["run_dir"])
        return {"run_dir": str(run_dir),
                "computer_dir": str(inside_studio(load_context(run_dir)["computer_dir"]))}
    context = studio_context(runtime)
    folder = ensure_computer(dict(state), context)
    ensure_plan(folder, context)
    run_dir = latest_run(folder) or simulate_run(
        folder, run_id=run_dir_for(folder, {}, config).name, model=context.model,
        seed=context.seed, days=1, collaborator_model=context.collaborator_model)
    return {"run_dir": str(run_dir), "computer_dir": str(folder)}


async def grader(state: StudioGradeState, config: RunnableConfig,
                 runtime: Runtime[StudioContext]) -> dict[str, Any]:
    """Run the real grader on the run, and show its grade.json."""
    studio = studio_context(runtime)
    context = await asyncio.to_thread(judge_context, Path(state["run_dir"]),
                                      model=studio.judge_model or studio.model, seed=studio.seed,
                                      config=ModelConfig())
    inputs = {k: state[k] for k in ("run_dir", "computer_dir")}
    with ExitStack() as held:
        # As `synthcomp grade`: not while the run goes on, one grader at a time.
        await asyncio.to_thread(held.enter_context, run_lock(Path(state["run_dir"])))
        try:
            await GRADER.ainvoke(inputs, _inner(config), context=context)
        finally:
            await asyncio.to_thread(context.counts().save)
    path = Path(state["run_dir"]) / GRADE_FILE
    grade = json.loads(await asyncio.to_thread(path.read_text, "utf-8"))
    return {"grade_path": str(path), "grade": grade}


def build_studio_grader() -> StateGraph[Any, StudioContext, Any, Any]:
    """A run folder (or a computer, or a persona) -> its deliverables graded."""
    return _entry(StudioGradeState, GradeForm, GradeOutput,
                  [("prepare", prepare_grade), ("grader", grader)])
