"""Run a simulation, and resume one: the Python API behind `synthcomp simulate` and `resume`.

Every superstep is checkpointed with durability="sync" (to SQLite in the run folder, or to a
PostgreSQL server: ``checkpointer=``), so a run killed at any moment resumes from its last
completed step; Ctrl-C pauses it the same way.
"""

from __future__ import annotations

import time
import warnings
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langgraph.types import Command

from synthcomp.checks.inputs import check_run_id, check_runnable_plan
from synthcomp.computer import Computer
from synthcomp.errors import InputError, RunFinished, first_line
from synthcomp.graphs.sim_state import SimState
from synthcomp.graphs.simulation import Part, build_simulation
from synthcomp.ids import run_id_for
from synthcomp.models import parse_model_name
from synthcomp.models.guard import ModelUnavailable
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage
from synthcomp.runs.budgets import DAY_TURNS, MAX_TURNS
from synthcomp.runs.checkpoints import (
    STORE_KEY,
    describe_store,
    is_postgres,
    parse_store,
    run_checkpointer,
    store_errors,
    store_failed,
    without_password,
)
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.folder import (
    CHECKPOINTS_FILE,
    CONTEXT_FILE,
    TRAJECTORY_FILE,
    USAGE_FILE,
    has_checkpoints,
    load_context,
    open_run_folder,
    read_summary,
    run_lock,
    run_started,
    save_context,
)
from synthcomp.runs.health import Health, behind_trajectory, check_run, trajectory_report
from synthcomp.runs.parts import Parts
from synthcomp.runs.progress import ProgressCallback as RunProgress
from synthcomp.runs.progress import ProgressTracker
from synthcomp.runs.summary import write_summary
from synthcomp.runs.trajectory import trajectory

RECURSION_LIMIT = 100_000


def simulate(
    computer_dir: str | Path,
    *,
    run_id: str | None = None,
    model: str = "offline",
    seed: int = 0,
    max_turns: int = MAX_TURNS,
    days: int | None = None,
    day_turns: int = DAY_TURNS,
    collaborator_model: str | None = None,
    config: ModelConfig | None = None,
    chat_model: BaseChatModel | None = None,
    on_progress: RunProgress | None = None,
    user_agent: Part | str | None = None,
    collaborator: Part | str | None = None,
    checkpointer: str | None = None,
    skills: str | Path | None = None,
) -> Path:
    """Start a run on a planned computer and drive it to its end; return the run folder.

    ``model`` is the user agent's model and ``collaborator_model`` the collaborators' (default:
    the same); ``config`` says how models are reached, limited, retried and priced. A model
    that stays unavailable pauses the run, with the reason in summary.json. ``user_agent`` and
    ``collaborator`` replace ours (as build_simulation takes them, or ``"module:name"``); the
    run folder is complete either way (context, checkpoints, summary, usage) and can be
    resumed and graded. ``checkpointer``: None or "sqlite" (checkpoints.sqlite in the run
    folder), or a postgresql:// URL (its server is reached, and its tables made, before any
    folder exists; context.json keeps the URL without its password: see ``resume``).
    ``skills``: a skills folder (`synthcomp skills`); the skill of the computer's occupation
    goes into the user agent's system prompt and context.json (path, sha256 and text), and the
    run id differs from the run without it. No skill of that occupation: the run goes without
    one (``synthcomp.api.skills.skill_for`` says which, before)."""
    store = parse_store(checkpointer)
    parse_model_name(model)
    if collaborator_model:
        parse_model_name(collaborator_model)
    if run_id is not None:
        check_run_id(run_id)
    if (days is not None and days < 1) or max_turns < 1:
        raise InputError("--days and --max-turns must be at least 1")
    parts = Parts(user_agent, collaborator)
    graph_parts = parts.graph_parts()  # a reference that does not import fails before any folder
    computer = Computer(computer_dir)
    computer.read_manifest()
    month = computer.read_plan()
    check_runnable_plan(month, computer)  # before a run folder exists
    skill = _skill(skills, computer)
    working_days = month.working_days
    days = len(working_days) if days is None else days  # the whole month by default
    if days > len(working_days):
        raise InputError(f"--days {days}: the plan has {len(working_days)} working days "
                         f"({working_days[0]} to {working_days[-1]})")
    run_dir = computer.run_dir(run_id or run_id_for(
        computer.root.name, seed, model, days=days, max_turns=max_turns, day_turns=day_turns,
        collaborator_model=collaborator_model, parts=parts.saved() or None,
        window=(config or ModelConfig()).window_for(model), skill=skill["sha256"] if skill else None))
    if run_started(run_dir):
        finished = read_summary(run_dir).get("status") == "finished"
        how = ("it has finished: for another run of this computer, pick another --seed or "
               "--run-id" if finished else
               f"resume it with `synthcomp resume {run_dir}` or pick another --run-id"
               if has_checkpoints(run_dir) else "pick another --run-id")
        raise InputError(f"run {run_dir.name} already exists; {how}")
    thread_id = run_dir.name
    if store is not None:
        from synthcomp.runs.postgres import new_thread_id, postgres_pool

        postgres_pool(store)  # reached and set up now: an unreachable server starts nothing
        thread_id = new_thread_id(run_dir.name)
    context = SimulationContext(model=model, seed=seed, chat_model=chat_model,
                                computer_dir=str(computer.root), run_dir=str(run_dir),
                                max_turns=max_turns, days=days, day_turns=day_turns,
                                collaborator_model=collaborator_model,
                                config=config or ModelConfig(), skill=skill)
    # The checkpoint thread is named once, here: a renamed or copied run folder keeps it.
    saved = {**_with_parts(context.saved(), parts), "thread_id": thread_id, **_store_saved(store)}
    open_run_folder(computer, run_dir, saved)
    return _drive(context, SimState(day=0, turn=0), on_progress, graph_parts, thread_id, store)


