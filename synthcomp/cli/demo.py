"""The demo: build, plan, simulate a few days and grade, offline, showing where it all is."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from synthcomp.cli.app import app
from synthcomp.cli.options import (
    CollaboratorModelOption,
    ConfigOption,
    JudgeModelOption,
    ModelOption,
    PlannerModelOption,
    SeedOption,
    UserModelOption,
    WorldModelOption,
    model_config,
)

DEMO_DAYS = 3
# Left in a demo's --out folder: a later demo into the same folder replaces it without
# --overwrite (the README's demo lines then work after `make demo`); other folders are kept.
DEMO_MARK = ".synthcomp-demo"


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
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Replace the computer in --out even if no demo made it (a demo's "
                            "own output is replaced anyway).")] = False,
) -> None:
    """Build a computer for the first bundled persona offline, plan its month, simulate a few
    days, grade what the user produced, write its retrospective and a report page, and show
    where everything is. Running it again
    replaces the earlier demo in the same --out folder."""
    from synthcomp.api.build import build_computer
    from synthcomp.api.grade import grade_run
    from synthcomp.api.plan import plan_computer
    from synthcomp.api.report import write_report
    from synthcomp.api.retro import retro_run
    from synthcomp.api.simulate import simulate as run_simulation
    from synthcomp.computer import Computer
    from synthcomp.console import (
        counted,
        err_console,
        out_console,
        progress_bar,
        run_bar,
        show_computer,
        show_grade,
        show_next,
        show_plan,
        show_run,
        show_usage,
        spent,
        user_errors,
    )
    from synthcomp.personas import BUNDLED, bundled_personas
    from synthcomp.runs.folder import USAGE_FILE

    with user_errors():
        models = model_config(config, default=model, world=world_model, planner=planner_model,
                              user=user_model, collaborator=collaborator_model, judge=judge_model)
        persona = bundled_personas()[0]
        out_console.print(f"persona: {persona}", highlight=False)
        started = time.perf_counter()
        target = out / "computer"
        earlier = (out / DEMO_MARK).is_file()
        if earlier and target.exists():
            out_console.print(f"replacing the earlier demo in {out}", highlight=False)
        with progress_bar("building") as update, counted(models) as usage:
            folder = build_computer(persona, target, seed=seed, model=models.model_for("world"),
                                    config=models, overwrite=overwrite or earlier,
                                    on_progress=update, usage=usage)
        (out / DEMO_MARK).write_text("made by `synthcomp demo`: a later demo replaces this "
                                     "folder's computer\n", "utf-8")
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
        with err_console.status("writing the retrospective and the report page"):
            retro = retro_run(run_dir, model=models.model_for("judge"), config=models)
            page = write_report(run_dir, out / "report.html")
        out_console.print(f"[bold]retro[/]     {len(retro.experience)} experience items: "
                          f"{run_dir / 'retro.md'}", highlight=False)
        out_console.print(f"[bold]report[/]    {page} (open it in a browser)", highlight=False)
        out_console.print(f"\nOpen the files under {folder / 'drive'}; then build computers of "
                          "your own (or of the bundled personas, as here):", highlight=False)
        show_next("synthcomp", "build", "--personas", BUNDLED, "--n", "3", "--out", "computers")
