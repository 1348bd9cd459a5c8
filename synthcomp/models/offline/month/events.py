"""Offline answer for EventsDraft: what collaborators start on their own during the month."""

from __future__ import annotations

import random
from typing import Any

from synthcomp.models.offline.chat import register


def _first(collaborators: list[dict[str, Any]], *roles: str) -> dict[str, Any]:
    return next((c for c in collaborators if c.get("role") in roles), collaborators[0])


@register("EventsDraft")
def events(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """Status requests, a meeting, a changed requirement, a moved deadline, new information."""
    rng = random.Random(seed)
    days = list(inputs["working_days"])
    people = list(inputs.get("collaborators") or [])
    deliverables = [d for o in inputs.get("objectives") or [] for d in o.get("deliverables", [])]
    reports = [d for d in deliverables if d.get("format") == "docx"] or deliverables
    sheets = [d for d in deliverables if d.get("format") == "xlsx"] or deliverables
    decks = [d for d in deliverables if d.get("format") == "pptx"] or deliverables
    manager = _first(people, "manager")
    outside = _first(people, "vendor", "client")
    stakeholder = _first(people, "stakeholder", "peer")
    controller = _first(people, "compliance")
    report, sheet, deck = reports[0], sheets[0], decks[0]
    topic = rng.choice(("delivery risks", "lessons from the last contract", "user feedback"))
    result = [
        ("meeting_invite", manager, days[1], "Weekly one-to-one",
         "Can we keep 30 minutes on Wednesdays this month to go through the projects?", []),
        ("status_request", manager, days[4], "Where are we?",
         "Before the weekend: a two-line status per project, please.", []),
        ("new_information", outside, days[6], "Revised quotation",
         "Please find our revised quotation attached; it reflects what we agreed on the call.",
         [sheet["id"]]),
        ("requirement_change", stakeholder, days[8], f"Please add {topic} to {report['title']}",
         f"The committee asked for a short section on {topic} in {report['title']}.", [report["id"]]),
        ("new_information", controller, days[10], "Approval thresholds",
         "Reminder: commitments above the threshold need my sign-off before they go out.",
         [sheet["id"]]),
        ("new_deadline", manager, days[12], f"{deck['title']}: needed earlier",
         f"The review moved: I need {deck['title']} two days earlier than planned.", [deck["id"]]),
        ("status_request", manager, days[15], "Status for the review",
         "What is still open before the month-end review?", []),
    ]
    drafted = [{"id": f"EV{i + 1}", "date": day, "collaborator_id": who["id"], "kind": kind,
                "subject": subject, "body": body, "affects": affects}
               for i, (kind, who, day, subject, body, affects) in enumerate(result)]
    for event in drafted:
        if event["kind"] == "requirement_change":
            event["requirement"] = f"a short section on {topic}"
        if event["kind"] == "new_deadline":
            event["new_due"] = _earlier(days, _due(inputs, deck["id"]), event["date"], by=2)
    return {"events": drafted}


def _due(inputs: dict[str, Any], deliverable_id: str) -> str:
    return max((m["due"] for o in inputs.get("objectives") or [] for m in o.get("milestones", [])
                if m["deliverable_id"] == deliverable_id), default=inputs["working_days"][-1])


def _earlier(days: list[str], due: str, after: str, *, by: int) -> str:
    """The working day ``by`` days before ``due``, but after ``after`` (the day it is said)."""
    at = days.index(due) if due in days else len(days) - 1
    return days[max(at - by, min(days.index(after) + 1, at))]
