"""`synthcomp grade`: a run's deliverables against the plan's rubric (once or K times a
criterion), or two runs of one computer compared deliverable by deliverable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from synthcomp.cli.app import app
from synthcomp.cli.options import ConfigOption, JudgeModelOption, ModelOption, model_config

if TYPE_CHECKING:  # the CLI starts fast: schemas load when a command runs
    from synthcomp.schemas.grade import PairwiseGrade, RunGrade

SamplesOption = Annotated[int, typer.Option(
    "--samples", help="Judge each criterion the judge decides K times and keep the majority "
    "(a tie fails); grade.json reports how far the samples agreed.")]
AgainstOption = Annotated[Path | None, typer.Option(
    "--against", help="Another run of the same computer: compare the two runs deliverable by "
    "deliverable (A, B or tie) instead of grading RUN.")]
OutOption = Annotated[Path | None, typer.Option(
    "--out", help="With --against: where to write the comparison (default "
    "RUN/pairwise-<other run id>.json).")]


@app.command()
def grade(
    run: Annotated[Path, typer.Argument(help="A run folder: COMPUTER/runs/RUN_ID.")],
    model: ModelOption = None,
    judge_model: JudgeModelOption = None,
    config: ConfigOption = None,
    samples: SamplesOption = 1,
    against: AgainstOption = None,
    out: OutOption = None,
) -> None:
    """Grade a run's deliverables against the plan's rubric (runs/RUN_ID/grade.json): strings
    the rubric names are checked in the files, the judge model decides the rest. With --against,
    compare two runs of one computer instead (runs/RUN_ID/pairwise-OTHER.json)."""
    from synthcomp.api.grade import PAIRWISE_ROLE, compare_runs, grade_run
    from synthcomp.console import err_console, show_grade, show_usage, spent, user_errors
    from synthcomp.errors import InputError
    from synthcomp.runs.folder import USAGE_FILE

    with user_errors():
        models = model_config(config, default=model, judge=judge_model)
        if against is None:
            if out is not None:
                raise InputError("--out names the comparison's file: it goes with --against")
            with err_console.status("grading the deliverables"), spent(run / USAGE_FILE, "judge"):
                result = grade_run(run, model=models.model_for("judge"), config=models,
                                   samples=samples)
            show_grade(result, run.absolute())
            show_agreement(result)
            show_usage(run / USAGE_FILE)
            return
        if samples != 1:
            raise InputError("--samples repeats a run's grading: it does not go with --against")
        with err_console.status("comparing the runs"), \
                spent(run / USAGE_FILE, "judge", PAIRWISE_ROLE):
            compared = compare_runs(run, against, model=models.model_for("judge"), config=models,
                                    out=out)
        show_pairwise(compared, out.absolute() if out else run.absolute()
                      / f"pairwise-{compared.run_b}.json")
        show_usage(run / USAGE_FILE)


def show_agreement(result: RunGrade) -> None:
    """With --samples K > 1: how far the judge's samples agreed."""
    from synthcomp.console import out_console

    agreement = result.agreement
    if agreement is None:
        return
    judged = agreement.judged_criteria
    kappa = "undefined" if agreement.fleiss_kappa is None else f"{agreement.fleiss_kappa:.2f}"
    mean = "-" if agreement.mean_agreement is None else f"{agreement.mean_agreement:.0%}"
    out_console.print(
        f"[bold]agreement[/] {agreement.samples} samples of {judged} judged criteria: mean "
        f"{mean} agree with the majority, {agreement.unanimous}/{judged} unanimous, "
        f"{agreement.ties} ties (a tie fails), Fleiss' kappa {kappa}; "
        f"{agreement.not_rejudged} criteria by strings or with no file are decided once",
        highlight=False)
    split = [c for d in result.deliverables for c in d.criteria
             if c.samples and c.agreement is not None and c.agreement < 1]
    for criterion in split[:10]:  # the criteria the samples split on
        votes = "".join("+" if v else "-" for v in criterion.samples or [])
        out_console.print(f"  {criterion.id:<9} {votes:<10} {'pass' if criterion.passed else 'fail'}"
                          f" ({criterion.agreement:.0%} agree)", highlight=False)


def show_pairwise(result: PairwiseGrade, path: Path) -> None:
    """A table of the deliverables, which run won each and why, then the tally."""
    from rich import box
    from rich.table import Table

    from synthcomp.console import out_console

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, highlight=False)
    for name, justify in (("deliverable", "left"), ("A", "right"), ("B", "right"),
                          ("winner", "left"), ("why", "left")):
        table.add_column(name, justify=justify, no_wrap=name != "why")  # type: ignore[arg-type]
    for row in result.deliverables:
        scores = [("-" if s is None else f"{s:.0%}") for s in (row.a_score, row.b_score)]
        table.add_row(row.id, *scores, row.winner.upper() if row.winner != "tie" else "tie",
                      row.rationale)
    out_console.print(f"[bold]pairwise[/]  A = {result.run_a}, B = {result.run_b} (computer "
                      f"{result.computer_id}), judge {result.judge_model}: {result.method}",
                      highlight=False)
    out_console.print(table)
    winner = {"a": f"A ({result.run_a})", "b": f"B ({result.run_b})", "tie": "neither"}[result.winner]
    out_console.print(
        f"[bold]result[/]    A wins {result.wins_a}, B wins {result.wins_b}, {result.ties} ties"
        + (f" ({result.position_disagreements} from orders that disagreed)"
           if result.position_disagreements else "") + f": {winner} is better", highlight=False)
    out_console.print(f"[bold]compared[/]  {path}", highlight=False)
