"""The ``synthcomp`` command: build, materialize and demo (typer + rich).

Every failure the user can fix prints one line starting with 'error:' and exits non-zero;
tracebacks are for bugs only.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from synthcomp.build import COMPUTER_ID, build_computer, materialize_computer, read_rows
from synthcomp.errors import SynthcompError
from synthcomp.graphs.world_builder import DEFAULT_TARGET_FILES, computer_id_for
from synthcomp.personas import BUNDLED, bundled_personas, read_personas, validate_persona
from synthcomp.planner import plan_computer
from synthcomp.schemas import MonthPlan
from synthcomp.simulate import resume as resume_run
from synthcomp.simulate import simulate as run_simulation

DEMO_DAYS = 3

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Synthetic computers and month-long office-work simulations.",
)
out_console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

SeedOption = Annotated[int, typer.Option("--seed", help="Seed: same seed, same computer.")]
ModelOption = Annotated[
    str, typer.Option("--model", help="'offline' (default) or provider:model, e.g. openai:gpt-4o")
]
OverwriteOption = Annotated[
    bool, typer.Option("--overwrite", help="Replace the output folder if it exists.")
]
FilesOption = Annotated[
    int, typer.Option("--files", help="About how many files each computer holds.")
]


def fail(message: str, code: int = 1) -> None:
    """Print one error line and exit."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn SynthcompError and Ctrl-C into one clear line."""
    try:
        yield
    except SynthcompError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}")
    except KeyboardInterrupt:
        fail("interrupted; nothing half-built was left behind", 130)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A rich progress bar fed by (done, total) callbacks."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update


def _summary(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "meta" / "manifest.json").read_text("utf-8"))
    return data


def show_computer(folder: Path, seconds: float) -> None:
    """Print what was built and where."""
    data = _summary(folder)
    profile = data["user_profile"]
    kinds = Counter(f["kind"] for f in data["file_list"])
    depth = max(f["path"].count("/") for f in data["file_list"])
    elapsed = time.strftime("%M:%S", time.gmtime(seconds))
    mix = ", ".join(f"{kind} {count}" for kind, count in kinds.most_common())
    rows = [
        ("computer", data["computer_id"]),
        ("user", f"{profile['name']}, {profile['role']} at {profile['employer']} "
                 f"({profile['city']}, {profile['country']})"),
        ("files", f"{len(data['file_list'])} in {elapsed} ({mix}), folder depth {depth}"),
        ("drive", str(folder / "drive")),
        ("manifest", str(folder / "meta" / "manifest.json")),
    ]
    for label, value in rows:
        out_console.print(f"[bold]{label:<9}[/] {value}", highlight=False)


@app.command()
def build(
    out: Annotated[Path, typer.Option("--out", help="Output folder.")],
    persona: Annotated[str | None, typer.Option("--persona", help="One persona, as text.")] = None,
    personas: Annotated[
        str | None,
        typer.Option("--personas", help="JSONL file of {\"persona\": ...} lines, or 'bundled'."),
    ] = None,
    n: Annotated[int | None, typer.Option("--n", help="Build only the first N personas.")] = None,
    seed: SeedOption = 0,
    model: ModelOption = "offline",
    files: FilesOption = DEFAULT_TARGET_FILES,
    overwrite: OverwriteOption = False,
) -> None:
    """Build synthetic computers: one (--persona, into --out) or many (--personas, one folder
    each under --out)."""
    with user_errors():
        if (persona is None) == (personas is None):
            fail("give exactly one of --persona TEXT or --personas FILE")
        if persona is not None:
            started = time.perf_counter()
            with progress_bar("building") as update:
                folder = build_computer(persona, out, seed=seed, model=model, target_files=files,
                                        overwrite=overwrite, on_progress=update)
            show_computer(folder, time.perf_counter() - started)
            return
        texts, skipped = read_personas(str(personas))
        for line in skipped:
            err_console.print(f"[yellow]skipped[/] {line}", highlight=False)
        texts = texts[:n] if n is not None else texts
        if not texts:
            fail(f"no usable persona in {personas}")
        built = 0
        for index, text in enumerate(texts, start=1):
            started = time.perf_counter()
            target = out / computer_id_for(text, seed)
            with progress_bar(f"[{index}/{len(texts)}]") as update:
                folder = build_computer(text, target, seed=seed, model=model, target_files=files,
                                        overwrite=overwrite, on_progress=update)
            show_computer(folder, time.perf_counter() - started)
            built += 1
        out_console.print(f"built {built} computers under {out.absolute()}"
                          + (f"; {len(skipped)} persona lines skipped" if skipped else ""))


