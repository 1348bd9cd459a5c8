"""One job of a batch, start to end: build the computer (from a persona), plan its month,
simulate the trial's run (or resume it), grade it. Every step first looks at what is on disk,
so running a job again does only what is left: a built computer is not rebuilt, a finished run
not rerun, a graded run not regraded; an interrupted run resumes from its last checkpoint."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from synthcomp.batch.spec import BatchSpec, Job, run_id_of
from synthcomp.computer import Computer
from synthcomp.errors import RunFinished, first_line
from synthcomp.locks import exclusive
from synthcomp.models.usage import read_usage
from synthcomp.runs.folder import (
    GRADE_FILE,
    SUMMARY_FILE,
    TRAJECTORY_FILE,
    USAGE_FILE,
    has_checkpoints,
    read_summary,
    run_started,
)
from synthcomp.runs.progress import RunProgress

Report = Callable[[dict[str, Any]], None]  # an event of the job: picklable, for other processes
LOCKS_FOLDER = ".locks"
PROGRESS_EVERY = 1.0  # seconds between two progress events of one run


def run_job(job: Job, spec: BatchSpec, report: Report) -> dict[str, Any]:
    """Take ``job`` as far as it goes and return its result (status finished, paused or
    failed, with turns, days, score, tokens, cost, wall time and the error). Never raises for a
    failure of the job itself: one computer's failure never stops the others."""
    started = time.perf_counter()
    result: dict[str, Any] = {"key": job.key, "status": "failed", "error": ""}
    stage = "build"
    try:
        computer = Computer(job.computer_dir)
        with _computer_lock(Path(spec.out), job.computer_key):  # a computer's trials build and plan it once
            if not computer.is_built():
                report({"key": job.key, "kind": "stage", "stage": "build"})
                _build(job, spec)
            if not computer.is_planned():
                report({"key": job.key, "kind": "stage", "stage": "plan"})
                _plan(job, spec)
        stage = "simulate"
        days = spec.days or len(computer.read_plan().working_days)
        run_dir = computer.run_dir(run_id_of(spec, computer.root, job.run_seed, days))
        result["run_dir"] = str(run_dir)
        report({"key": job.key, "kind": "stage", "stage": "simulate", "run_dir": str(run_dir)})
        _simulate(job, spec, run_dir, days, report)
        summary = read_summary(run_dir)
        result["status"] = summary.get("status", "failed")
        if result["status"] == "paused":
            result["error"] = summary.get("reason", "")
        elif result["status"] == "finished":
            stage = "grade"
            if not _graded(run_dir, spec):
                report({"key": job.key, "kind": "stage", "stage": "grade"})
                _grade(run_dir, spec)
    except Exception as exc:
        result.update(status="failed", error=f"{stage}: {first_line(exc)}")
    result.update(_figures(result.get("run_dir"), spec))
    result.update(_setup_spent(Path(job.computer_dir)))
    result["job_seconds"] = round(time.perf_counter() - started, 2)
    return result


def _build(job: Job, spec: BatchSpec) -> None:
    from synthcomp.api.build import build_computer

    if job.persona is None:
        raise FileNotFoundError(f"{job.computer_dir} is not a built computer")
    # Not built means no manifest: whatever is in the folder is a build cut short, rebuilt.
    build_computer(job.persona, job.computer_dir, seed=spec.seed, model=spec.models.model_for("world"),
                   config=spec.models, target_files=spec.files, overwrite=True)


def _plan(job: Job, spec: BatchSpec) -> None:
    from synthcomp.api.plan import plan_computer

    plan_computer(job.computer_dir, seed=spec.seed, model=spec.models.model_for("planner"),
                  config=spec.models)


