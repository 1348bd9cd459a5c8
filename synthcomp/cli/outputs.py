"""Commands that turn computers and runs into outputs: export.

``--format dataset`` writes computers as rows of the published dataset's schema
(:data:`synthcomp.api.export.FORMATS`); ``openai`` and ``sharegpt`` write runs as training
examples (synthcomp.export.training), with the options that only they take (--split, --window,
--min-score, --role, --since, --until, --keep-malformed) and a manifest beside the file. No
format writes over an existing file without --overwrite, nor inside a folder it reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from synthcomp.cli.app import app

# Listed by hand so `synthcomp --help` stays free of the export module's imports.
FORMAT_NAMES = ("dataset", "openai", "sharegpt")
TRAINING = ("openai", "sharegpt")


@app.command()
def export(
    sources: Annotated[list[Path], typer.Argument(
        help="Run folders (COMPUTER/runs/RUN_ID), computer folders (their finished runs; for "
             "dataset, the computer) or batch folders (batch.json).", show_default=False)],
    out: Annotated[Path, typer.Option("--out", help="Output file: .jsonl (or .parquet for dataset).")],
    format: Annotated[str, typer.Option(
        "--format", help=f"What to write: {', '.join(FORMAT_NAMES)}. dataset: one row per computer "
                         "in the published dataset's schema; openai: {messages, tools} per example; "
                         "sharegpt: LLaMA-Factory's layout.")] = "dataset",
    split: Annotated[str, typer.Option(
        "--split", help="openai/sharegpt: one example per day, session (cut where the agent stopped "
                        "for colleagues' answers), run, or call (each request as sent).")] = "day",
    window: Annotated[int | None, typer.Option(
        "--window", help="openai/sharegpt: at most this many tokens an example (estimated); a longer "
                         "one is cut between turns.", show_default=False)] = None,
    min_score: Annotated[float | None, typer.Option(
        "--min-score", help="openai/sharegpt: only runs graded at least this (grade.json); ungraded "
                            "runs are skipped.", show_default=False)] = None,
    role: Annotated[str, typer.Option(
        "--role", help="openai/sharegpt: the user agent's calls (user) or the collaborators' "
                       "(collaborator).")] = "user",
    since: Annotated[str | None, typer.Option(
        "--since", help="openai/sharegpt: simulated days from this date (YYYY-MM-DD).",
        show_default=False)] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="openai/sharegpt: simulated days up to this date.", show_default=False)] = None,
    keep_malformed: Annotated[bool, typer.Option(
        "--keep-malformed", help="openai: keep a model's malformed tool calls (arguments that are not "
                                 "JSON) as sent, each answered by its error result; by default an "
                                 "example is cut just before one.")] = False,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Replace OUT (and its manifest) if it exists.")] = False,
) -> None:
    """Export computers or runs into one file. `--format dataset` writes one row per computer in
    the schema of the published dataset (microsoft/synthetic-computers-at-scale), JSONL or
    parquet; a computer that cannot be exported is one error line, the others are still
    written. `--format openai|sharegpt` writes the runs' model calls as training examples
    (JSONL) and OUT.manifest.json (counts, tokens, sources, filters, what was skipped)."""
    from synthcomp.console import err_console, fail, out_console, user_errors

    with user_errors():
        if format in TRAINING:
            _export_training(sources, out, format, split, window, min_score, role, since, until,
                             keep_malformed, overwrite)
            return
        given = [name for name, value, default in (
            ("--split", split, "day"), ("--window", window, None), ("--min-score", min_score, None),
            ("--role", role, "user"), ("--since", since, None), ("--until", until, None),
            ("--keep-malformed", keep_malformed, False)) if value != default]
        if given and format == "dataset":
            fail(f"{', '.join(given)} {'applies' if len(given) == 1 else 'apply'} only to the openai "
                 "and sharegpt formats")
            return
        from synthcomp.api.export import Exported
        from synthcomp.api.export import export as run_export

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

        report = run_export(sources, out, format, on_result=show, overwrite=overwrite)
        count, failed = len(report.exported), len(report.failed)
        if report.out is None:
            fail(f"nothing exported: all {failed} source{'' if failed == 1 else 's'} failed")
            return
        out_console.print(f"exported {count} computer{'' if count == 1 else 's'} to "
                          f"{report.out.absolute()} ({format})"
                          + (f"; {failed} failed" if failed else ""), highlight=False)
        if failed:
            raise typer.Exit(1)


def _export_training(sources: list[Path], out: Path, format: str, split: str, window: int | None,
                     min_score: float | None, role: str, since: str | None, until: str | None,
                     keep_malformed: bool, overwrite: bool) -> None:
    """The training formats: export, then one line of what was written and what was skipped."""
    from synthcomp.api.export import export_training
    from synthcomp.console import err_console, out_console

    report = export_training(sources, out, format, split=split, window=window, min_score=min_score,
                             role=role, since=since, until=until, keep_malformed=keep_malformed,
                             overwrite=overwrite)
    for skipped in report.skipped:
        err_console.print(f"[yellow]skipped[/] {skipped['source']}: {skipped['reason']}", highlight=False,
                          soft_wrap=True)
    made = report.manifest
    runs = len(made["sources"])
    bad = made["malformed_calls"] if keep_malformed else made["malformed_left_out"]
    malformed = (f"; {bad:,} malformed tool call{'' if bad == 1 else 's'} kept as sent" if keep_malformed
                 else f"; {bad:,} answer{'' if bad == 1 else 's'} with a malformed tool call left out"
                 ) if bad else ""
    out_console.print(f"exported {made['examples']:,} example{'' if made['examples'] == 1 else 's'} "
                      f"({made['tool_calls']:,} tool calls, ~{made['tokens']:,} tokens) from {runs} "
                      f"run{'' if runs == 1 else 's'} to {report.out.absolute()} ({format}); manifest "
                      f"{report.manifest_path.name}{malformed}", highlight=False)
