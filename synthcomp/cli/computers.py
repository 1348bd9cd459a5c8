"""Commands that make computers: build, materialize, plan."""

from __future__ import annotations

import shlex
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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

if TYPE_CHECKING:  # the CLI imports lazily, for a fast start
    from synthcomp.models.settings import ModelConfig


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
    rows: Annotated[Path, typer.Argument(
        help="Rows of the published dataset (its .parquet, or JSONL with the columns as JSON "
             "strings or decoded), or this project's manifest.json / JSON / JSONL of manifests.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder (a parent for many rows; "
                                                    "published rows go to OUT/<computer_id>).")],
    ids: Annotated[str | None, typer.Option(
        "--ids", help="Published rows only: the computer_ids to build, comma-separated.")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Override the rows' seed.")] = None,
    model: ModelOption = None,
    world_model: WorldModelOption = None,
    config: ConfigOption = None,
    overwrite: OverwriteOption = False,
) -> None:
    """Build computers from dataset rows: the published dataset's rows (each row is the
    computer: its people, files, paths and timestamps) or this project's own manifests."""
    from synthcomp.api.materialize import materialize_computer, read_rows
    from synthcomp.checks.inputs import check_computer_id, validate_persona
    from synthcomp.computer import Computer
    from synthcomp.console import (
        counted,
        fail,
        progress_bar,
        show_computer,
        show_next,
        show_usage,
        user_errors,
    )
    from synthcomp.dataset.detect import is_published
    from synthcomp.ids import computer_id_for

    with user_errors():
        models = model_config(config, default=model, world=world_model)
        if is_published(rows):
            _materialize_published(rows, out, ids, models, seed or 0, overwrite)
            return
        if ids is not None:
            fail(f"--ids picks rows of the published dataset; {rows} holds manifest rows")
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


def _materialize_published(rows: Path, out: Path, ids: str | None, models: ModelConfig,
                           seed: int, overwrite: bool) -> None:
    """Build every published row of ``rows`` (or those of ``ids``) into OUT/<computer_id>: one
    error line per row that fails, which never stops the others; exit 1 if any failed."""
    from synthcomp.computer import Computer
    from synthcomp.console import counted, err_console, out_console, progress_bar, show_next
    from synthcomp.dataset import load_computers
    from synthcomp.dataset.build import folder_clashes, materialize_dataset_computer
    from synthcomp.dataset.report import grouped
    from synthcomp.errors import SynthcompError

    wanted = [name.strip() for name in ids.split(",") if name.strip()] if ids is not None else None
    results = load_computers(rows, wanted)
    built, failed, kept = 0, 0, 0
    for index, result in enumerate(results, start=1):
        label = f"[{index}/{len(results)}] {result.computer_id or result.where}"
        if result.computer is None:
            err_console.print(f"[bold red]failed[/] {label}: {result.error}", highlight=False,
                              soft_wrap=True)
            failed += 1
            continue
        computer = result.computer
        target = out / computer.computer_id
        if not overwrite and Computer(target).is_built():
            # Built by an earlier run of the same command: rerunning it builds what is missing.
            kept += 1
            continue
        for warning in grouped([*computer.warnings, *folder_clashes(computer)[1]]):
            err_console.print(f"[yellow]warning[/] {computer.computer_id}: {warning}",
                              highlight=False, soft_wrap=True)
        started = time.perf_counter()
        try:
            with progress_bar(label) as update, counted(models) as usage:
                folder = materialize_dataset_computer(
                    computer, target, model=models.model_for("world"), seed=seed, config=models,
                    overwrite=overwrite, on_progress=update, usage=usage)
        except (SynthcompError, OSError, ValueError) as exc:
            # One row's failure does not cost the others their computers.
            err_console.print(f"[bold red]failed[/] {label}: {exc}", highlight=False,
                              soft_wrap=True)
            failed += 1
            continue
        identity = computer.profile.identity
        out_console.print(f"built {label}: {identity.full_name}, {identity.role} - "
                          f"{len(computer.files)} files in "
                          f"{time.strftime('%M:%S', time.gmtime(time.perf_counter() - started))} "
                          f"-> {folder}", highlight=False, soft_wrap=True)
        built += 1
    out_console.print(f"materialized {built} computer{'' if built == 1 else 's'} under "
                      f"{out.absolute()}" + (f"; {kept} already there, kept" if kept else "")
                      + (f"; {failed} failed" if failed else ""), highlight=False)
    if built == 1 and not failed and not kept:
        show_next("synthcomp", "plan", out / str(results[0].computer_id))
    if failed:
        raise typer.Exit(1)


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
