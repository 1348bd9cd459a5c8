"""`synthcomp skills`: occupation skills from the runs' retrospectives."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from synthcomp.cli.app import app
from synthcomp.cli.options import ConfigOption, ModelOption, model_config


@app.command()
def skills(
    runs: Annotated[list[Path], typer.Argument(help="Runs, computers (all their runs) or batch folders.")],
    out: Annotated[Path, typer.Option("--out", help="The skills folder to write.")],
    model: ModelOption = None,
    judge_model: Annotated[str | None, typer.Option(
        "--judge-model", help="Model that writes missing retrospectives and words the rules "
                              "(default: offline, mechanical).")] = None,
    config: ConfigOption = None,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Replace OUT if it is a skills folder already (the new set is written "
                            "beside it and renamed: none of the old set is left).")] = False,
) -> None:
    """Write one skill per occupation (OUT/<occupation>/SKILL.md and OUT/skills.json) from the
    experience items of the runs' retrospectives (a run without retro.json gets one first):
    grouped by the user's occupation, near-duplicates merged and counted once per run, ranked."""
    from rich.markup import escape

    from synthcomp.api.skills import write_skills
    from synthcomp.console import out_console, show_next, user_errors

    with user_errors():
        models = model_config(config, default=model, judge=judge_model)
        report = write_skills(runs, out, model=models.model_for("judge"), config=models,
                              overwrite=overwrite)
    for occupation, entry in report.skills.items():
        items = entry["items"]
        top = escape(f"; top: [{items[0]['topic']}] seen in {items[0]['count']} of {len(entry['runs'])}") \
            if items else ""
        out_console.print(f"[bold]{occupation}[/]  {len(entry['runs'])} runs, {len(items)} rules{top}  "
                          f"{report.out_dir / entry['path']}", highlight=False)
    for line in report.skipped:
        out_console.print(escape(f"left out: {line}"), highlight=False)
    out_console.print(f"[bold]skills[/]     {report.out_dir / 'skills.json'}", highlight=False)
    show_next("synthcomp", "simulate", "COMPUTER", "--skills", report.out_dir)
