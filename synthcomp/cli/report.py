"""`synthcomp report`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from synthcomp.cli.app import app


@app.command()
def report(
    source: Annotated[Path, typer.Argument(help="A run folder (COMPUTER/runs/RUN_ID), a batch folder "
                                                "(batch.json) or an experiment folder (experiment.json).")],
    out: Annotated[Path, typer.Option("--out", help="The page to write, e.g. report.html.")],
) -> None:
    """Write one self-contained HTML page about a run, a batch or an experiment: the month,
    plans, threads, grades, retrospective, usage and plots (no network needed to view it)."""
    from synthcomp.api.report import write_report
    from synthcomp.console import user_errors

    with user_errors():
        path = write_report(source, out)
        size = path.stat().st_size
        typer.echo(f"report    {path} ({size / 1024:,.0f} KB)")