@app.command()
def materialize(
    rows: Annotated[Path, typer.Argument(help="A manifest.json, or a JSON/JSONL of rows.")],
    out: Annotated[Path, typer.Option("--out", help="Output folder (a parent for many rows).")],
    seed: Annotated[int | None, typer.Option("--seed", help="Override the rows' seed.")] = None,
    model: ModelOption = "offline",
    overwrite: OverwriteOption = False,
) -> None:
    """Rebuild computers from dataset rows (the manifest format)."""
    with user_errors():
        loaded = read_rows(rows)
        for row in loaded:
            started = time.perf_counter()
            name = str(row.get("computer_id") or computer_id_for(validate_persona(row["persona"]),
                                                                 seed or 0))
            if not COMPUTER_ID.fullmatch(name):
                fail(f"computer_id {name!r} must be letters, digits, '-', '_' or '.'")
            target = out if len(loaded) == 1 else out / name
            with progress_bar("materializing") as update:
                folder = materialize_computer(row, target, seed=seed, model=model,
                                              overwrite=overwrite, on_progress=update)
            show_computer(folder, time.perf_counter() - started)


def show_plan(plan: MonthPlan, folder: Path) -> None:
    """Print the month's objectives and where the plan is."""
    out_console.print(f"[bold]month[/]     {plan.month_start} to {plan.month_end}, "
                      f"{len(plan.objectives)} objectives, {len(plan.deliverables())} deliverables, "
                      f"{plan.total_effort_hours:g} h of work", highlight=False)
    for objective in plan.objectives:
        out_console.print(f"  {objective.id} {objective.title}", highlight=False)
    out_console.print("[bold]team[/]      " + ", ".join(f"{c.name} ({c.role})" for c in plan.collaborators)
                      + f"; {len(plan.planted_errors)} planted errors, {len(plan.events)} events",
                      highlight=False)
    out_console.print(f"[bold]plan[/]      {folder / 'meta' / 'plan.json'}", highlight=False)


