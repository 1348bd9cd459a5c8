"""What the report shows of one run: the computer (its user, its folder tree), the month from the
trajectory, the plan's objectives and milestones, grades with evidence, the retrospective, and
usage. Each part reads its own file and is left out, with a note, when that file is missing or
damaged: a report of a half-finished run is still a report."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from synthcomp.computer import PLAN_FILE, RUN_DRIVE, USAGE_FILE
from synthcomp.report import plots
from synthcomp.report.retro import read_retro
from synthcomp.report.trajectory import as_dict, cut, digest, files_series, read_events
from synthcomp.runs.folder import CONTEXT_FILE, GRADE_FILE, SUMMARY_FILE

MAX_TREE_ENTRIES = 4000  # files and folders in the page's tree
EVIDENCE_CHARS = 600
MAX_PAIRWISE = 20  # comparisons with other runs shown


def read_json(path: Path) -> Any:
    """The JSON a file holds, or None when it is missing, unreadable or not JSON."""
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def is_run(folder: Path) -> bool:
    """Whether a folder is a run folder (it has a context.json)."""
    return (folder / CONTEXT_FILE).is_file()


def run_view(run_dir: Path, *, brief: bool = False) -> dict[str, Any]:
    """Everything the page shows of one run. ``brief`` (a run inside a batch's page): no
    folder tree, no turn lines, no threads, no plots."""
    context = as_dict(read_json(run_dir / CONTEXT_FILE))
    summary = as_dict(read_json(run_dir / SUMMARY_FILE))
    plan = as_dict(read_json(run_dir / PLAN_FILE))
    computer_dir = _computer_dir(run_dir, context)
    manifest = as_dict(read_json(computer_dir / "meta" / "manifest.json")) if computer_dir else {}
    profile = as_dict(manifest.get("user_profile"))
    month = digest(read_events(run_dir))
    view: dict[str, Any] = {
        "run_id": run_dir.name, "run_dir": str(run_dir), "context": _context_rows(context),
        "computer_id": plan.get("computer_id") or manifest.get("computer_id") or (
            computer_dir.name if computer_dir else ""),
        "persona": manifest.get("persona", ""),
        "user": {k: profile.get(k, "") for k in ("name", "role", "employer", "department", "city",
                                                 "country", "language")},
        "summary": _summary(summary, month),
        "objectives": _objectives(plan, month["done_at"], summary),
        "collaborators": {c.get("id"): c for c in plan.get("collaborators") or [] if isinstance(c, dict)},
        "grade": _grade(read_json(run_dir / GRADE_FILE)),
        "usage": _usage(read_json(run_dir / USAGE_FILE)),
        "pairwise": _pairwise(run_dir),
        "retro": read_retro(run_dir),
        "month": month,
    }
    if brief:
        return view
    view["tree"] = _tree(run_dir / RUN_DRIVE, summary, plan)
    days = month["days"]
    if days:
        dates = [d["date"] for d in days]
        kinds: dict[str, Sequence[int]] = {k: [d["kinds"].get(k, 0) for d in days]
                                           for k in month["tool_kinds"]}
        view["plots"] = {"timeline": plots.month_timeline(dates, _timeline(days, view["objectives"])),
                         "turns": plots.turns_per_day(dates, kinds),
                         "files": plots.files_over_time(dates, *files_series(days))}
    return view


def _computer_dir(run_dir: Path, context: dict[str, Any]) -> Path | None:
    """The computer the run belongs to: context.json's computer_dir (relative to the run, as
    runs.folder saves it), else the folder two levels up when the run sits in its runs/."""
    stored = context.get("computer_dir")
    if isinstance(stored, str) and stored:
        found = Path(stored) if os.path.isabs(stored) else run_dir / stored
        if (found / "meta").is_dir():
            return found.resolve()
    home = run_dir.absolute().parent.parent
    return home if (home / "meta").is_dir() else None


def _context_rows(context: dict[str, Any]) -> list[tuple[str, str]]:
    """The run's options as (name, value) rows (no paths, no checkpoint URL)."""
    names = ("model", "collaborator_model", "days", "max_turns", "day_turns", "seed")
    rows = [(n, str(context[n])) for n in names if context.get(n) is not None]
    skill = context.get("skill")
    if isinstance(skill, dict):
        rows.append(("skill", f"{skill.get('path', '')} (sha256 {str(skill.get('sha256', ''))[:12]})"))
    elif isinstance(skill, str) and skill:
        rows.append(("skill", skill))
    return rows