def resume(run_dir: str | Path, *, chat_model: BaseChatModel | None = None,
           on_progress: RunProgress | None = None, model: str | None = None,
           collaborator_model: str | None = None, config: ModelConfig | None = None,
           user_agent: Part | str | None = None, collaborator: Part | str | None = None,
           checkpointer: str | None = None) -> Path:
    """Continue a run from its last checkpoint. ``model`` (the user's), ``collaborator_model``
    and ``config`` replace the run's own from here on, when given: the fix for a run paused on
    a wrong model name, endpoint or key. They are saved in context.json for later resumes.
    A run made with your own user agent or collaborator resumes with it: found again from its
    saved ``module:name``, or given here when it has none. A damaged run (as `synthcomp verify`
    judges it: runs.health.check_run) is refused with one InputError line saying what is damaged
    and whether `synthcomp verify --repair` can mend it.

    A run on PostgreSQL resumes on the server its context.json names (saved without a
    password: libpq reads it from PGPASSWORD or ~/.pgpass), or on ``checkpointer``, the same
    server's URL with its password, or its new address (then saved, without the password)."""
    folder = Path(run_dir).absolute()
    saved = load_context(folder)
    context_file = dict(saved)
    thread = saved.pop("thread_id", None)
    kept_parts = saved.pop("parts", None)
    kept_store = saved.pop(STORE_KEY, None)
    store = _resumed_store(folder, kept_store, checkpointer)
    parts = Parts(user_agent, collaborator).resumed(kept_parts)
    graph_parts = parts.graph_parts()
    if store is None and not (folder / CHECKPOINTS_FILE).is_file():
        raise InputError(f"{folder} has no checkpoints here (a run made through a LangGraph "
                         "server keeps them there): rerun it on the server")
    model, collaborator_model = (n.strip() if n else n for n in (model, collaborator_model))
    for name in (model, collaborator_model):
        if name is not None:
            parse_model_name(name)
    kept = ModelConfig.model_validate(saved.pop("config", None) or {})
    saved.update({k: v for k, v in (("model", model), ("collaborator_model", collaborator_model))
                  if v is not None})
    unknown = sorted(set(saved) - set(SimulationContext.__dataclass_fields__))
    if unknown:
        raise InputError(f"{folder / CONTEXT_FILE} holds keys this version does not know: "
                         f"{', '.join(unknown)}")
    context = SimulationContext(**saved, config=config or kept, chat_model=chat_model)
    # The lock first: a run going on in another process keeps its context.json as it is.
    with run_lock(folder):
        # Judged as verify judges it (the same checks, on a copy of the database), before
        # SQLite opens the files: it would reset a WAL it ignores.
        health = check_run(folder, {**context_file, STORE_KEY: store}, parts)
        if health.damage:
            raise InputError(health.one_line())
        moved = store is not None and without_password(store) != kept_store
        if model is not None or collaborator_model is not None or config is not None or moved:
            kept_thread = {"thread_id": thread} if thread else {}
            save_context(folder, {**_with_parts(context.saved(), parts), **kept_thread,
                                  **_store_saved(store)})
        return _drive(context, None, on_progress, graph_parts, health.thread_id, store, locked=True)