def _simulate(job: Job, spec: BatchSpec, run_dir: Path, days: int, report: Report) -> None:
    from synthcomp.api.simulate import resume, simulate

    on_progress = _progress_reporter(job.key, report)
    if read_summary(run_dir).get("status") == "finished":
        return
    if run_started(run_dir) and not _nothing_done(run_dir):
        with suppress(RunFinished):
            resume(run_dir, on_progress=on_progress, config=spec.models, checkpointer=spec.checkpointer)
        return
    # A run killed before its first step left a folder with nothing done: it starts again.
    shutil.rmtree(run_dir, ignore_errors=True)
    simulate(job.computer_dir, run_id=run_dir.name, model=spec.models.model_for("user"),
             seed=job.run_seed, max_turns=spec.max_turns, days=days,
             collaborator_model=spec.models.model_for("collaborator"), config=spec.models,
             on_progress=on_progress, checkpointer=spec.checkpointer, skills=spec.skills)


def _nothing_done(run_dir: Path) -> bool:
    """A run folder whose run never made a step: no trajectory, no checkpoint anywhere."""
    return not ((run_dir / TRAJECTORY_FILE).exists() or has_checkpoints(run_dir))


def _graded(run_dir: Path, spec: BatchSpec) -> bool:
    """Whether the run's grade is there, newer than the run's end, by the batch's judge."""
    return _grade_of(run_dir, spec) is not None


def _grade_of(run_dir: Path, spec: BatchSpec) -> dict[str, Any] | None:
    """The run's grade.json when it is newer than the run's end and by the batch's judge."""
    grade, summary = run_dir / GRADE_FILE, run_dir / SUMMARY_FILE
    if not (grade.is_file() and summary.is_file() and grade.stat().st_mtime >= summary.stat().st_mtime):
        return None
    try:
        saved = json.loads(grade.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(saved, dict) and saved.get("judge_model") == spec.models.model_for("judge")
    return saved if ok else None


def _grade(run_dir: Path, spec: BatchSpec) -> None:
    from synthcomp.api.grade import grade_run

    grade_run(run_dir, model=spec.models.model_for("judge"), config=spec.models)


def _figures(run_dir: str | None, spec: BatchSpec) -> dict[str, Any]:
    """Turns, days, score, tokens, cost and wall time (over all its resumes) of a run, from its
    folder."""
    if not run_dir:
        return {}
    folder = Path(run_dir)
    summary = read_summary(folder) if (folder / SUMMARY_FILE).is_file() else {}
    figures: dict[str, Any] = {"turns": summary.get("turns"), "days": summary.get("days"),
                               "messages_sent": summary.get("messages_sent"), "score": None,
                               "wall_seconds": summary.get("wall_seconds")}
    grade = _grade_of(folder, spec)
    if grade is not None:
        figures["score"] = grade.get("score")
    figures.update(_spent(read_usage(folder / USAGE_FILE)))
    return figures


def _spent(counts: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    total = counts.get("total") or {}
    return {f"{prefix}tokens": int(total.get("input_tokens", 0)) + int(total.get("output_tokens", 0)),
            f"{prefix}cost_usd": total.get("cost_usd")}


def _setup_spent(computer_dir: Path) -> dict[str, Any]:
    """What building and planning the computer spent (meta/usage.json), counted once a
    computer in the batch's totals."""
    sections = read_usage(Computer(computer_dir).usage_path, sections=True)
    tokens, costs = 0, []
    for name in ("build", "plan"):
        spent = _spent(sections.get(name) or {})
        tokens += spent["tokens"]
        costs.append(spent["cost_usd"] if spent["tokens"] else 0.0)
    return {"setup_tokens": tokens,
            "setup_cost_usd": None if any(c is None for c in costs) else round(sum(costs), 6)}


def _progress_reporter(key: str, report: Report) -> Callable[[RunProgress], None]:
    last = 0.0

    def seen(now: RunProgress) -> None:
        nonlocal last
        if now.ended or time.monotonic() - last >= PROGRESS_EVERY:
            last = time.monotonic()
            report({"key": key, "kind": "progress", "day": now.day, "days": now.days,
                    "turn": now.turn})

    return seen


@contextmanager
def _computer_lock(out: Path, name: str) -> Iterator[None]:
    """Hold a computer's build lock, in the batch's folder (a computer's own folder appears
    only when built); a second job of the computer waits for it."""
    with exclusive(out / LOCKS_FOLDER / f"{name}.lock"):
        yield
