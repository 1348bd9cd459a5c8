"""Offline answer for TeamDraft: the colleagues already named in the files, a counterpart
contact, their private files, and figures planted wrong in some of them."""

from __future__ import annotations

import hashlib
import random
import re
from typing import Any

from synthcomp.models.offline.chat import register
from synthcomp.models.offline.month.common import colleagues, project_files, wrong_figure
from synthcomp.text import ascii_fold

_STYLES = (
    ("Short emails, numbers first; expects a status before being asked.", 0.75, 6.0),
    ("Friendly and chatty; answers fast but forgets attachments.", 0.9, 2.0),
    ("Formal; replies in full sentences after a day or two.", 0.5, 30.0),
    ("Busy; often answers only the second reminder.", 0.35, 48.0),
    ("Precise and cautious; asks for sources before confirming anything.", 0.6, 20.0),
)


def _slug(name: str) -> str:
    """An id from a name: 'marie-dubois'; a name in another script (王伟) gets a stable
    'p-' id from its digest, since ids are ASCII."""
    slug = re.sub(r"[^a-z0-9_-]", "", "-".join(ascii_fold(name).lower().split()))[:40].strip("-_")
    return slug if len(slug) >= 2 else "p-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]


def _person(name: str, role: str, title: str, organisation: str, persona: str, knows: list[str],
            files: list[dict[str, str]], rng: random.Random) -> dict[str, Any]:
    style, responsiveness, delay = rng.choice(_STYLES)
    return {"id": _slug(name), "name": name, "role": role, "title": title,
            "organisation": organisation, "persona": persona, "communication_style": style,
            "responsiveness": responsiveness, "typical_delay_hours": delay, "knows": knows,
            "private_files": files}


@register("TeamDraft")
def team(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """Manager, peer, controller, counterpart contact (and more with more projects)."""
    rng = random.Random(seed)
    ctx = colleagues(inputs, seed)
    profile = inputs.get("profile") or {}
    employer, user = str(profile.get("employer", "")), str(profile.get("name", "the user"))
    projects = project_files(inputs)
    first = projects[0] if projects else None
    second = projects[1] if len(projects) > 1 else first
    people = ctx.people
    senior = [t for t, level in ctx.domain.roles if level in ("executive", "lead")] or ["Head of department"]
    month = str(inputs.get("month_start", ""))[:7]

    manager_name, peer_name, controller_name = people[0][0], people[1][0], people[2][0]
    manager = _person(
        manager_name, "manager", senior[0], employer,
        f"{manager_name}, {senior[0]} at {employer}, {user}'s line manager.",
        ["the month's priorities and deadlines", "what the steering committee expects"],
        [{"path": "Priorities.docx", "kind": "docx", "title": f"Priorities {month}",
          "description": "The manager's own notes on priorities, envelopes and deadlines."}], rng)
    peer = _person(
        peer_name, "peer", people[1][1], employer,
        f"{peer_name}, {people[1][1]} at {employer}, who keeps the team's working figures.",
        ["the latest consumption and cost figures", "who changed what in the shared files"],
        [{"path": "Figures extract.xlsx", "kind": "xlsx", "title": "Figures extract",
          "description": "An extract of project figures the peer maintains."}], rng)
    controller = _person(
        controller_name, "compliance", "Finance controller", employer,
        f"{controller_name}, finance controller at {employer}, who signs off spending.",
        ["approval thresholds", "which cost centre pays for what"],
        [{"path": "Approval rules.md", "kind": "md", "title": "Approval rules",
          "description": "Spending approval thresholds and the documents each needs."}], rng)
    collaborators = [manager, peer, controller]
    errors: list[dict[str, Any]] = []

    if first and first.budget and first.budget["facts"].get("total_budget"):
        truth = first.budget["facts"]["total_budget"]
        errors.append({"id": "E1", "collaborator_id": peer["id"], "file": "Figures extract.xlsx",
                       "location": f"sheet 'Figures', row 'Planned budget {first.code}'",
                       "wrong_value": wrong_figure(truth, rng), "correct_value": truth,
                       "source_of_truth": first.budget["path"],
                       "description": "Two digits swapped when the total was copied by hand."})
    if second and second.budget and second.budget["facts"].get("envelope"):
        truth = second.budget["facts"]["envelope"]
        errors.append({"id": "E2", "collaborator_id": manager["id"], "file": "Priorities.docx",
                       "location": f"section 'Envelopes', the line on {second.code}",
                       "wrong_value": wrong_figure(truth, rng), "correct_value": truth,
                       "source_of_truth": second.budget["path"],
                       "description": "The manager quotes the envelope from memory, wrongly."})

    kind = (ctx.domain.counterpart_kinds or ("supplier",))[0]
    for index, pf in enumerate(projects[:2]):
        contact_ctx = ctx.__class__({"profile": profile, "node": {"project": pf.code}}, seed)
        name, title = contact_ctx.contacts[index]
        if _slug(name) in {c["id"] for c in collaborators}:
            continue  # two projects with the same counterpart share their contacts
        org = str(pf.project.get("counterpart", "Partner"))
        role = "vendor" if kind in ("supplier", "vendor", "contractor") else "client"
        files = []
        if index == 0 and pf.quote and pf.quote["facts"].get("quote_total"):
            files = [{"path": "Revised quotation.pdf", "kind": "pdf", "title": "Revised quotation",
                      "description": f"{org}'s revised offer after the last negotiation round."}]
            truth = pf.quote["facts"]["quote_total"]
            errors.append({"id": "E3", "collaborator_id": _slug(name), "file": "Revised quotation.pdf",
                           "location": "the 'Total' line of the price table",
                           "wrong_value": wrong_figure(truth, rng), "correct_value": truth,
                           "source_of_truth": pf.quote["path"],
                           "description": "The total does not add up: the lines are unchanged."})
        collaborators.append(_person(
            name, role, title, org, f"{name}, {title} at {org}, {user}'s contact there.",
            [f"{org}'s prices and delivery dates", "what their company can still concede"], files, rng))
    if len(people) > 3 and _slug(people[3][0]) not in {c["id"] for c in collaborators}:
        name, title = people[3]
        collaborators.append(_person(
            name, "stakeholder", title, employer,
            f"{name}, {title} at {employer}, who uses what the projects deliver.",
            ["what the users on the ground need", "past problems with suppliers"], [], rng))
    return {"collaborators": collaborators, "planted_errors": errors}