def _skill(skills: str | Path | None, computer: Computer) -> dict[str, str] | None:
    """What context.json keeps of the computer's occupation skill in ``skills`` (None: no
    folder given, or no skill of this occupation in it)."""
    if skills is None:
        return None
    from synthcomp.api.skills import skill_for

    found = skill_for(skills, computer.root)
    return found.saved() if found is not None else None


def _store_saved(store: str | None) -> dict[str, str]:
    """What context.json keeps of the checkpointer: nothing for SQLite (as runs made before
    there was a choice), the URL without its password for PostgreSQL."""
    return {STORE_KEY: without_password(store)} if store else {}


def _resumed_store(folder: Path, kept: Any, given: str | None) -> str | None:
    """Where a resumed run's checkpoints are: the saved store, or ``given`` (its URL with a
    password, or the server's new address). Moving a run between SQLite and PostgreSQL is
    `synthcomp runs copy`'s, not resume's."""
    if kept is not None and not is_postgres(str(kept)):
        raise InputError(f"{folder / CONTEXT_FILE} is damaged: {STORE_KEY} is {kept!r}, not a "
                         "postgresql:// URL")
    store = parse_store(given) if given is not None else kept
    if given is not None and is_postgres(kept) != is_postgres(store):
        raise InputError(f"run {folder.name} keeps its checkpoints in {describe_store(kept)}, not "
                         f"{describe_store(store)}: move them with `synthcomp runs copy {folder} "
                         f"--to {without_password(store) if store else 'sqlite'}`")
    if store is not None:
        from synthcomp.runs.postgres import postgres_pool

        postgres_pool(store)  # reached before the run is touched: one line if it cannot be
    return store


def _with_parts(saved: dict[str, Any], parts: Parts) -> dict[str, Any]:
    own = parts.saved()
    return {**saved, "parts": own} if own else saved


