"""The ``synthcomp`` command: build, materialize, plan, simulate, resume, grade, demo, graph and
serve-model (typer + rich).

Every failure the user can fix prints one line starting with 'error:' and exits non-zero;
tracebacks are for bugs only.
"""

from __future__ import annotations

import json
import shlex
import time
from pathlib import Path
from typing import Annotated

import typer

import synthcomp
from synthcomp.api import draw
from synthcomp.api.build import build_computer
from synthcomp.api.grade import grade_run
from synthcomp.api.materialize import materialize_computer, read_rows
from synthcomp.api.plan import plan_computer
from synthcomp.api.remote import simulate_via_server, studio_link
from synthcomp.api.simulate import resume as resume_run
from synthcomp.api.simulate import simulate as run_simulation
from synthcomp.checks.inputs import DEFAULT_TARGET_FILES, check_computer_id, validate_persona
from synthcomp.computer import Computer
from synthcomp.console import (
    counted,
    err_console,
    fail,
    out_console,
    progress_bar,
    run_bar,
    show_computer,
    show_grade,
    show_next,
    show_plan,
    show_run,
    show_runs,
    show_usage,
    spent,
    user_errors,
)
from synthcomp.errors import SynthcompError
from synthcomp.ids import computer_id_for
from synthcomp.models import parse_model_name
from synthcomp.models.settings import ROLES, ModelConfig, load_model_config
from synthcomp.personas import BUNDLED, bundled_personas, read_persona_file
from synthcomp.runs.budgets import DAYS, MAX_TURNS
from synthcomp.runs.folder import CONTEXT_FILE, USAGE_FILE
from synthcomp.runs.listing import find_computers, run_row, runs_of

DEMO_DAYS = 3

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Synthetic computers and month-long office-work simulations.",
)


