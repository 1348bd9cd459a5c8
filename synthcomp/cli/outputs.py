"""Commands that turn computers (and later runs) into outputs: export.

``--format`` names an entry of :data:`synthcomp.api.export.FORMATS`; a format added there (the
training formats, openai and sharegpt) is a value of the same option, with the same SOURCES...
argument and --out, and its own options added here beside the ones it needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from synthcomp.cli.app import app

# Listed by hand so `synthcomp --help` stays free of the export module's imports.
FORMAT_NAMES = ("dataset",)


@app.command()
def export(
    sources: Annotated[list[Path], typer.Argument(
        help="Computer folders (made by build or materialize).", show_default=False)],
    out: Annotated[Path, typer.Option("--out", help="Output file: .jsonl or .parquet.")],
    format: Annotated[str, typer.Option(
        "--format", help=f"What to write: {', '.join(FORMAT_NAMES)} (one row per computer in "
                         "the published dataset's schema, columns as JSON strings).")] = "dataset",
) -> None:
    """Export computers into one file: `--format dataset` writes one row per computer in the
    schema of the published dataset (microsoft/synthetic-computers-at-scale), JSONL or parquet.
    A computer that cannot be exported is one error line; the others are still written."""
    from synthcomp.api.export import Exported, export
    from synthcomp.console import err_console, fail, out_console, user_errors

    def show(result: Exported) -> None:
        if result.error is not None:
            err_console.print(f"[bold red]failed[/] {result.error}", highlight=False,
                              soft_wrap=True)
            return
        if result.warnings:
            # The row's own defects, exported as published: one line, not one per defect.
            count = len(result.warnings)
            err_console.print(f"[yellow]note[/] {result.computer_id}: the row's {count} "
                              f"defect{'' if count == 1 else 's'} (first: {result.warnings[0]}) "
                              "exported as published", highlight=False, soft_wrap=True)

    with user_errors():
        report = export(sources, out, format, on_result=show)
        count, failed = len(report.exported), len(report.failed)
        if report.out is None:
            fail(f"nothing exported: all {failed} source{'' if failed == 1 else 's'} failed")
            return
        out_console.print(f"exported {count} computer{'' if count == 1 else 's'} to "
                          f"{report.out.absolute()} ({format})"
                          + (f"; {failed} failed" if failed else ""), highlight=False)
        if failed:
            raise typer.Exit(1)
