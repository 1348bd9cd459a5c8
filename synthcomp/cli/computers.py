"""Commands that make computers: build, materialize, plan."""

from __future__ import annotations

import shlex
import time
from pathlib import Path
from typing import Annotated

import typer

from synthcomp.checks.inputs import DEFAULT_TARGET_FILES
from synthcomp.cli.app import app
from synthcomp.cli.options import (
    ConfigOption,
    FilesOption,
    ModelOption,
    OverwriteOption,
    PlannerModelOption,
    SeedOption,
    WorldModelOption,
    model_config,
)


@app.command()
def build(
    out: Annotated[Path, typer.Option("--out", help="Output folder.")],
    persona: Annotated[str | None, typer.Option("--persona", help="One persona, as text.")] = None,
    personas: Annotated[
        str | None,
        typer.Option("--personas", help="A file of personas (JSONL of {\"persona\": ...}, a JSON "
                                "array, or plain text with one a line), or 'bundled'."),
    ] = None,
    n: Annotated[int | None, typer.Option("--n", min=1, help="Build only the first N personas.")] = None,
    seed: SeedOption = 0,
    model: ModelOption = None,
    world_model: WorldModelOption = None,
    config: ConfigOption = None,
    files: FilesOption = DEFAULT_TARGET_FILES,
    overwrite: OverwriteOption = False,
) -> None:
    """Build synthetic computers: one (--persona, into --out) or many (--personas, one folder
    each under --out)."""
    from synthcomp.api.build import build_computer
    from synthcomp.computer import Computer
    from synthcomp.console import (
        counted,
        err_console,
        fail,
        out_console,
        program,
        progress_bar,
        show_computer,
        show_next,
        show_usage,
        user_errors,
    )
    from synthcomp.errors import SynthcompError
    from synthcomp.ids import computer_id_for
    from synthcomp.personas import BUNDLED, read_persona_file

    with user_errors():
        if (persona is None) == (personas is None):
            fail("give exactly one of --persona TEXT or --personas FILE")
        models = model_config(config, default=model, world=world_model)
        if persona is not None:
            started = time.perf_counter()
            with progress_bar("building") as update, counted(models) as usage:
                folder = build_computer(persona, out, seed=seed, model=models.model_for("world"),
                                        config=models, target_files=files, overwrite=overwrite,
                                        on_progress=update, usage=usage)
            show_computer(folder, time.perf_counter() - started)
            show_usage(Computer(folder).usage_path, "build")
            show_next("synthcomp", "plan", folder)
            return
        found = read_persona_file(str(personas))
        texts, skipped = found.personas, found.skipped
        if personas != BUNDLED:
            err_console.print(f"read {len(texts)} persona{'' if len(texts) == 1 else 's'} from "
                              f"{personas} ({found.format})", highlight=False)
        for line in skipped:
            err_console.print(f"[yellow]skipped[/] {line}", highlight=False)
        texts = texts[:n] if n is not None else texts
        if not texts:
            fail(f"no usable persona in {personas}")
        built, failed, kept = 0, 0, 0
        for index, text in enumerate(texts, start=1):
            started = time.perf_counter()
            target = out / computer_id_for(text, seed)
            if not overwrite and Computer(target).is_built():
                # Built by an earlier run of the same batch: rerunning it builds what is missing.
                kept += 1
                continue
            try:
                with progress_bar(f"[{index}/{len(texts)}]") as update, counted(models) as usage:
                    folder = build_computer(text, target, seed=seed, model=models.model_for("world"),
                                            config=models, target_files=files, overwrite=overwrite,
                                            on_progress=update, usage=usage)
            except SynthcompError as exc:
                # One persona's failure does not cost the others their computers.
                err_console.print(f"[bold red]failed[/] [{index}/{len(texts)}] {text[:60]!r}: {exc}",
                                  highlight=False, soft_wrap=True)
                failed += 1
                continue
            show_computer(folder, time.perf_counter() - started)
            show_usage(Computer(folder).usage_path, "build")
            built += 1
        out_console.print(f"built {built} computer{'' if built == 1 else 's'} under {out.absolute()}"
                          + (f"; {kept} already there, kept" if kept else "")
                          + (f"; {len(skipped)} persona line{'' if len(skipped) == 1 else 's'} "
                             "skipped" if skipped else "")
                          + (f"; {failed} failed" if failed else ""))
        if built or kept:
            # One line that plans every computer of the batch, ready to paste.
            out_console.print(f"[bold]next[/]      for c in {shlex.quote(str(out.absolute()))}/*/; "
                              f"do {shlex.quote(program())} plan \"$c\"; done", highlight=False)
        if failed:
            raise typer.Exit(1)


@app.command()
def materialize(
    rows: Annotated[Path, typer.Argument(help="A manifest.json, or a JSON/JSONL of rows.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder (a parent for many rows).")],
    seed: Annotated[int | None, typer.Option("--seed", help="Override the rows' seed.")] = None,
    model: ModelOption = None,
    world_model: WorldModelOption = None,
    config: ConfigOption = None,
    overwrite: OverwriteOption = False,
) -> None:
    """Rebuild computers from dataset rows (the manifest format)."""
    from synthcomp.api.materialize import materialize_computer, read_rows
    from synthcomp.checks.inputs import check_computer_id, validate_persona
    from synthcomp.computer import Computer
    from synthcomp.console import (
        counted,
        progress_bar,
        show_computer,
        show_next,
        show_usage,
        user_errors,
    )
    from synthcomp.ids import computer_id_for

    with user_errors():
        models = model_config(config, default=model, world=world_model)
        loaded = read_rows(rows)
        for row in loaded:
            started = time.perf_counter()
            name = str(row.get("computer_id") or computer_id_for(validate_persona(row["persona"]),
                                                                 seed or 0))
            check_computer_id(name)
            target = out if len(loaded) == 1 else out / name
            with progress_bar("materializing") as update, counted(models) as usage:
                folder = materialize_computer(row, target, seed=seed, model=models.model_for("world"),
                                              config=models, overwrite=overwrite, on_progress=update,
                                              usage=usage)
            show_computer(folder, time.perf_counter() - started)
            show_usage(Computer(folder).usage_path, "build")
            show_next("synthcomp", "plan", folder)


@app.command()
def plan(
    computer: Annotated[Path, typer.Argument(help="A computer folder made by `synthcomp build`.")],
    seed: SeedOption = 0,
    model: ModelOption = None,
    planner_model: PlannerModelOption = None,
    config: ConfigOption = None,
    month_start: Annotated[
        str | None, typer.Option("--month-start", help="First day of the month (ISO date).")
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing plan.")] = False,
) -> None:
    """Plan a month of work on a computer: objectives, collaborators, events, rubric."""
    from synthcomp.api.plan import plan_computer
    from synthcomp.computer import Computer
    from synthcomp.console import (
        err_console,
        show_next,
        show_plan,
        show_usage,
        spent,
        user_errors,
    )

    with user_errors():
        models = model_config(config, default=model, planner=planner_model)
        with err_console.status("planning the month"), spent(Computer(computer).usage_path,
                                                             section="plan"):
            month = plan_computer(computer, seed=seed, model=models.model_for("planner"),
                                  config=models, month_start=month_start, overwrite=overwrite)
        show_plan(month, computer)
        show_usage(Computer(computer).usage_path, "plan")
        show_next("synthcomp", "simulate", computer)
