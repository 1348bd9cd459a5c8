"""Offline answer for Rubric: criteria each deliverable can be checked against, from its
must-contain list, the planted errors in its inputs and the requirements changed mid-month.

A requirement names its topic and the file that holds it ('the planned budget, as in
Budget.xlsx'); its criterion expects the figure that file holds: from the file's facts when the
planner passes the drive's files, else from a planted error whose source of truth is that file
and whose location names the topic (the planted error carries the correct value)."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from synthcomp.models.offline.chat import register
from synthcomp.models.offline.month.common import fact_keys, figures_in, source_of

POINTS = {"essential": 3.0, "important": 2.0, "optional": 1.0, "pitfall": 3.0}
MAX_CRITERIA = 20


def _words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}


def expected_figures(item: str, facts: dict[str, dict[str, str]],
                     errors: list[dict[str, Any]]) -> list[str]:
    """The figures a requirement that names its source stands for, as that file holds them;
    the figures written in the requirement itself otherwise."""
    found = source_of(item)
    if not found:
        return figures_in(item)
    topic, name = found
    known = facts.get(name) or {}
    values = [known[k] for k in fact_keys(topic) if known.get(k)]
    if not values:
        # The topic's words in the planted error's location ('row Planned budget ...') tie it
        # to this requirement: its correct value is what the file holds.
        values = [e["correct_value"] for e in errors
                  if posixpath.basename(e["source_of_truth"]) == name
                  and _words(topic) & _words(e["location"]) - {"sheet", "secti", "figur", "line"}]
    return [f for value in values[:2] for f in (figures_in(value) or [value])]


def _criteria_for(deliverable: dict[str, Any], errors: list[dict[str, Any]],
                  events: list[dict[str, Any]], author: str,
                  facts: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    # (tag, text, expects, forbids, planted error id, event id)
    found: list[tuple[str, str, list[str], list[str], str | None, str | None]] = [
        ("essential", f"A {deliverable['format']} file exists at {deliverable['path']} and opens",
         [], [], None, None),
    ]
    for n, item in enumerate(deliverable.get("must_contain") or []):
        found.append(("essential" if n < 2 else "important", f"Contains {item}",
                      expected_figures(item, facts, errors), [], None, None))
    inputs = set(deliverable.get("inputs") or [])
    for error in errors:
        if error["source_of_truth"] in inputs:
            wrong = figures_in(error["wrong_value"]) or [error["wrong_value"]]
            found.append(("pitfall", f"Uses the correct figure {error['correct_value']}, not "
                          f"{error['wrong_value']} from {error['collaborator_id']}'s {error['file']}",
                          figures_in(error["correct_value"]), wrong, error["id"], None))
    for event in events:
        if event["kind"] == "requirement_change" and deliverable["id"] in event.get("affects", []):
            # Tied to its event: the grader counts it only in a month where the request came.
            text = (f"Contains {event['requirement']}" if event.get("requirement")
                    else f"Answers the request of {event['date']}: {event['subject']}")
            found.append(("important", text, [], [], None, event["id"]))
    found += [
        ("optional", f"Names its author ({author}) and its date", [author.split()[-1]], [], None, None),
        ("optional", "Has no placeholder text", [], ["lorem ipsum", "TBD", "[insert"], None, None),
        ("important", "Is structured so a reader finds the conclusion first", [], [], None, None),
    ]
    return [{"text": text, "tag": tag, "expects": expects, "forbids": forbids, "planted_error_id": error,
             "event_id": event_id}
            for tag, text, expects, forbids, error, event_id in found[:MAX_CRITERIA]]


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
    facts = {posixpath.basename(f["path"]): dict(f.get("facts") or {}) for f in inputs.get("files") or []}
    criteria: list[dict[str, Any]] = []
    for objective in inputs.get("objectives") or []:
        for deliverable in objective.get("deliverables") or []:
            criteria += _weighted(deliverable["id"],
                                  _criteria_for(deliverable, errors, events, author, facts))
    return {"criteria": criteria}
