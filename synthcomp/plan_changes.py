"""How the month changes as it happens: a collaborator's event moves a deadline or changes what a
deliverable must contain. The plan file stays as planned; the run holds its changes (a state
channel, and ``plan_change`` events in its trajectory), and everything that reads the plan during
or after the run (the morning recap, the calendar, the collaborators, the grader) reads it with
the changes applied, so a run is graded against the month as it happened.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from synthcomp.runs.folder import SUMMARY_FILE, TRAJECTORY_FILE

EXTRA_WEIGHT = 0.15  # a criterion a changed requirement adds, before the deliverable's reweighting


def change_of(event: dict[str, Any], plan: dict[str, Any]) -> list[dict[str, Any]]:
    """The plan changes a collaborator's event makes, one per deliverable it affects: a
    ``new_deadline`` with a ``new_due`` moves the deliverable's due date; a
    ``requirement_change`` adds its ``requirement`` (or, if it names none, its subject) to what
    the deliverable must contain. Other events change nothing."""
    known = {d["id"]: d for o in plan["objectives"] for d in o["deliverables"]}
    changes = []
    for deliverable_id in event.get("affects") or []:
        if deliverable_id not in known:
            continue
        base = {"id": f"{event['id']}:{deliverable_id}", "event_id": event["id"],
                "deliverable_id": deliverable_id, "date": event["date"], "by": event["collaborator_id"]}
        if event["kind"] == "new_deadline" and event.get("new_due"):
            changes.append({**base, "kind": "due", "due": event["new_due"],
                            "was": due_of(plan, deliverable_id)})
        elif event["kind"] == "requirement_change":
            changes.append({**base, "kind": "requirement",
                            "requirement": str(event.get("requirement") or event["subject"])})
    return changes


def due_of(plan: dict[str, Any], deliverable_id: str) -> str:
    """A deliverable's due date: its latest milestone's (the month's end if it has none)."""
    return max((m["due"] for o in plan["objectives"] for m in o["milestones"]
                if m["deliverable_id"] == deliverable_id), default=str(plan.get("month_end", "")))


def applied(plan: dict[str, Any], changes: list[dict[str, Any]]) -> dict[str, Any]:
    """``plan`` as the month has it after ``changes`` (in order; the plan itself is unchanged).
    A moved due date (earlier or later) moves the deliverable's final milestone to that date and
    any other that fell after it; a requirement is added to the deliverable's must-contain list
    (once)."""
    if not changes:
        return plan
    plan = copy.deepcopy(plan)
    for change in changes:
        for objective in plan["objectives"]:
            if change["kind"] == "due":
                _move(objective["milestones"], change)
            for deliverable in objective["deliverables"]:
                if deliverable["id"] == change["deliverable_id"] and change["kind"] == "requirement" \
                        and change["requirement"] not in deliverable["must_contain"]:
                    deliverable["must_contain"].append(change["requirement"])
    plan["changes"] = list(changes)
    return plan


def _move(milestones: list[dict[str, Any]], change: dict[str, Any]) -> None:
    """The deliverable's last milestone to the new date, and no other one after it."""
    own = [m for m in milestones if m["deliverable_id"] == change["deliverable_id"]]
    if not own:
        return
    final = max(own, key=lambda m: (m["due"], m["id"]))
    for milestone in own:
        if milestone is final or milestone["due"] > change["due"]:
            milestone["due"] = change["due"]
            milestone["moved_by"] = change["event_id"]


def recorded_changes(run_dir: Path | str) -> list[dict[str, Any]]:
    """The plan changes of a run, in the order they happened: those its final state held (in
    summary.json: a collaborator part of one's own may return changes without recording them),
    and those its trajectory recorded (a run stopped before its summary was written), each once."""
    found: dict[str, dict[str, Any]] = {}
    path = Path(run_dir) / TRAJECTORY_FILE
    lines = path.read_text("utf-8").splitlines() if path.is_file() else []
    for line in lines:
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            continue  # a torn last line from a killed process
        if isinstance(event, dict) and event.get("type") == "plan_change":
            found.setdefault(event["change"]["id"], event["change"])
    summary = Path(run_dir) / SUMMARY_FILE
    try:
        held = json.loads(summary.read_text("utf-8")).get("plan_changes") if summary.is_file() else None
    except (json.JSONDecodeError, AttributeError):
        held = None
    for change in held if isinstance(held, list) else []:
        if isinstance(change, dict) and "id" in change:
            found.setdefault(change["id"], change)
    return sorted(found.values(), key=lambda c: (str(c.get("date", "")), str(c["id"])))


def graded_criteria(criteria: list[dict[str, Any]], changes: list[dict[str, Any]],
                    deliverable_id: str) -> list[dict[str, Any]]:
    """The criteria a deliverable is graded on in this month: those of the rubric that belong
    to no event, those whose event happened, and one for each requirement an event added that
    no criterion covers; weights scaled to sum to 1 again."""
    happened = {c["event_id"] for c in changes}
    kept = [c for c in criteria if c["deliverable_id"] == deliverable_id
            and (not c.get("event_id") or c["event_id"] in happened)]
    covered = {c.get("event_id") for c in kept}
    for change in changes:
        if change["kind"] == "requirement" and change["deliverable_id"] == deliverable_id \
                and change["event_id"] not in covered:
            kept.append({"id": f"{deliverable_id}.{change['event_id']}", "deliverable_id": deliverable_id,
                         "text": f"Contains {change['requirement']} (asked on {change['date']})",
                         "tag": "important", "weight": EXTRA_WEIGHT, "expects": [], "forbids": [],
                         "planted_error_id": None, "event_id": change["event_id"]})
    total = sum(c["weight"] for c in kept)
    if not kept or abs(total - 1) < 1e-9:
        return kept
    weights = [round(c["weight"] / total, 4) for c in kept]
    weights[-1] = round(1 - sum(weights[:-1]), 4)
    return [{**c, "weight": w} for c, w in zip(kept, weights, strict=True)]