def _show_version(asked: bool) -> None:
    if asked:
        typer.echo(f"synthcomp {synthcomp.__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Synthetic computers and month-long office-work simulations."""

SeedOption = Annotated[int, typer.Option("--seed", help="Seed: same seed, same computer.")]
ModelOption = Annotated[str | None, typer.Option(
    "--model", help="Model of every role not set otherwise: 'offline' (default) or "
                    "provider:model, e.g. openai:gpt-4o-mini (OPENAI_BASE_URL for local servers)")]
ConfigOption = Annotated[Path | None, typer.Option(
    "--config", help="Model config (TOML, YAML or JSON): model per role, base URLs, rate limits, "
                     "retries, prices. Options given here win over it.")]
WorldModelOption = Annotated[str | None, typer.Option("--world-model", help="Model that builds computers.")]
PlannerModelOption = Annotated[
    str | None, typer.Option("--planner-model", help="Model that plans the month.")]
UserModelOption = Annotated[str | None, typer.Option("--user-model", help="Model that acts as the user.")]
CollaboratorModelOption = Annotated[
    str | None, typer.Option("--collaborator-model", help="Model of the collaborators.")]
JudgeModelOption = Annotated[
    str | None, typer.Option("--judge-model", help="Model that grades the deliverables.")]
OverwriteOption = Annotated[
    bool, typer.Option("--overwrite", help="Replace the output folder if it exists.")
]
FilesOption = Annotated[
    int, typer.Option("--files", help="About how many files each computer holds.")
]


def model_config(path: Path | None, **roles: str | None) -> ModelConfig:
    """The config file (or the defaults) with the command line's role options applied; every
    role's model name is checked before anything runs."""
    config = load_model_config(path).with_roles(**roles)
    for role in ROLES:
        parse_model_name(config.model_for(role))
    return config


@app.command()
def build(
    out: Annotated[Path, typer.Option("--out", help="Output folder.")],
    persona: Annotated[str | None, typer.Option("--persona", help="One persona, as text.")] = None,
    personas: Annotated[
        str | None,
        typer.Option("--personas", help="A file of personas (JSONL of {\"persona\": ...}, a JSON "
                                "array, or plain text with one a line), or 'bundled'."),
    ] = None,
    n: Annotated[int | None, typer.Option("--n", help="Build only the first N personas.")] = None,
    seed: SeedOption = 0,
    model: ModelOption = None,
    world_model: WorldModelOption = None,
    config: ConfigOption = None,
    files: FilesOption = DEFAULT_TARGET_FILES,
    overwrite: OverwriteOption = False,
) -> None:
    """Build synthetic computers: one (--persona, into --out) or many (--personas, one folder
    each under --out)."""
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
            err_console.print(f"read {len(texts)} personas from {personas} ({found.format})",
                              highlight=False)
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
        out_console.print(f"built {built} computers under {out.absolute()}"
                          + (f"; {kept} already there, kept" if kept else "")
                          + (f"; {len(skipped)} persona line{'' if len(skipped) == 1 else 's'} "
                             "skipped" if skipped else "")
                          + (f"; {failed} failed" if failed else ""))
        if built or kept:
            out_console.print("[bold]next[/]      synthcomp plan "
                              f"{shlex.quote(str(out.absolute()))}/<computer>, for each computer",
                              highlight=False)
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
    with user_errors():
        models = model_config(config, default=model, planner=planner_model)
        with err_console.status("planning the month"), spent(Computer(computer).usage_path,
                                                             section="plan"):
            month = plan_computer(computer, seed=seed, model=models.model_for("planner"),
                                  config=models, month_start=month_start, overwrite=overwrite)
        show_plan(month, computer)
        show_usage(Computer(computer).usage_path, "plan")
        show_next("synthcomp", "simulate", computer)


@app.command()
def simulate(
    computer: Annotated[Path, typer.Argument(help="A planned computer folder.")],
    run_id: Annotated[str | None, typer.Option("--run-id", help="Name of the run folder.")] = None,
    max_turns: Annotated[int, typer.Option("--max-turns", help="Turn budget of the run.")] = MAX_TURNS,
    days: Annotated[int, typer.Option("--days", help="How many working days to simulate.")] = DAYS,
    seed: SeedOption = 0,
    model: ModelOption = None,
    user_model: UserModelOption = None,
    collaborator_model: CollaboratorModelOption = None,
    config: ConfigOption = None,
    via_server: Annotated[
        str | None, typer.Option("--via-server", help="Run on this LangGraph server (e.g. "
                                 "http://127.0.0.1:2024 from `make studio`) so Studio shows it.")
    ] = None,
    user_agent: Annotated[str | None, typer.Option(
        "--user-agent", help="Your own user agent, as module:name (a node function or graph); "
                             "resume finds it again.")] = None,
    collaborator: Annotated[str | None, typer.Option(
        "--collaborator", help="Your own collaborator graph, as module:name.")] = None,
) -> None:
    """Run the month on a planned computer; every turn is checkpointed (Ctrl-C pauses; a model
    that stays unavailable pauses too)."""
    if via_server:
        with user_errors(), run_bar("simulating on the server") as update:
            if config is not None:
                fail("--config does not reach a server: it reaches models with its own "
                     "environment; pass --model, --user-model or --collaborator-model")
            if user_agent or collaborator:
                fail("--user-agent and --collaborator do not reach a server: it runs the graphs "
                     "its langgraph.json registers")
            models = model_config(config, default=model, user=user_model,
                                  collaborator=collaborator_model)
            run_dir, thread = simulate_via_server(
                via_server, computer, run_id=run_id, days=days, max_turns=max_turns,
                model=models.model_for("user"), seed=seed,
                collaborator_model=models.model_for("collaborator"), on_progress=update)
        out_console.print(f"[bold]thread[/]    {thread} on {via_server}: {studio_link(via_server)}",
                          highlight=False)
        show_run(run_dir)
        show_next("synthcomp", "grade", run_dir)
        return
    with user_errors(), run_bar("simulating") as update:
        models = model_config(config, default=model, user=user_model,
                              collaborator=collaborator_model)
        run_dir = run_simulation(computer, run_id=run_id, model=models.model_for("user"),
                                 seed=seed, max_turns=max_turns, days=days,
                                 collaborator_model=models.model_for("collaborator"),
                                 config=models, on_progress=update, user_agent=user_agent,
                                 collaborator=collaborator)
    show_run(run_dir)
    show_next("synthcomp", "grade", run_dir)


@app.command()
def resume(
    run: Annotated[Path, typer.Argument(help="A run folder: <computer>/runs/<run_id>.")],
    model: Annotated[str | None, typer.Option(
        "--model", help="From here on, the model of the user and the collaborators.")] = None,
    user_model: UserModelOption = None,
    collaborator_model: CollaboratorModelOption = None,
    config: Annotated[Path | None, typer.Option(
        "--config", help="From here on, this model config instead of the run's own.")] = None,
) -> None:
    """Continue a paused or killed run from its last checkpoint; the model options replace the
    run's own from here on (to fix a wrong model name, endpoint or key), and are kept."""
    with user_errors(), run_bar("resuming") as update:
        loaded = None if config is None else model_config(config)
        for name in (model, user_model, collaborator_model):
            if name is not None and not name.strip():
                fail("a model name is empty: give 'offline' or provider:model")
        run_dir = resume_run(run, on_progress=update, model=user_model or model,
                             collaborator_model=collaborator_model or model, config=loaded)
    show_run(run_dir)
    show_next("synthcomp", "grade", run_dir)


@app.command()
def grade(
    run: Annotated[Path, typer.Argument(help="A run folder: <computer>/runs/<run_id>.")],
    model: ModelOption = None,
    judge_model: JudgeModelOption = None,
    config: ConfigOption = None,
) -> None:
    """Grade a run's deliverables against the plan's rubric (runs/<run_id>/grade.json): strings
    the rubric names are checked in the files, the judge model decides the rest."""
    with user_errors():
        models = model_config(config, default=model, judge=judge_model)
        with err_console.status("grading the deliverables"), spent(run / USAGE_FILE, "judge"):
            result = grade_run(run, model=models.model_for("judge"), config=models)
        show_grade(result, run.absolute())
        show_usage(run / USAGE_FILE)


@app.command()
def runs(
    where: Annotated[Path, typer.Argument(
        help="A computer, a run folder, or a folder to search for computers.")] = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as JSON.")] = False,
) -> None:
    """List the computers under a folder and their runs: status (finished, paused and why,
    interrupted, running), days, turns, deliverables done, score and cost."""
    with user_errors():
        if not where.is_dir():
            fail(f"{where} is not a folder")
        if (where / CONTEXT_FILE).is_file() and Computer(where.parent.parent).is_built():
            found = [(where.parent.parent, [run_row(where)])]
        else:
            found = [(folder, runs_of(Computer(folder))) for folder in find_computers(where)]
        if as_json:
            typer.echo(json.dumps([{"computer": str(folder.absolute()), "planned":
                                    Computer(folder).is_planned(),
                                    "runs": [row.to_dict() for row in rows]}
                                   for folder, rows in found], indent=2))
            return
        if not found:
            fail(f"no computer under {where.absolute()}: build one with `synthcomp build "
                 "--persona TEXT --out FOLDER`")
        show_runs(where, found)


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Where the demo computer goes.")] = Path(
        "demo-output"),
    seed: SeedOption = 0,
    model: ModelOption = None,
    world_model: WorldModelOption = None,
    planner_model: PlannerModelOption = None,
    user_model: UserModelOption = None,
    collaborator_model: CollaboratorModelOption = None,
    judge_model: JudgeModelOption = None,
    config: ConfigOption = None,
    overwrite: OverwriteOption = False,
) -> None:
    """Build a computer for the first bundled persona offline, plan its month, simulate a few
    days, grade what the user produced, and show where everything is."""
    with user_errors():
        models = model_config(config, default=model, world=world_model, planner=planner_model,
                              user=user_model, collaborator=collaborator_model, judge=judge_model)
        persona = bundled_personas()[0]
        out_console.print(f"persona: {persona}", highlight=False)
        started = time.perf_counter()
        target = out / "computer"
        with progress_bar("building") as update, counted(models) as usage:
            folder = build_computer(persona, target, seed=seed, model=models.model_for("world"),
                                    config=models, overwrite=overwrite, on_progress=update,
                                    usage=usage)
        show_computer(folder, time.perf_counter() - started)
        show_usage(Computer(folder).usage_path, "build")
        with err_console.status("planning the month"):
            month = plan_computer(folder, seed=seed, model=models.model_for("planner"),
                                  config=models)
        show_plan(month, folder)
        show_usage(Computer(folder).usage_path, "plan")
        with run_bar("simulating") as update:
            run_dir = run_simulation(folder, model=models.model_for("user"), seed=seed,
                                     days=DEMO_DAYS,
                                     collaborator_model=models.model_for("collaborator"),
                                     config=models, on_progress=update)
        show_run(run_dir)  # a paused run ends here, with the resume command (grade it after)
        with err_console.status("grading the deliverables"), spent(run_dir / USAGE_FILE, "judge"):
            graded = grade_run(run_dir, model=models.model_for("judge"), config=models)
        show_grade(graded, run_dir)
        show_usage(run_dir / USAGE_FILE, roles=("judge",))
        out_console.print(f"\nOpen the files under {folder / 'drive'}; the persona list is "
                          f"'synthcomp build --personas {BUNDLED} --n 3 --out computers'.")


@app.command()
def graph(
    name: Annotated[str, typer.Argument(help="world_builder, objective_planner, user_agent, "
                                             "collaborator, simulation or grader.")],
    format: Annotated[str, typer.Option("--format", help="mermaid (text) or png.")] = "mermaid",
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file.")] = None,
    xray: Annotated[bool, typer.Option("--xray/--no-xray", help="Open the subgraphs.")] = True,
) -> None:
    """Draw a graph: Mermaid text (to stdout or --out) or a PNG (to --out, or NAME.png)."""
    with user_errors():
        if format == "mermaid":
            text = draw.mermaid(name, xray=xray)
            if out is None:
                typer.echo(text, nl=False)
            else:
                out.write_text(text, "utf-8")
                out_console.print(f"[bold]mermaid[/]   {out}", highlight=False)
        elif format == "png":
            path = draw.png(name, out or Path(f"{name}.png"), xray=xray)
            out_console.print(f"[bold]png[/]       {path}", highlight=False)
        else:
            fail(f"--format {format!r}: use mermaid or png")


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
    from synthcomp.models.offline_server import serve  # the HTTP stack loads only for this command

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