def _drive(context: SimulationContext, start: SimState | None,
           on_progress: RunProgress | None, parts: dict[str, Any], thread_id: str,
           store: str | None = None, *, locked: bool = False) -> Path:
    run_dir = Path(context.run_dir)
    # A resumed run's wall time adds up over its segments, as its usage does.
    earlier = float(read_summary(run_dir).get("wall_seconds") or 0) if start is None else 0.0
    started = time.perf_counter()
    reason = ""
    with nullcontext() if locked else run_lock(run_dir), run_checkpointer(run_dir, store) as saver:
        graph = build_simulation(**parts).compile(checkpointer=saver)
        config: Any = {"configurable": {"thread_id": thread_id}, "recursion_limit": RECURSION_LIMIT}
        finishing = False
        if start is None:
            what = _check_resumable(run_dir, graph, config, describe_store(store))
            finishing = what == "finish"
            if what == "start":  # killed before its first checkpoint, with nothing done yet
                start = SimState(day=0, turn=0)
        status = "finished"
        # Counts add up over a run's resumes; the file is rewritten as the run goes.
        context.usage = Usage(context.config.prices_for, path=run_dir / USAGE_FILE)
        # ToolNode's tracing serialises the injected ToolRuntime and warns that our context is
        # not its default type: noise, not a problem.
        warnings.filterwarnings("ignore", message="Pydantic serializer warnings")
        tracker = None if on_progress is None else ProgressTracker.for_plan(
            context.plan(), context.days, context.max_turns, on_progress)
        if tracker is not None:
            tracker.start_from(start or _latest_values(graph, config))
            tracker.report(tracker.now())
        try:
            if finishing:  # checkpointed to its end, killed before its summary: only that is left
                raise _NothingLeft
            # subgraphs=True: the user agent's own steps report too (its model call sets the
            # turn); "updates" streams only what changed, not a copy of the whole state.
            stream: Any = graph.stream(start, config, context=context, durability="sync",
                                       stream_mode="updates", subgraphs=True)
            for _, chunk in stream:
                if tracker is not None:
                    tracker.seen(_updates(chunk))
        except _NothingLeft:
            pass
        except KeyboardInterrupt:
            status, reason = "paused", "interrupted"
        except ModelUnavailable as exc:
            # The failed step is not checkpointed as done: resume runs it again.
            status, reason = "paused", str(exc)
        except store_errors(store) as exc:
            # The same for a checkpoint database that went away under the run.
            store_failed(store)
            status, reason = "paused", f"the checkpoint database failed: {first_line(exc)}"
        finally:
            context.counts().save()
        try:
            final = _latest_values(graph, config)
            if status == "finished" and _pending(graph, config):
                status, reason = "paused", "stopped before the end"
        except store_errors(store) as exc:
            store_failed(store)
            raise InputError(f"run {run_dir.name} stopped: its checkpoint database "
                             f"{describe_store(store)} cannot be reached ({first_line(exc)}); resume "
                             "the run once it is back") from exc
    events = trajectory(str(run_dir)).compact()
    write_summary(context, final, status, events, earlier + time.perf_counter() - started, reason)
    return run_dir


class _NothingLeft(Exception):
    """The run's graph is at its end: only its trajectory and summary are left to finish."""


def _check_resumable(run_dir: Path, graph: Any, config: Any, where: str = CHECKPOINTS_FILE) -> str:
    """What resuming the run is: "resume", "start" (no checkpoint and nothing recorded yet), or
    "finish" (checkpointed to its end, killed before its summary); RunFinished when it has
    finished; InputError when its checkpoints do not cover what its
    trajectory says happened (lost checkpoints), or hold no checkpoint of a run that went on."""
    snapshot = graph.get_state(config)
    events = trajectory_report(run_dir / TRAJECTORY_FILE).events
    if not snapshot.values and not snapshot.next:
        if not events:
            return "start"
        problem = f"{where} holds no checkpoint of the run, but its trajectory has {events} events"
        raise InputError(Health(run_dir=run_dir, damage=[problem], repairable=False).one_line())
    pending = bool(snapshot.next or snapshot.tasks)
    behind = behind_trajectory(run_dir, _latest_values(graph, config).get("turn", 0), not pending)
    if behind:
        raise InputError(Health(run_dir=run_dir, damage=[behind]).one_line())
    if pending:
        return "resume"
    if read_summary(run_dir).get("status") == "finished":
        raise RunFinished(f"run {run_dir.name} has already finished")
    return "finish"


def _updates(chunk: dict[str, Any]) -> list[dict[str, Any]]:
    """The state updates in one streamed chunk (a node may return a dict or Commands)."""
    found = []
    for value in chunk.values():
        for item in value if isinstance(value, list) else [value]:
            update = item.update if isinstance(item, Command) else item
            if isinstance(update, dict):
                found.append(update)
    return found


def _latest_values(graph: Any, config: Any) -> dict[str, Any]:
    """The run's state, with the turn count of a day stopped midway (the user agent's own
    checkpoints are ahead of the month's until its day ends)."""
    snapshot = graph.get_state(config, subgraphs=True)
    values = dict(snapshot.values)
    for task in snapshot.tasks:
        inner = getattr(task.state, "values", None) or {}
        values["turn"] = max(values.get("turn", 0), inner.get("turn", 0))
    return values


def _pending(graph: Any, config: Any) -> bool:
    """Whether the run has work left: a next step, or a step that was interrupted."""
    state = graph.get_state(config)
    return bool(state.next or state.tasks)
