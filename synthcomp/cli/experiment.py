"""`synthcomp experiment`: the paper's in-domain protocol (training runs, retrospectives, occupation
skills, held-out runs with and without them) as one resumable command, and its table."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from synthcomp.batch.display import BatchDisplay
    from synthcomp.schemas.experiment import ExperimentResult


class _Phases:
    """A batch display per phase: each phase is its own batch, with its own counts."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.display: BatchDisplay | None = None

    def stage(self, text: str) -> None:
        from synthcomp.batch.display import BatchDisplay

        self.close()
        self.console.print(f"[bold]experiment[/] {text}", highlight=False)
        self.display = BatchDisplay(self.console).__enter__()

    def event(self, record: Any, event: dict[str, Any]) -> None:
        if self.display is not None:
            self.display(record, event)

    def close(self) -> None:
        if self.display is not None:
            self.display.__exit__(None, None, None)
            self.display = None


def _curve(text: str | None) -> list[int]:
    from synthcomp.console import fail

    if not text:
        return []
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        fail(f"--curve {text!r}: give training sizes separated by commas, e.g. 2,4,6")
        raise  # fail exits; this line is for the type checker


def _points(diff: float) -> str:
    """A difference of two scores in percentage points (a score is a share, so its difference
    is not a percent of anything)."""
    return f"{diff * 100:+.1f} pts"


def tables(result: ExperimentResult) -> list[Table]:
    """The experiment's tables: the comparison, the held-out computers, the learning curve."""
    from rich.table import Table

    shown = []
    if result.summary is not None:
        s = result.summary
        summary = Table(title="held-out computers: mean rubric score", title_justify="left")
        for column in ("computers", "without skill", "with skill", "difference",
                       f"{s.ci_level:.0%} CI (paired bootstrap)", "wins/ties/losses", "sign test p"):
            summary.add_column(column)
        summary.add_row(str(s.computers), f"{s.baseline_mean:.1%}", f"{s.skill_mean:.1%}",
                        _points(s.diff), f"[{_points(s.ci_low)}, {_points(s.ci_high)}]",
                        f"{s.wins}/{s.ties}/{s.losses}", f"{s.sign_test_p:.3g}")
        shown.append(summary)
    per = Table(title="per held-out computer", title_justify="left")
    for column in ("computer", "occupation", "skill", "without", "with", "outcome"):
        per.add_column(column)
    for row in result.per_computer:
        per.add_row(row.computer, row.occupation, row.skill or "(none matched)",
                    " ".join(f"{v:.0%}" for v in row.baseline), " ".join(f"{v:.0%}" for v in row.skill_runs),
                    row.outcome)
    shown.append(per)
    curve = Table(title="learning curve: skills from the first n training computers", title_justify="left")
    for column in ("n", "runs", "skills", "covered", "win rate", "difference", "CI"):
        curve.add_column(column)
    for point in result.learning_curve:
        curve.add_row(str(point.train_n), str(point.runs), str(point.skills), str(point.covered),
                      f"{point.win_rate:.0%}", _points(point.diff),
                      f"[{_points(point.ci_low)}, {_points(point.ci_high)}]")
    shown.append(curve)
    return shown


@app.command()
def experiment(
    personas: Annotated[str, typer.Option(
        "--personas", help="A file of personas (JSONL, a JSON array or one a line), or 'bundled'; "
                           "its first TRAIN+TEST personas are split, shuffled with the seed.")],
    train: Annotated[int, typer.Option("--train", min=1, help="Training computers (one run each).")],
    test: Annotated[int, typer.Option("--test", min=1, help="Held-out computers.")],
    out: Annotated[Path, typer.Option("--out", help="The experiment's folder.")],
    trials: Annotated[int, typer.Option("--trials", min=1, help="Runs per held-out computer and "
                                                                 "condition (seeds SEED..SEED+K-1).")] = 1,
    curve: Annotated[str | None, typer.Option(
        "--curve", help="Training sizes for the learning curve, e.g. 2,4,6 (default: a quarter, "
                        "a half and all of --train).")] = None,
    days: Annotated[int | None, typer.Option(
        "--days", min=1, help="Working days per run (default: the plan's month).")] = None,
    max_turns: Annotated[int, typer.Option("--max-turns", min=1, help="Turn budget of a run.")] = MAX_TURNS,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1,
                                             help="Runs at once in each worker.")] = 8,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=0, help="Worker processes (default: this machine's cores).")] = None,
    backend: Annotated[str, typer.Option("--backend", help="local or ray.")] = "local",
    ray_address: Annotated[str | None, typer.Option("--ray-address", help="Join this Ray cluster.")] = None,
    checkpointer: Annotated[str | None, typer.Option(
        "--checkpointer", help="'sqlite' (default) or a postgresql:// URL.")] = None,
    attempts: Annotated[int, typer.Option("--attempts", min=1,
                                          help="Tries of a failing job in one invocation.")] = 3,
    seed: SeedOption = 0,
    files: FilesOption = DEFAULT_TARGET_FILES,
    model: ModelOption = None,
    world_model: WorldModelOption = None,
    planner_model: PlannerModelOption = None,
    user_model: UserModelOption = None,
    collaborator_model: CollaboratorModelOption = None,
    judge_model: JudgeModelOption = None,
    config: ConfigOption = None,
) -> None:
    """The paper's in-domain experiment: run the training computers, write their
    retrospectives and one skill per occupation, run the held-out computers with and without
    the skills (K trials each, graded against rubrics fixed before the runs), and report the
    mean scores, wins, a paired bootstrap interval, a sign test and the learning curve
    (OUT/experiment.json). The same command again resumes it."""
    from synthcomp.api.experiment import ExperimentSpec, run_experiment
    from synthcomp.console import err_console, fail, out_console, user_errors
    from synthcomp.personas import read_persona_file

    with user_errors():
        found = read_persona_file(personas)
        if found.skipped:
            for line in found.skipped:
                err_console.print(f"[bold red]bad persona[/] {line}", highlight=False, soft_wrap=True)
            fail(f"{len(found.skipped)} broken line(s) in {personas}: fix them; nothing was started")
        models = model_config(config, default=model, world=world_model, planner=planner_model,
                              user=user_model, collaborator=collaborator_model, judge=judge_model)
        spec = ExperimentSpec(out=str(out.absolute()), personas=found.personas, train=train, test=test,
                              trials=trials, curve=_curve(curve), days=days, max_turns=max_turns,
                              seed=seed, files=files, models=models, checkpointer=checkpointer,
                              attempts=attempts, concurrency=concurrency,
                              workers=(os.cpu_count() or 1) if workers is None else workers,
                              backend=backend, ray_address=ray_address)
        phases = _Phases(err_console)
        try:
            result = run_experiment(spec, on_stage=phases.stage, on_event=phases.event)
        except KeyboardInterrupt:
            fail(f"interrupted; every run is checkpointed: run the same command to resume ({out})", 130)
        finally:
            phases.close()
        if not out_console.is_terminal:
            out_console.width = max(out_console.width, 160)
        for table in tables(result):
            out_console.print(table)
        out_console.print(f"[bold]experiment[/] {out / 'experiment.json'}", highlight=False)
        if result.failed:
            for left in result.failed:
                err_console.print(f"[bold red]left out[/] {left}", highlight=False, soft_wrap=True)
            out_console.print("run the same command again to resume the runs that did not finish",
                              highlight=False)
            raise typer.Exit(1)