def _summary(summary: dict[str, Any], month: dict[str, Any]) -> dict[str, Any]:
    """The run's headline numbers, from summary.json where it has them, else the trajectory."""
    days = month["days"]
    return {"status": summary.get("status", "(no summary.json: unfinished or damaged)"),
            "reason": cut(summary.get("reason"), 400),
            "turns": summary.get("turns", month["turns"]), "days": summary.get("days", len(days)),
            "messages_sent": summary.get("messages_sent", sum(d["sent"] for d in days)),
            "messages_received": summary.get("messages_received", sum(d["received"] for d in days)),
            "files_created": len(summary.get("files_created") or []),
            "files_edited": len(summary.get("files_edited") or []),
            "deliverables_done": len(summary.get("deliverables_done") or []),
            "deliverables_total": summary.get("deliverables_total"),
            "wall_seconds": summary.get("wall_seconds"),
            "plan_changes": [c for c in summary.get("plan_changes") or [] if isinstance(c, dict)]}


def _objectives(plan: dict[str, Any], done_at: dict[str, str],
                summary: dict[str, Any]) -> list[dict[str, Any]]:
    """The plan's objectives with their deliverables and milestones, and when each was marked
    done (the last mark_done that stood), and moved due dates."""
    done = set(summary.get("done") or [])
    moved = {c.get("deliverable_id"): c.get("due") for c in summary.get("plan_changes") or []
             if isinstance(c, dict) and c.get("kind") == "due"}
    objectives = []
    for objective in plan.get("objectives") or []:
        if not isinstance(objective, dict):
            continue
        deliverables = [{**d, "done": d.get("id") in done, "done_at": done_at.get(str(d.get("id")), ""),
                         "moved_to": moved.get(d.get("id"), "")}
                        for d in objective.get("deliverables") or [] if isinstance(d, dict)]
        milestones = [{**m, "due": str(m.get("due", "")), "done": m.get("id") in done,
                       "done_at": done_at.get(str(m.get("id")), "")}
                      for m in objective.get("milestones") or [] if isinstance(m, dict)]
        objectives.append({"id": objective.get("id"), "title": objective.get("title"),
                           "description": cut(objective.get("description"), 1500),
                           "deliverables": deliverables, "milestones": milestones})
    return objectives


def _grade(data: Any) -> dict[str, Any] | None:
    """grade.json for the page: deliverables with their criteria, evidence cut to a paragraph;
    per-criterion agreement when the run was graded with several samples."""
    if not isinstance(data, dict):
        return None
    deliverables = []
    for item in data.get("deliverables") or []:
        if not isinstance(item, dict):
            continue
        criteria = [{**c, "evidence": cut(c.get("evidence"), EVIDENCE_CHARS)}
                    for c in item.get("criteria") or [] if isinstance(c, dict)]
        deliverables.append({**item, "criteria": criteria})
    return {**data, "deliverables": deliverables}


def _usage(data: Any) -> dict[str, Any] | None:
    """usage.json: a row per role and the total."""
    if not isinstance(data, dict):
        return None
    roles = [{"role": role, **row} for role, row in sorted(as_dict(data.get("roles")).items())
             if isinstance(row, dict)]
    return {"roles": roles, "total": as_dict(data.get("total"))}


