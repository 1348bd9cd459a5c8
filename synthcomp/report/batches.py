"""What the report shows of a batch (batch.json: its jobs, their scores and cost, a short section
per run) and of an experiment (experiment.json: scores with and without the skill, wins, ties
and losses, the interval, the sign test, the learning curve, per-computer scores)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synthcomp.errors import InputError
from synthcomp.report import plots
from synthcomp.report.run import is_run, read_json, run_view
from synthcomp.report.trajectory import as_dict, cut

BATCH_FILE = "batch.json"  # synthcomp.batch.record.BATCH_FILE, without importing the batch runner
EXPERIMENT_FILE = "experiment.json"
MAX_RUN_SECTIONS = 200  # runs of a batch given their own section; the table lists them all
MAX_SKILLS = 40
SKILL_CHARS = 20_000
_CURVE_KEYS = ("train_n", "win_rate", "diff", "ci_low", "ci_high")


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _run_dir(batch_dir: Path, stored: Any) -> Path | None:
    """A job's run folder: as batch.json names it, else the same path under the batch folder
    (a batch folder moved or copied elsewhere keeps its runs beside it)."""
    if not isinstance(stored, str) or not stored:
        return None
    path = Path(stored)
    if is_run(path):
        return path
    parts = path.parts
    if "computers" in parts:
        moved = batch_dir.joinpath(*parts[parts.index("computers"):])
        if is_run(moved):
            return moved
    return None


def batch_view(batch_dir: Path) -> dict[str, Any]:
    """The batch's page: totals, the jobs table, the score distribution and one section per run."""
    data = _batch_record(batch_dir / BATCH_FILE)
    spec = as_dict(data.get("spec"))
    jobs: list[dict[str, Any]] = []
    runs: list[dict[str, Any]] = []
    for number, job in enumerate(data.get("jobs") or []):
        if not isinstance(job, dict):
            continue
        run_dir = _run_dir(batch_dir, job.get("run_dir"))
        anchor = f"run-{number}" if run_dir is not None and len(runs) < MAX_RUN_SECTIONS else ""
        jobs.append({"key": str(job.get("key", "")), "computer_id": str(job.get("computer_id", "")),
                     "persona": cut(job.get("persona"), 200), "trial": job.get("trial"),
                     "status": str(job.get("status", "")), "turns": job.get("turns"),
                     "days": job.get("days"), "messages": job.get("messages_sent"),
                     "score": _number(job.get("score")), "tokens": job.get("tokens"),
                     "cost": _number(job.get("cost_usd")), "wall": _number(job.get("wall_seconds")),
                     "attempts": job.get("attempts"), "error": cut(job.get("error"), 300), "anchor": anchor})
        if anchor and run_dir is not None:
            runs.append({"anchor": anchor, "key": jobs[-1]["key"], **run_view(run_dir, brief=True)})
    scores = [j["score"] for j in jobs if j["score"] is not None]
    return {"kind": "batch", "title": f"Batch {batch_dir.absolute().name}", "folder": str(batch_dir),
            "spec": {k: spec.get(k) for k in ("trials", "days", "max_turns", "seed", "files", "workers",
                                              "backend") if k in spec},
            "model": _models(spec), "updated": data.get("updated", ""),
            "counts": as_dict(data.get("counts")),
            "totals": as_dict(data.get("totals")),
            "jobs": jobs, "runs": runs, "left_out": sum(1 for j in jobs if not j["anchor"]),
            "mean": sum(scores) / len(scores) if scores else None, "scored": len(scores),
            "plot": plots.score_distribution(scores) if scores else ""}


def _batch_record(path: Path) -> dict[str, Any]:
    """The batch.json a page is about; InputError when it is not a batch record (not JSON, or
    no list of jobs each with its key), so a damaged record is never shown as an empty batch.
    A job's other fields are read leniently (a dash for a value of the wrong kind)."""
    data = read_json(path)
    jobs = data.get("jobs") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(jobs, list) or \
            not all(isinstance(j, dict) and isinstance(j.get("key"), str) for j in jobs):
        why = "not JSON" if data is None else "no list of jobs, each with its key"
        raise InputError(f"{path} is damaged ({why}): not a batch record to report on")
    return data


def _models(spec: dict[str, Any]) -> str:
    """The batch's models, as its spec names them ("offline", or role=model pairs)."""
    roles = spec.get("models", {}).get("roles") if isinstance(spec.get("models"), dict) else None
    if not isinstance(roles, dict):
        return ""
    default = roles.get("default") or ""
    named = [f"{role}={model}" for role, model in roles.items() if role != "default" and model]
    return ", ".join([str(default), *named]) if named else str(default)


