"""Commands on runs: simulate, resume, verify, and runs (what exists; runs copy)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core

from synthcomp.cli.app import app
from synthcomp.cli.options import (
    CollaboratorModelOption,
    ConfigOption,
    ModelOption,
    SeedOption,
    UserModelOption,
    model_config,
)
from synthcomp.runs.budgets import DAYS, MAX_TURNS

CHECKPOINTER_HELP = ("Where every step is checkpointed: sqlite (the default: checkpoints.sqlite in "
                     "the run folder) or postgresql://user@host:port/db (a password there is never "
                     "saved: resume reads PGPASSWORD or ~/.pgpass, or take --checkpointer again).")


@app.command()
def simulate(
    computer: Annotated[Path, typer.Argument(help="A planned computer folder.")],
    run_id: Annotated[str | None, typer.Option("--run-id", help="Name of the run folder.")] = None,
    max_turns: Annotated[int, typer.Option("--max-turns", help="Turn budget of the run.")] = MAX_TURNS,
    days: Annotated[int | None, typer.Option(
        "--days", help="How many working days to simulate (default: the plan's month).")] = None,
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
    trials: Annotated[int, typer.Option(
        "--trials", min=1, help="Independent runs of the computer, seeds SEED to SEED+N-1, "
                                "each on its own copy of the drive.")] = 1,
    checkpointer: Annotated[str | None, typer.Option("--checkpointer", help=CHECKPOINTER_HELP)] = None,
    skills: Annotated[Path | None, typer.Option(
        "--skills", help="A skills folder (`synthcomp skills`): the skill of the computer's "
                         "occupation goes into the agent's system prompt (none matching: no skill).")] = None,
) -> None:
    """Run the month on a planned computer; every turn is checkpointed (Ctrl-C pauses; a model
    that stays unavailable pauses too). Each run works on its own copy of the drive and plan
    (runs/RUN_ID/drive): the computer never changes."""
    from synthcomp.api.remote import simulate_via_server, studio_link
    from synthcomp.api.simulate import simulate as run_simulation
    from synthcomp.console import (
        fail,
        out_console,
        run_bar,
        show_next,
        show_run,
        user_errors,
    )

    if via_server:
        with user_errors(), run_bar("simulating on the server") as update:
            if config is not None:
                fail("--config does not reach a server: it reaches models with its own "
                     "environment; pass --model, --user-model or --collaborator-model")
            if user_agent or collaborator:
                fail("--user-agent and --collaborator do not reach a server: it runs the graphs "
                     "its langgraph.json registers")
            if checkpointer:
                fail("--checkpointer does not reach a server: it keeps its own checkpoints")
            if skills:
                fail("--skills does not reach a server: run here to give the agent a skill")
            models = model_config(config, default=model, user=user_model,
                                  collaborator=collaborator_model)
            run_dir, _ = simulate_via_server(
                via_server, computer, run_id=run_id, days=days or DAYS, max_turns=max_turns,
                model=models.model_for("user"), seed=seed,
                collaborator_model=models.model_for("collaborator"), on_progress=update,
                on_thread=lambda thread: out_console.print(
                    f"[bold]thread[/]    {thread} on {via_server}: {studio_link(via_server)}",
                    highlight=False))
        show_run(run_dir)
        show_next("synthcomp", "grade", run_dir)
        return
    if trials > 1 and (run_id or via_server):
        fail("--trials names its runs itself (one per seed) and runs them here: "
             "leave out --run-id and --via-server")
    if skills is not None:
        with user_errors():
            _show_skill(skills, computer)
    for trial in range(trials):
        label = "simulating" if trials == 1 else f"trial {trial + 1}/{trials}"
        with user_errors(), run_bar(label) as update:
            models = model_config(config, default=model, user=user_model,
                                  collaborator=collaborator_model)
            run_dir = run_simulation(computer, run_id=run_id, model=models.model_for("user"),
                                     seed=seed + trial, max_turns=max_turns, days=days,
                                     collaborator_model=models.model_for("collaborator"),
                                     config=models, on_progress=update, user_agent=user_agent,
                                     collaborator=collaborator, checkpointer=checkpointer,
                                     skills=skills)
        show_run(run_dir)  # a paused trial stops here, with its resume command
    if trials == 1:
        show_next("synthcomp", "grade", run_dir)
    else:
        show_next("synthcomp", "runs", computer)


def _show_skill(skills: Path, computer: Path) -> None:
    """Say which skill the run takes, or that none matches the computer's occupation."""
    from synthcomp.api.skills import skill_for
    from synthcomp.computer import Computer
    from synthcomp.console import out_console
    from synthcomp.learn.occupation import occupation_key

    found = skill_for(skills, computer)
    if found is None:
        occupation = occupation_key(Computer(computer).read_manifest().user_profile)
        out_console.print(f"[bold]skill[/]     none: {skills} has no skill for {occupation}; the run goes "
                          "without one", highlight=False)
    else:
        out_console.print(f"[bold]skill[/]     {found.occupation} ({len(found.rules)} rules) {found.path}",
                          highlight=False)


