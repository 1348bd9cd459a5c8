"""`synthcomp grade`: a run's deliverables against the plan's rubric."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from synthcomp.cli.app import app
from synthcomp.cli.options import ConfigOption, JudgeModelOption, ModelOption, model_config


@app.command()
def grade(
    run: Annotated[Path, typer.Argument(help="A run folder: COMPUTER/runs/RUN_ID.")],
    model: ModelOption = None,
    judge_model: JudgeModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Grade a run's deliverables against the plan's rubric (runs/RUN_ID/grade.json): strings
    the rubric names are checked in the files, the judge model decides the rest."""
    from synthcomp.api.grade import grade_run
    from synthcomp.console import (
        err_console,
        show_grade,
        show_usage,
        spent,
        user_errors,
    )
    from synthcomp.runs.folder import USAGE_FILE

    with user_errors():
        models = model_config(config, default=model, judge=judge_model)
        with err_console.status("grading the deliverables"), spent(run / USAGE_FILE, "judge"):
            result = grade_run(run, model=models.model_for("judge"), config=models)
        show_grade(result, run.absolute())
        show_usage(run / USAGE_FILE)
