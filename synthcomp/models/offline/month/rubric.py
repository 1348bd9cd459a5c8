"""Offline answer for Rubric: criteria each deliverable can be checked against, from its
must-contain list, the planted errors in its inputs and the requirements changed mid-month."""

from __future__ import annotations

from typing import Any

from synthcomp.models.offline.chat import register
from synthcomp.models.offline.month.common import figures_in

POINTS = {"essential": 3.0, "important": 2.0, "optional": 1.0, "pitfall": 3.0}
MAX_CRITERIA = 20


def _criteria_for(deliverable: dict[str, Any], errors: list[dict[str, Any]],
                  events: list[dict[str, Any]], author: str) -> list[dict[str, Any]]:
    found: list[tuple[str, str, list[str], list[str], str | None]] = [
        ("essential", f"A {deliverable['format']} file exists at {deliverable['path']} and opens",
         [], [], None),
    ]
    for n, item in enumerate(deliverable.get("must_contain") or []):
        found.append(("essential" if n < 2 else "important", f"Contains {item}", figures_in(item), [], None))
    inputs = set(deliverable.get("inputs") or [])
    for error in errors:
        if error["source_of_truth"] in inputs:
            wrong = figures_in(error["wrong_value"]) or [error["wrong_value"]]
            found.append(("pitfall", f"Uses the correct figure {error['correct_value']}, not "
                          f"{error['wrong_value']} from {error['collaborator_id']}'s {error['file']}",
                          figures_in(error["correct_value"]), wrong, error["id"]))
    for event in events:
        if event["kind"] == "requirement_change" and deliverable["id"] in event.get("affects", []):
            found.append(("important", f"Answers the request of {event['date']}: {event['subject']}",
                          [], [], None))
    found += [
        ("optional", f"Names its author ({author}) and its date", [author.split()[-1]], [], None),
        ("optional", "Has no placeholder text", [], ["lorem ipsum", "TBD", "[insert"], None),
        ("important", "Is structured so a reader finds the conclusion first", [], [], None),
    ]
    return [{"text": text, "tag": tag, "expects": expects, "forbids": forbids, "planted_error_id": error}
            for tag, text, expects, forbids, error in found[:MAX_CRITERIA]]


def _weighted(deliverable_id: str, criteria: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Weights by tag, normalised to sum to exactly 1 (the last criterion takes the rounding)."""
    total = sum(POINTS[c["tag"]] for c in criteria)
    weights = [round(POINTS[c["tag"]] / total, 4) for c in criteria]
    weights[-1] = round(1 - sum(weights[:-1]), 4)
    return [{**c, "id": f"{deliverable_id}.C{i + 1}", "deliverable_id": deliverable_id, "weight": w}
            for i, (c, w) in enumerate(zip(criteria, weights, strict=True))]


@register("Rubric")
def rubric(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """5 to 20 tagged criteria per deliverable, weights summing to 1 per deliverable."""
    errors = list(inputs.get("planted_errors") or [])
    events = list(inputs.get("events") or [])
    author = str((inputs.get("profile") or {}).get("name", "the author"))
    criteria: list[dict[str, Any]] = []
    for objective in inputs.get("objectives") or []:
        for deliverable in objective.get("deliverables") or []:
            criteria += _weighted(deliverable["id"], _criteria_for(deliverable, errors, events, author))
    return {"criteria": criteria}
