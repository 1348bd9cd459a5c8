"""Grade a run's deliverables: the Python API behind `synthcomp grade`."""

from __future__ import annotations

from pathlib import Path

from langchain_core.language_models import BaseChatModel

from synthcomp.api.build import DEFAULT_CONCURRENCY
from synthcomp.computer import Computer
from synthcomp.graphs.grader import GraderState, build_grader
from synthcomp.models import parse_model_name
from synthcomp.models.context import JudgeContext
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage
from synthcomp.runs.folder import GRADE_FILE, USAGE_FILE, load_context, run_lock
from synthcomp.schemas import RunGrade


def judge_context(run_dir: Path, *, model: str, seed: int, config: ModelConfig,
                  chat_model: BaseChatModel | None = None) -> JudgeContext:
    """The judge's run context: its calls add to the run's usage.json under "judge"."""
    return JudgeContext(model=model, seed=seed, chat_model=chat_model, config=config,
                        usage=Usage(config.prices_for, path=run_dir / USAGE_FILE))


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
    with run_lock(folder):  # not while the run itself is going, and one grader at a time
        context = judge_context(folder, model=model, seed=int(saved.get("seed", 0)),
                                config=config or ModelConfig(), chat_model=chat_model)
        state: GraderState = {"run_dir": str(folder),
                              "computer_dir": str(Computer(saved["computer_dir"]).root)}
        try:
            build_grader().compile().invoke(state, context=context,
                                            config={"max_concurrency": max_concurrency})
        finally:
            context.counts().save()
    return RunGrade.model_validate_json((folder / GRADE_FILE).read_text("utf-8"))
