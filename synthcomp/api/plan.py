"""Plan a month of work on a built computer: the Python API behind `synthcomp plan`."""

from __future__ import annotations

import shutil
from pathlib import Path

from langchain_core.language_models import BaseChatModel

from synthcomp.api.build import DEFAULT_CONCURRENCY
from synthcomp.checks.inputs import checked_date
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.graphs.objective_planner import PlannerState, build_objective_planner
from synthcomp.models import parse_model_name
from synthcomp.models.context import PlannerContext
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import save_section
from synthcomp.plan_install import settle
from synthcomp.schemas import MonthPlan


def plan_computer(
    computer_dir: str | Path,
    *,
    seed: int = 0,
    model: str = "offline",
    chat_model: BaseChatModel | None = None,
    month_start: str | None = None,
    overwrite: bool = False,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    config: ModelConfig | None = None,
) -> MonthPlan:
    """Plan the month for the computer at ``computer_dir``; write meta/plan.json and the
    collaborators' private files, and return the plan. A computer materialized from a published
    dataset row (meta/dataset_row.json) gets the row's month (synthcomp.dataset.plan), with
    what the row lacks added and listed in the plan's ``dataset.added``; ``month_start`` is
    then noted and the row's period kept. An existing plan is kept unless
    ``overwrite``; a failed plan leaves the computer as it was. The calls' usage is saved in
    meta/usage.json under "plan", a failed plan's too."""
    parse_model_name(model)
    computer = Computer(computer_dir)
    computer.read_manifest()
    settle(computer)
    if computer.plan_path.exists() and not overwrite:
        raise InputError(f"{computer.root} already has a plan; replan it with --overwrite")
    state: PlannerState = {"computer_dir": str(computer.root)}
    if month_start:
        checked_date(month_start, "--month-start")
        state["month_start"] = month_start
    # A plan killed midway (SIGKILL) leaves its scratch folder: start from a clean one.
    shutil.rmtree(computer.plan_scratch, ignore_errors=True)
    graph = build_objective_planner().compile()
    context = PlannerContext(model=model, seed=seed, chat_model=chat_model,
                             config=config or ModelConfig())
    try:
        graph.invoke(state, context=context, config={"max_concurrency": max_concurrency})
    finally:
        shutil.rmtree(computer.plan_scratch, ignore_errors=True)
        # What the calls spent is kept even when the plan fails: it was spent.
        save_section(computer.usage_path, "plan", context.counts())
    return computer.read_plan()
