"""`synthcomp report`: one self-contained HTML page about a run, a batch or an experiment."""

from __future__ import annotations

from pathlib import Path

from synthcomp.atomic import write_bytes
from synthcomp.errors import InputError

__all__ = ["detect", "write_report"]


def detect(source: Path) -> str:
    """What a folder is for the report: "run" (context.json), "batch" (batch.json) or
    "experiment" (experiment.json); InputError for anything else."""
    from synthcomp.report.batches import BATCH_FILE, EXPERIMENT_FILE
    from synthcomp.report.run import is_run

    if not source.is_dir():
        raise InputError(f"{source} is not a folder: give a run folder (COMPUTER/runs/RUN_ID), "
                         "a batch folder or an experiment folder")
    if (source / EXPERIMENT_FILE).is_file():
        return "experiment"
    if (source / BATCH_FILE).is_file():
        return "batch"
    if is_run(source):
        return "run"
    raise InputError(f"{source} is not a run, a batch or an experiment folder (no context.json, "
                     f"{BATCH_FILE} or {EXPERIMENT_FILE})")


def write_report(source: str | Path, out: str | Path) -> Path:
    """Write the report page of ``source`` (a run folder, a batch folder or an experiment
    folder) to ``out``, atomically; return ``out``. The page loads nothing from the network:
    its styles are inline, its plots inline SVG, and it has no script."""
    from synthcomp.report.batches import batch_view, experiment_view
    from synthcomp.report.render import render
    from synthcomp.report.run import run_view

    source, out = Path(source), Path(out)
    kind = detect(source)
    if out.is_dir():
        raise InputError(f"{out} is a folder: give the page's file name (e.g. report.html)")
    if kind == "run":
        view = run_view(source)
        html = render("run.html.j2", {"title": f"Run {view['run_id']}", "run": view})
    elif kind == "batch":
        html = render("batch.html.j2", batch_view(source))
    else:
        html = render("experiment.html.j2", experiment_view(source))
    out.parent.mkdir(parents=True, exist_ok=True)
    # A lone surrogate (a "\\ud800" escape in a trajectory's JSON) cannot be UTF-8: replaced.
    write_bytes(out, html.encode("utf-8", "replace"))
    return out
