"""When the user's colleagues act, in simulated time: a message is answered when its sender's
delay has passed (during working hours: a colleague who answers within hours does so the same
afternoon; what falls in the evening arrives the next morning), scheduled events come in the
morning of their day, a meeting's notes come an hour after it starts, and a manager follows up
the morning after a milestone passed with nothing sent.

A message a colleague does not get to (their responsiveness) waits for a reminder (any later
message to them) or, at the latest, PATIENCE_HOURS more; the waiting is decided and logged by
the collaborator graph, this module only says what is due.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from synthcomp import collaborator_view as view
from synthcomp.graphs.collaborator import CollaboratorInput
from synthcomp.graphs.sim_state import SimState
from synthcomp.runs.context import SimulationContext
from synthcomp.workdays import MORNING_MAIL, arrival

PATIENCE_HOURS = 72  # a message left waiting is answered after this much more time at the latest
MEETING_MINUTES = 60


def _after(stamp: str, minutes: int) -> str:
    return (datetime.fromisoformat(stamp) + timedelta(minutes=minutes)).isoformat(timespec="minutes")


def _sent_anything(state: SimState, deliverable: dict[str, Any]) -> bool:
    """Whether the user has sent the deliverable, or written about it, to anyone."""
    return any(deliverable["path"] in (m.get("attachments") or [])
               or deliverable["title"].casefold() in str(m.get("subject", "")).casefold()
               for m in state.get("outbox") or [])


def _follow_up(plan: dict[str, Any], state: SimState, manager: dict[str, Any],
               today: str) -> list[dict[str, Any]]:
    """The earliest milestone past its date, not done, with nothing sent about its deliverable,
    that the manager has not followed up yet (one a morning, not a flood)."""
    done = set(state.get("done") or [])
    handled = set(state.get("handled") or [])
    deliverables = {d["id"]: d for o in plan["objectives"] for d in o["deliverables"]}
    for milestone in sorted((m for o in plan["objectives"] for m in o["milestones"]),
                            key=lambda m: (m["due"], m["id"])):
        item_id = f"follow:{milestone['id']}"
        deliverable = deliverables[milestone["deliverable_id"]]
        if milestone["due"] < today and milestone["id"] not in done and deliverable["id"] not in done \
                and f"{manager['id']}:{item_id}" not in handled and not _sent_anything(state, deliverable):
            return [{"id": item_id, "item_kind": "follow_up", "due": milestone["due"],
                     "subject": f"{milestone['title']} ({deliverable['title']})", "body": ""}]
    return []


def due_now(context: SimulationContext, state: SimState, now: str, *,
            morning: bool) -> list[CollaboratorInput]:
    """One input per collaborator with something due at ``now`` ('YYYY-MM-DDTHH:MM'): the user's
    messages whose answer is due, and their own items. ``morning``: the overnight round before
    the day of ``now`` starts, which also brings that day's scheduled events and follow-ups."""
    plan = context.plan_with(state.get("changes") or [])
    days = list(plan["working_days"])[: context.days]
    today = now[:10]
    outbox = list(state.get("outbox") or [])
    handled = set(state.get("handled") or [])
    user = context.user_name()
    due: list[CollaboratorInput] = []
    for who in plan["collaborators"]:
        delay = float(who.get("typical_delay_hours") or 24)
        pending = [m for m in outbox if m["to"] == who["id"] and not m.get("answered")
                   and str(m["sent_at"]) <= now]
        arrivals = {m["id"]: arrival(m["sent_at"], delay, days) for m in pending}
        fresh = [m for m in pending if not m.get("waiting") and (arrivals[m["id"]] or "~") <= now]
        # A message left waiting is answered after PATIENCE_HOURS more, counted from when it
        # was left (so a colleague who declines again waits again, never every turn).
        out_of_patience = any(
            (arrival(str(m.get("waiting_since") or m["sent_at"]), delay + PATIENCE_HOURS, days) or "~")
            <= now for m in pending if m.get("waiting"))
        # Once they sit down at their mail, they see every message of the user's not answered
        # yet (a later one is a reminder of an earlier one), not only the ones due.
        incoming = sorted(pending, key=lambda m: str(m["sent_at"])) if fresh or out_of_patience else []
        items = [{**e, "item_kind": "meeting_notes", "id": f"{e['id']}:notes"}
                 for e in plan["events"] if e["collaborator_id"] == who["id"]
                 and e["kind"] == "meeting_invite" and e["date"] in days
                 and _after(f"{e['date']}T{e.get('time') or '14:00'}", MEETING_MINUTES) <= now
                 and f"{who['id']}:{e['id']}:notes" not in handled]
        if morning:
            items = [e for e in plan["events"] if e["collaborator_id"] == who["id"]
                     and e["date"] == today] + items
            if who["role"] == "manager":
                items += _follow_up(plan, state, who, today)
        if not incoming and not items:
            continue
        # Answers carry the moment the last of them came due; a morning round with items of
        # their own, the morning.
        at = max(str(arrivals[m["id"]]) for m in fresh) if fresh and not (morning and items) else now
        due.append(CollaboratorInput(
            collaborator=who, incoming=incoming, events=items,
            # The thread is what was said and answered: unanswered messages come as incoming.
            thread=view.thread(who["id"], [m for m in outbox if m.get("answered")],
                               list(state.get("inbox") or []), user),
            changes=list(state.get("changes") or []), date=at[:10], at=at[11:16],
            turn=state.get("turn", 0)))
    return due


def morning_of(day: str) -> str:
    """The moment of the overnight round before ``day``: the morning mail."""
    return f"{day}T{MORNING_MAIL}"
