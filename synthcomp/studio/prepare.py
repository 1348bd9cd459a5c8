"""What an entry graph does before the real graph runs: find or build the computer, plan its
month if it has no plan, and open a run folder (context.json, as `synthcomp simulate` writes)."""

from __future__ import annotations

import itertools
import re
import uuid
from pathlib import Path
from typing import Any

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.checks.inputs import check_run_id, validate_persona
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.ids import computer_id_for
from synthcomp.models.usage import Usage
from synthcomp.personas import bundled_personas
from synthcomp.runs.budgets import DAY_TURNS, MAX_TURNS
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.folder import SUMMARY_FILE, USAGE_FILE, open_run_folder, run_started
from synthcomp.studio.context import StudioContext, inside_studio, studio_dir

# Small enough to build in seconds on the offline model; pass target_files for more.
STUDIO_TARGET_FILES = 40


def default_persona(persona: str | None) -> str:
    """The persona typed in the form, or the first bundled one."""
    return validate_persona(persona) if persona and persona.strip() else bundled_personas()[0]


def default_out_dir(persona: str, seed: int) -> Path:
    """Where a Studio build of ``persona`` goes when no folder is given."""
    return studio_dir() / "computers" / computer_id_for(persona, seed)


def ensure_computer(state: dict[str, Any], context: StudioContext) -> Path:
    """The computer named by ``computer_dir``; built from ``persona`` when the folder holds no
    computer yet, or from ``persona`` (or the first bundled persona) under the Studio folder when
    no folder is given."""
    folder = str(inside_studio(state["computer_dir"])) if state.get("computer_dir") else None
    if folder and Computer(folder).manifest_path.is_file():
        return Computer(folder).root
    if folder and not (state.get("persona") or "").strip():
        # A mistyped folder must not quietly become a new computer of the default persona.
        raise InputError(f"no computer at {Computer(folder).root}; give a persona as well to build "
                         "one there, or leave computer_dir empty")
    persona = default_persona(state.get("persona"))
    target = Path(folder) if folder else default_out_dir(persona, context.seed)
    if Computer(target).manifest_path.is_file():
        return Computer(target).root
    if target.exists() and not target.is_dir():
        raise InputError(f"{target} is a file; name a folder for the computer")
    if target.exists() and any(target.iterdir()):
        raise InputError(f"{target} exists and holds no computer; name an empty or new folder")
    files = int(state.get("target_files") or STUDIO_TARGET_FILES)
    return build_computer(persona, target, seed=context.seed, model=context.model,
                          target_files=files, overwrite=target.exists()).absolute()


def ensure_plan(computer_dir: Path, context: StudioContext) -> None:
    """Plan the month unless the computer has a plan already."""
    if not Computer(computer_dir).is_planned():
        plan_computer(computer_dir, seed=context.seed, model=context.model)


def run_dir_for(computer_dir: Path, state: dict[str, Any], config: Any) -> Path:
    """A new run folder: the run id typed in the form (refused if that run exists), else
    'studio-' and the thread's id (numbered when the thread is run again)."""
    computer = Computer(computer_dir)
    typed = state.get("run_id")
    if typed:
        run_dir = computer.run_dir(check_run_id(str(typed)))
        if run_started(run_dir):
            raise InputError(f"run {typed} already exists on this computer; pick another run_id")
        return run_dir
    thread = str((config or {}).get("configurable", {}).get("thread_id") or uuid.uuid4())
    base = "studio-" + re.sub(r"[^A-Za-z0-9]", "", thread)[:12]
    candidates = (computer.run_dir(base if n == 1 else f"{base}-{n}") for n in itertools.count(1))
    return next(run_dir for run_dir in candidates if not run_started(run_dir))


def open_run(computer_dir: Path, state: dict[str, Any], config: Any,
             context: StudioContext) -> SimulationContext:
    """A run folder on the computer with its context.json, and the run's context."""
    days, max_turns, day_turns = (_count(state, name, default) for name, default in
                                  (("days", 1), ("max_turns", MAX_TURNS), ("day_turns", DAY_TURNS)))
    run_dir = run_dir_for(computer_dir, state, config)
    simulation = SimulationContext(model=context.model, seed=context.seed,
                                   computer_dir=str(computer_dir), run_dir=str(run_dir),
                                   max_turns=max_turns, days=days, day_turns=day_turns,
                                   collaborator_model=context.collaborator_model, replay=False)
    open_run_folder(Computer(computer_dir), run_dir, simulation.saved())
    return simulation


def _count(state: dict[str, Any], name: str, default: int) -> int:
    """A budget from the form: the default when left empty, refused below 1."""
    value = state.get(name)
    try:
        count = default if value in (None, "") else int(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name} must be a whole number, not {value!r}") from exc
    if count < 1:
        raise InputError(f"{name} must be at least 1, not {count}")
    return count


def prepared_context(state: dict[str, Any], context: StudioContext) -> SimulationContext:
    """The run context of a prepared state (``prepare`` wrote the run's folder and budgets).
    The server holds the checkpoints, so nothing is replayed from the trajectory: a fork asks
    the model again. Usage adds up in the run's usage.json."""
    prepared = SimulationContext(model=context.model, seed=context.seed,
                                 computer_dir=state["computer_dir"], run_dir=state["run_dir"],
                                 max_turns=int(state["max_turns"]), days=int(state["days"]),
                                 day_turns=int(state["day_turns"]),
                                 collaborator_model=context.collaborator_model, replay=False)
    prepared.usage = Usage(prepared.config.prices_for, path=Path(prepared.run_dir) / USAGE_FILE)
    return prepared


def latest_run(computer_dir: Path) -> Path | None:
    """The computer's run that ended last (the newest summary.json), None when it has none."""
    ended = [p.parent for p in Computer(computer_dir).runs.glob(f"*/{SUMMARY_FILE}")]
    return max(ended, key=lambda run: ((run / SUMMARY_FILE).stat().st_mtime_ns, run.name),
               default=None)