@app.command()
def resume(
    run: Annotated[Path, typer.Argument(help="A run folder: COMPUTER/runs/RUN_ID.")],
    model: Annotated[str | None, typer.Option(
        "--model", help="From here on, the model of the user and the collaborators.")] = None,
    user_model: UserModelOption = None,
    collaborator_model: CollaboratorModelOption = None,
    config: Annotated[Path | None, typer.Option(
        "--config", help="From here on, this model config instead of the run's own.")] = None,
    checkpointer: Annotated[str | None, typer.Option(
        "--checkpointer", help="The run's PostgreSQL URL with its password, or the server's new "
                               "address (default: the one the run saved, its password from "
                               "PGPASSWORD or ~/.pgpass). To move a run between SQLite and "
                               "PostgreSQL: `synthcomp runs copy`.")] = None,
) -> None:
    """Continue a paused or killed run from its last checkpoint; the model options replace the
    run's own from here on (to fix a wrong model name, endpoint or key), and are kept."""
    from synthcomp.api.simulate import resume as resume_run
    from synthcomp.console import (
        fail,
        out_console,
        run_bar,
        show_next,
        show_run,
        user_errors,
    )
    from synthcomp.errors import RunFinished

    with user_errors(), run_bar("resuming") as update:
        loaded = None if config is None else model_config(config)
        for name in (model, user_model, collaborator_model):
            if name is not None and not name.strip():
                fail("a model name is empty: give 'offline' or provider:model")
        try:
            run_dir = resume_run(run, on_progress=update, model=user_model or model,
                                 collaborator_model=collaborator_model or model, config=loaded,
                                 checkpointer=checkpointer)
        except RunFinished as done:
            # Nothing left to do is not a failure (as `git pull` when up to date): show the run.
            out_console.print(f"{done}: nothing to resume", highlight=False)
            run_dir = run
    show_run(run_dir)
    show_next("synthcomp", "grade", run_dir)


@app.command()
def verify(
    run: Annotated[Path, typer.Argument(help="A run folder: COMPUTER/runs/RUN_ID.")],
    repair: Annotated[bool, typer.Option(
        "--repair", help="Make a damaged run resumable from its last intact point where that can "
                         "be done (a broken WAL moved aside, a torn or unreadable trajectory line "
                         "moved aside, lost checkpoints or lost trajectory turns accepted); what is "
                         "moved or cut is kept under runs/RUN_ID/repair/. The drive is not rolled "
                         "back: a run resumed from checkpoints behind its trajectory goes on from "
                         "the drive the lost turns left. A corrupt database or a missing drive "
                         "cannot be repaired.")] = False,
) -> None:
    """Say how much of a run is intact (checkpoints, WAL, trajectory, summary, drive) and what
    `synthcomp resume` would do with it (resume makes the same checks and refuses a damaged
    run); exit 1 when it is damaged (and not repaired)."""
    from synthcomp.console import fail, out_console, user_errors
    from synthcomp.runs.health import verify_run

    with user_errors():
        health, done = verify_run(run, repair=repair)
        for line in health.lines():
            out_console.print(line, highlight=False, markup=False)
        for line in done:
            out_console.print(f"repaired     {line}", highlight=False, markup=False)
        if health.damage and not done:
            fail(health.one_line() if health.repairable or not repair else
                 f"run {run.name} cannot be repaired: {'; '.join(health.damage)}")


class _RunsGroup(typer.core.TyperGroup):
    """`synthcomp runs [WHERE]` lists (as before there were subcommands); `synthcomp runs copy
    RUN --to ...` copies; `synthcomp runs --help` shows both."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Anything but a subcommand's name or a help flag is the list's arguments."""
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = ["list", *args]
        return super().parse_args(ctx, args)


runs_app = typer.Typer(cls=_RunsGroup, help="List the computers and runs under a folder (`runs "
                       "[WHERE]`, the same as `runs list`), or copy a run's checkpoints between "
                       "SQLite and PostgreSQL (`runs copy RUN --to ...`).")
app.add_typer(runs_app, name="runs")


@runs_app.command("list")
def runs(
    where: Annotated[Path, typer.Argument(
        help="A computer, a run folder, or a folder to search for computers.")] = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as JSON.")] = False,
) -> None:
    """List the computers under a folder and their runs: status (finished, paused and why,
    interrupted, running), days, turns, deliverables done, score and cost."""
    from synthcomp.computer import Computer
    from synthcomp.console import (
        fail,
        show_runs,
        user_errors,
    )
    from synthcomp.runs.folder import CONTEXT_FILE
    from synthcomp.runs.listing import find_computers, run_row, runs_of

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


@runs_app.command("copy")
def copy(
    run: Annotated[Path, typer.Argument(help="A run folder: COMPUTER/runs/RUN_ID.")],
    to: Annotated[str, typer.Option(
        "--to", help="sqlite (checkpoints.sqlite in the run folder) or postgresql://user@host:port/db.")],
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Replace the run's thread where the target already holds it (an "
                            "earlier copy).")] = False,
) -> None:
    """Copy a stopped run's checkpoints to SQLite or PostgreSQL and make the run resume from
    there (the source is kept: a SQLite file under RUN/moved/N/, a PostgreSQL thread on its
    server). A running, damaged or empty run is refused."""
    from synthcomp.console import out_console, user_errors
    from synthcomp.runs.copy import copy_run

    with user_errors():
        report = copy_run(run, to, overwrite=overwrite)
        out_console.print(report.line(), highlight=False, markup=False)