@app.command()
def plan(
    computer: Annotated[Path, typer.Argument(help="A computer folder made by `synthcomp build`.")],
    seed: SeedOption = 0,
    model: ModelOption = "offline",
    month_start: Annotated[
        str | None, typer.Option("--month-start", help="First day of the month (ISO date).")
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing plan.")] = False,
) -> None:
    """Plan a month of work on a computer: objectives, collaborators, events, rubric."""
    with user_errors():
        with err_console.status("planning the month"):
            month = plan_computer(computer, seed=seed, model=model, month_start=month_start,
                                  overwrite=overwrite)
        show_plan(month, computer)


def show_run(run_dir: Path) -> None:
    """Print what a run did and where its outputs are."""
    summary = json.loads((run_dir / "summary.json").read_text("utf-8"))
    out_console.print(f"[bold]run[/]       {summary['run_id']} {summary['status']}: "
                      f"{summary['turns']} turns over "
                      f"{summary['days']} days, {len(summary['files_created'])} files created, "
                      f"{len(summary['files_edited'])} edited, {summary['messages_sent']} messages sent, "
                      f"{summary['messages_received']} received, "
                      f"{len(summary['deliverables_done'])}/{summary['deliverables_total']} deliverables "
                      "marked done", highlight=False)
    out_console.print(f"[bold]trajectory[/] {run_dir / 'trajectory.jsonl'}", highlight=False)
    out_console.print(f"[bold]summary[/]   {run_dir / 'summary.json'}", highlight=False)
    if summary["status"] == "paused":
        out_console.print(f"paused: continue with `synthcomp resume {run_dir}`", highlight=False)
        raise typer.Exit(130)


@contextmanager
def turn_bar(label: str) -> Iterator[Callable[[int, int, int], None]]:
    """A progress bar over turns, showing the simulated day."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(turn: int, total: int, day: int) -> None:
            progress.update(task, completed=turn, total=total, description=f"{label} day {day + 1}")

        yield update


@app.command()
def simulate(
    computer: Annotated[Path, typer.Argument(help="A planned computer folder.")],
    run_id: Annotated[str | None, typer.Option("--run-id", help="Name of the run folder.")] = None,
    max_turns: Annotated[int, typer.Option("--max-turns", help="Turn budget of the run.")] = 2500,
    days: Annotated[int, typer.Option("--days", help="How many working days to simulate.")] = 20,
    seed: SeedOption = 0,
    model: ModelOption = "offline",
    collaborator_model: Annotated[
        str | None, typer.Option("--collaborator-model", help="Model for collaborators.")
    ] = None,
) -> None:
    """Run the month on a planned computer; every turn is checkpointed (Ctrl-C pauses)."""
    with user_errors(), turn_bar("simulating") as update:
        run_dir = run_simulation(computer, run_id=run_id, model=model, seed=seed,
                                 max_turns=max_turns, days=days,
                                 collaborator_model=collaborator_model, on_progress=update)
    show_run(run_dir)


@app.command()
def resume(run: Annotated[Path, typer.Argument(help="A run folder: <computer>/runs/<run_id>.")]) -> None:
    """Continue a paused or killed run from its last checkpoint."""
    with user_errors(), turn_bar("resuming") as update:
        run_dir = resume_run(run, on_progress=update)
    show_run(run_dir)


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Where the demo computer goes.")] = Path(
        "demo-output"),
    seed: SeedOption = 0,
    model: ModelOption = "offline",
    overwrite: OverwriteOption = False,
) -> None:
    """Build a computer for the first bundled persona offline, plan its month, and show where
    everything is."""
    with user_errors():
        persona = bundled_personas()[0]
        out_console.print(f"persona: {persona}", highlight=False)
        started = time.perf_counter()
        target = out / "computer"
        with progress_bar("building") as update:
            folder = build_computer(persona, target, seed=seed, model=model, overwrite=overwrite,
                                    on_progress=update)
        show_computer(folder, time.perf_counter() - started)
        with err_console.status("planning the month"):
            month = plan_computer(folder, seed=seed, model=model)
        show_plan(month, folder)
        with turn_bar("simulating") as update:
            run_dir = run_simulation(folder, model=model, seed=seed, days=DEMO_DAYS,
                                     on_progress=update)
        show_run(run_dir)
        deliverables = [d.path for d in month.deliverables() if (folder / "drive" / d.path).exists()]
        for path in deliverables:
            out_console.print(f"[bold]deliverable[/] {folder / 'drive' / path}", highlight=False)
        out_console.print(f"\nOpen the files under {folder / 'drive'}; the persona list is "
                          f"'synthcomp build --personas {BUNDLED} --n 3 --out computers'.")


@app.command("serve-model")
def serve_model(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535,
                                      help="Port to listen on (0: any free port).")] = 8000,
    latency: Annotated[
        float, typer.Option("--latency", help="Seconds added to every completion.")
    ] = 0.0,
) -> None:
    """Serve the offline model as an OpenAI-compatible API (/v1/chat/completions, /v1/models)."""
    from synthcomp.models.server import serve  # the HTTP stack loads only for this command

    def ready(base_url: str) -> None:
        out_console.print(f"serving the offline model at {base_url}", highlight=False)
        out_console.print(f"use it with: OPENAI_BASE_URL={base_url} OPENAI_API_KEY=any "
                          "synthcomp demo --model openai:offline", highlight=False)
        out_console.file.flush()

    if latency < 0:
        fail("--latency must be at least 0")
    with user_errors():
        serve(host, port, latency=latency, on_ready=ready)


def main() -> None:
    """Entry point that never shows a traceback for a user error."""
    app()


if __name__ == "__main__":
    main()
