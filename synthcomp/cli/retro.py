"""`synthcomp retro`: a run's retrospective (runs/RUN_ID/retro.json and retro.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from synthcomp.cli.app import app
from synthcomp.cli.options import ConfigOption, model_config

RetroJudgeOption = Annotated[str | None, typer.Option(
    "--judge-model", help="Model that writes the root causes, strengths and experience items "
                          "from a digest of the run; 'offline' (default) decides mechanically.")]


@app.command()
def retro(
    run: Annotated[Path, typer.Argument(help="A run folder: COMPUTER/runs/RUN_ID.")],
    judge_model: RetroJudgeOption = None,
    config: ConfigOption = None,
) -> None:
    """Write a run's retrospective (runs/RUN_ID/retro.json and retro.md): per deliverable the
    strengths and unmet criteria with root causes traced to the trajectory, figures that differ
    across files, collaborators' requests applied or not, planted errors caught or repeated, and
    experience items with evidence. A run without grade.json is graded first."""
    from synthcomp.api.retro import RETRO_FILE, RETRO_MARKDOWN, retro_run
    from synthcomp.console import err_console, out_console, show_usage, spent, user_errors
    from synthcomp.runs.folder import USAGE_FILE

    with user_errors():
        models = model_config(config, judge=judge_model)
        with err_console.status("writing the retrospective"), spent(run / USAGE_FILE, "retro"):
            result = retro_run(run, model=models.model_for("judge"), config=models)
        out_console.print(f"score     {'n/a' if result.score is None else f'{result.score:.1%}'}"
                      f" ({result.judge} judge)")
        out_console.print("planted   " + (", ".join(f"{p.id} {p.status}" for p in result.planted_errors)
                                      or "none"))
        idle = sum(f.status in ("not_applied", "unanswered") for f in result.feedback)
        out_console.print(f"requests  {idle}"
                      f" of {len(result.feedback)} not acted on")
        out_console.print(f"figures   {len(result.inconsistencies)} differing across files")
        for item in result.experience:
            out_console.print(f"item      [{item.kind}] [{item.topic}] {item.text}", highlight=False,
                              markup=False)
        out_console.print(f"retro     {(run / RETRO_FILE).absolute()}", highlight=False)
        out_console.print(f"markdown  {(run / RETRO_MARKDOWN).absolute()}", highlight=False)
        show_usage(run / USAGE_FILE, roles=("retro", "judge"))