def experiment_view(folder: Path) -> dict[str, Any]:
    """The experiment's page: the summary table, per-computer scores and outcomes, the
    learning curve, and the jobs it had to leave out. InputError when experiment.json does not
    read as the experiment's own schema (ExperimentResult): truncated, or of another shape."""
    from pydantic import ValidationError

    from synthcomp.schemas.experiment import ExperimentResult

    path = folder / EXPERIMENT_FILE
    raw = read_json(path)
    data = as_dict(raw)
    try:
        ExperimentResult.model_validate(raw)
    except ValidationError as exc:
        why = "not JSON" if raw is None else \
            f"{exc.error_count()} field(s) wrong, e.g. {_first_error(exc)}"
        raise InputError(f"{path} is damaged ({why}): running the experiment again writes it") from exc
    computers: list[dict[str, Any]] = []
    for row in data.get("per_computer") or []:
        if not isinstance(row, dict):
            continue
        baseline = [float(s) for s in row.get("baseline") or [] if _number(s) is not None]
        skill = [float(s) for s in row.get("skill_runs") or [] if _number(s) is not None]
        computers.append({"computer": str(row.get("computer", "")),
                          "occupation": str(row.get("occupation", "")),
                          "skill": row.get("skill"), "baseline": baseline, "skill_runs": skill,
                          "baseline_mean": _number(row.get("baseline_mean")),
                          "skill_mean": _number(row.get("skill_mean")),
                          "outcome": str(row.get("outcome", ""))})
    summary = data.get("summary") if isinstance(data.get("summary"), dict) else None
    curve = [p for p in data.get("learning_curve") or [] if isinstance(p, dict)
             and all(_number(p.get(k)) is not None for k in _CURVE_KEYS)]
    paired = [c for c in computers if c["baseline_mean"] is not None and c["skill_mean"] is not None]
    spec = as_dict(data.get("spec"))
    skills_dir = _moved(folder, str(data.get("skills_dir", "")))
    return {"kind": "experiment", "title": f"Experiment {folder.absolute().name}",
            "folder": str(folder),
            "spec": {k: spec.get(k) for k in ("train", "test", "trials", "days", "max_turns", "seed", "files",
                                              "curve") if k in spec},
            "train": [str(t) for t in data.get("train") or []],
            "test": [str(t) for t in data.get("test") or []],
            "skills_dir": str(data.get("skills_dir", "")), "summary": summary, "computers": computers,
            "skills": _skills(skills_dir) if skills_dir else [], "batches": _batches(folder),
            "curve": curve, "failed": [cut(f, 400) for f in data.get("failed") or []],
            "curve_plot": plots.learning_curve(curve) if curve else "",
            "paired_plot": plots.paired_scores([c["computer"] for c in paired],
                                               [c["baseline_mean"] for c in paired],
                                               [c["skill_mean"] for c in paired]) if paired else ""}


def _first_error(exc: Any) -> str:
    """A pydantic error in a few words: 'summary.diff: Field required'."""
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "the file"
    return f"{where}: {first.get('msg', '')}"


def _moved(folder: Path, stored: str) -> Path | None:
    """A folder experiment.json names: where it says, else the same last parts under the
    experiment's folder (an experiment moved or copied elsewhere)."""
    if not stored:
        return None
    path = Path(stored) if Path(stored).is_absolute() else folder / stored
    if path.is_dir():
        return path
    parts = Path(stored).parts
    for start in range(len(parts)):
        candidate = folder.joinpath(*parts[start:])
        if candidate.is_dir():
            return candidate
    return None


def _skills(skills_dir: Path) -> list[dict[str, str]]:
    """The skills the held-out runs took: each occupation's SKILL.md, as text."""
    found = []
    for path in sorted(skills_dir.glob("*/SKILL.md"))[:MAX_SKILLS]:
        text = path.read_text("utf-8", errors="replace")
        found.append({"occupation": path.parent.name, "text": cut(text, SKILL_CHARS)})
    return found


def _batches(folder: Path) -> list[dict[str, Any]]:
    """The experiment's batches (training runs, held-out runs without and with skills): jobs,
    finished, mean score; each has a page of its own with `synthcomp report`."""
    found = []
    for path in sorted(folder.glob(f"*/{BATCH_FILE}")):
        jobs = [j for j in as_dict(read_json(path)).get("jobs") or [] if isinstance(j, dict)]
        scores = [s for s in (_number(j.get("score")) for j in jobs) if s is not None]
        found.append({"name": path.parent.name, "jobs": len(jobs),
                      "finished": sum(1 for j in jobs if j.get("status") == "finished"),
                      "mean": sum(scores) / len(scores) if scores else None})
    return found
