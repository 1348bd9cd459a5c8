"""`synthcomp batch`: build -> plan -> simulate -> grade for many personas and trials at once,
on local worker processes or a Ray cluster; the same command again resumes it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from synthcomp.checks.inputs import DEFAULT_TARGET_FILES
from synthcomp.cli.app import app
from synthcomp.cli.options import (
    CollaboratorModelOption,
    ConfigOption,
    FilesOption,
    JudgeModelOption,
    ModelOption,
    PlannerModelOption,
    SeedOption,
    UserModelOption,
    WorldModelOption,
    model_config,
)
from synthcomp.runs.budgets import MAX_TURNS


@app.command()
def batch(
    out: Annotated[Path, typer.Option("--out", help="The batch's folder: computers/, batch.json.")],
    personas: Annotated[str | None, typer.Option(
        "--personas", help="A file of personas (JSONL, a JSON array or one a line), or 'bundled'.")] = None,
    n: Annotated[int | None, typer.Option("--n", min=1, help="Only the first N personas.")] = None,
    computers: Annotated[list[Path] | None, typer.Option(
        "--computers", help="Built or materialized computers: a computer's folder or a folder of "
                            "them (repeatable); their runs go in their own runs/.")] = None,
    trials: Annotated[int, typer.Option("--trials", min=1, help="Runs per computer, seeds SEED.."
                                                                 "SEED+K-1.")] = 1,
    days: Annotated[int | None, typer.Option(
        "--days", min=1, help="Working days per run (default: the plan's month).")] = None,
    max_turns: Annotated[int, typer.Option("--max-turns", min=1, help="Turn budget of a run.")] = MAX_TURNS,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1,
                                             help="Runs at once in each worker.")] = 8,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=0, help="Worker processes (default: this machine's cores; 0: in this "
                                 "process). On a Ray cluster, give it: one per CPU to use.")] = None,
    backend: Annotated[str, typer.Option("--backend", help="local or ray.")] = "local",
    ray_address: Annotated[str | None, typer.Option(
        "--ray-address", help="Join this Ray cluster (e.g. ray://head:10001 or head:6379); "
                              "without it a local Ray starts.")] = None,
    checkpointer: Annotated[str | None, typer.Option(
        "--checkpointer", help="'sqlite' (default: a file in each run) or a postgresql:// URL "
                               "(password from PGPASSWORD).")] = None,
    attempts: Annotated[int, typer.Option(
        "--attempts", min=1, help="Tries of a failing job in one invocation (running the command "
                                  "again tries it again).")] = 3,
    skip_bad_lines: Annotated[bool, typer.Option(
        "--skip-bad-lines", help="Run the good personas of a file with broken lines.")] = False,
    seed: SeedOption = 0,
    files: FilesOption = DEFAULT_TARGET_FILES,
    model: ModelOption = None,
    world_model: WorldModelOption = None,
    planner_model: PlannerModelOption = None,
    user_model: UserModelOption = None,
    collaborator_model: CollaboratorModelOption = None,
    judge_model: JudgeModelOption = None,
    config: ConfigOption = None,
    skills: Annotated[Path | None, typer.Option(
        "--skills", help="A skills folder (`synthcomp skills`): each run takes the skill of its "
                         "computer's occupation (none matching: no skill); other runs than without.")] = None,
) -> None:
    """Build, plan, simulate and grade many computers: every persona (or computer) times
    --trials. Re-running the same command resumes the batch: finished runs are skipped,
    interrupted ones resume, failed ones are tried again (--attempts in all)."""
    from synthcomp.api.batch import run_batch
    from synthcomp.batch.display import BatchDisplay, summary_table
    from synthcomp.batch.spec import BatchSpec, computers_under
    from synthcomp.console import err_console, fail, out_console, user_errors
    from synthcomp.personas import read_persona_file

    with user_errors():
        if personas is None and not computers:
            fail("give --personas FILE (or 'bundled') or --computers DIR")
        texts: list[str] = []
        if personas is not None:
            found = read_persona_file(personas)
            for line in found.skipped:
                err_console.print(f"[bold red]bad persona[/] {line}", highlight=False, soft_wrap=True)
            if found.skipped and not skip_bad_lines:
                fail(f"{len(found.skipped)} broken line{'' if len(found.skipped) == 1 else 's'} in "
                     f"{personas}: fix {'it' if len(found.skipped) == 1 else 'them'} or pass "
                     "--skip-bad-lines; nothing was started")
            texts = found.personas[:n] if n is not None else found.personas
            if not texts and not computers:
                fail(f"no persona in {personas}: nothing to run")
        folders = [folder for given in computers or [] for folder in computers_under(given)]
        models = model_config(config, default=model, world=world_model, planner=planner_model,
                              user=user_model, collaborator=collaborator_model, judge=judge_model)
        spec = BatchSpec(out=str(out.absolute()), personas=texts, computers=folders, trials=trials,
                         days=days, max_turns=max_turns, seed=seed, files=files, models=models,
                         checkpointer=checkpointer,  # 'sqlite' becomes None when checked
                         attempts=attempts, concurrency=concurrency,
                         workers=(os.cpu_count() or 1) if workers is None else workers,
                         backend=backend, ray_address=ray_address,
                         skills=str(skills.absolute()) if skills else None)
        try:
            with BatchDisplay(err_console) as display:
                record = run_batch(spec, on_event=display)
        except KeyboardInterrupt:
            fail(f"interrupted; every run is checkpointed: run the same command to resume "
                 f"({out / 'batch.json'})", 130)
        if not out_console.is_terminal:  # a log or a pipe: the table keeps its width, unwrapped
            out_console.width = max(out_console.width, 200)
        out_console.print(summary_table(record))
        counts = record.counts()
        out_console.print(f"[bold]batch[/]     {counts['finished']}/{len(record.entries)} finished, "
                          f"{counts['paused']} paused, {counts['failed']} failed; "
                          f"{record.path}", highlight=False)
        if counts["paused"] or counts["failed"] or counts["interrupted"]:
            out_console.print("run the same command again to resume the paused runs and retry the "
                              "failed ones", highlight=False)
            raise typer.Exit(1)