def _tree(drive: Path, summary: dict[str, Any], plan: dict[str, Any]) -> dict[str, Any]:
    """The run's drive as nested folders (for <details>), each file with its size and whether
    the run created or changed it or it is a deliverable. Links are shown, never followed."""
    created = set(summary.get("files_created") or [])
    edited = set(summary.get("files_edited") or [])
    deliverables = {d.get("path") for o in plan.get("objectives") or [] if isinstance(o, dict)
                    for d in o.get("deliverables") or [] if isinstance(d, dict)}
    root: dict[str, Any] = {"name": RUN_DRIVE, "folders": [], "files": [], "count": 0}
    shown = 0
    if not drive.is_dir():
        return {**root, "missing": True, "left_out": 0}
    left_out = 0
    folders = {drive: root}
    for here, names, files in os.walk(drive):  # links to folders are listed, not walked
        linked = sorted(n for n in names if os.path.islink(os.path.join(here, n)))
        names[:] = sorted(n for n in names if n not in linked)
        node = folders[Path(here)]
        for name in names:
            child = {"name": shown_name(name), "folders": [], "files": [], "count": 0}
            node["folders"].append(child)
            folders[Path(here) / name] = child
        for name in sorted([*files, *linked]):
            if shown >= MAX_TREE_ENTRIES:
                left_out += 1
                continue
            path = Path(here) / name
            relative = path.relative_to(drive).as_posix()
            node["files"].append({"name": shown_name(name), "size": path.lstat().st_size,
                                  "link": path.is_symlink(),
                                  "mark": _mark(relative, deliverables, created, edited)})
            shown += 1
    _count(root)
    return {**root, "missing": False, "left_out": left_out}


def shown_name(name: str) -> str:
    """A file name as the page shows it: bytes that are not UTF-8 (kept by Python as lone
    surrogates) become U+FFFD, which a page can hold."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _count(node: dict[str, Any]) -> int:
    node["count"] = len(node["files"]) + sum(_count(child) for child in node["folders"])
    return int(node["count"])


def _mark(relative: str, deliverables: set[Any], created: set[str], edited: set[str]) -> str:
    """How the tree marks a file: a deliverable, new in the run, changed by it, or nothing."""
    if relative in deliverables:
        return "deliverable"
    return "new" if relative in created else "changed" if relative in edited else ""


def _pairwise(run_dir: Path) -> list[dict[str, Any]]:
    """The run's pairwise comparisons with other runs of its computer (pairwise-<run_b>.json,
    written by `synthcomp grade --against`), deliverable by deliverable."""
    found = []
    for path in sorted(run_dir.glob("pairwise-*.json"))[:MAX_PAIRWISE]:
        data = as_dict(read_json(path))
        if not data:
            continue
        deliverables = [{"id": str(d.get("id", "")), "title": cut(d.get("title"), 300),
                         "winner": str(d.get("winner", "")), "method": str(d.get("method", "")),
                         "rationale": cut(d.get("rationale"), EVIDENCE_CHARS),
                         "a_score": d.get("a_score"), "b_score": d.get("b_score")}
                        for d in data.get("deliverables") or [] if isinstance(d, dict)]
        found.append({"file": path.name, "run_a": str(data.get("run_a", "")),
                      "run_b": str(data.get("run_b", "")),
                      "judge": str(data.get("judge_model", "")), "method": cut(data.get("method"), 400),
                      "wins_a": data.get("wins_a"), "wins_b": data.get("wins_b"), "ties": data.get("ties"),
                      "winner": str(data.get("winner", "")), "deliverables": deliverables})
    return found


def _timeline(days: list[dict[str, Any]], objectives: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Per day of the run: messages sent and received, files written, items marked done and
    milestones due (a due date on a day the run did not work is left out)."""
    index = {d["date"]: number for number, d in enumerate(days)}
    done, due = [0] * len(days), [0] * len(days)
    for objective in objectives:
        for item in [*objective["deliverables"], *objective["milestones"]]:
            when = str(item.get("done_at") or "")[:10]
            if item.get("done") and when in index:
                done[index[when]] += 1
        for milestone in objective["milestones"]:
            if str(milestone.get("due")) in index:
                due[index[str(milestone.get("due"))]] += 1
    return {"messages sent": [d["sent"] for d in days], "messages received": [d["received"] for d in days],
            "files written": [len(d["written"]) for d in days], "marked done": done, "milestones due": due}
