"""Grade a run's deliverables: the Python API behind `synthcomp grade`."""

from __future__ import annotations

from pathlib import Path

from langchain_core.language_models import BaseChatModel

from synthcomp.computer import Computer
from synthcomp.graphs.grader import GraderState, build_grader, read_plan
from synthcomp.graphs.objective_planner import read_manifest
from synthcomp.models import parse_model_name
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage
from synthcomp.runcontext import ModelContext
from synthcomp.runs import USAGE_FILE, load_context, run_lock
from synthcomp.schemas import RunGrade

DEFAULT_CONCURRENCY = 8


def grade_run(
    run_dir: str | Path,
    *,
    model: str = "offline",
    chat_model: BaseChatModel | None = None,
    config: ModelConfig | None = None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
) -> RunGrade:
    """Grade every deliverable of a run's plan against its rubric, as the drive holds them now;
    write runs/<run_id>/grade.json and return it. ``model`` is the judge, which decides the
    criteria that name no strings. The judge's calls add to the run's usage.json under "judge".
    A grade that fails (the judge stays down, or answers garbage) leaves the old grade.json."""
    parse_model_name(model)
    folder = Path(run_dir).absolute()
    saved = load_context(folder)
    computer = Computer(saved["computer_dir"])
    read_manifest(computer)
    read_plan(computer)
    config = config or ModelConfig()
    with run_lock(folder):  # not while the run itself is going, and one grader at a time
        context = ModelContext(model=model, seed=int(saved.get("seed", 0)), chat_model=chat_model,
                               role="judge", config=config,
                               usage=Usage(config.prices_for, path=folder / USAGE_FILE))
        state: GraderState = {"run_dir": str(folder), "computer_dir": str(computer.root)}
        try:
            result = build_grader().compile().invoke(state, context=context,
                                                     config={"max_concurrency": max_concurrency})
        finally:
            context.counts().save()
    return RunGrade.model_validate_json(Path(result["grade_path"]).read_text("utf-8"))
