"""One collaborator's turn: answer what reached them, act on their scheduled events.

Input (a Send payload): the collaborator, the user's unanswered messages to them, and their
events for the coming day. Output: messages for the user's inbox (attachments copied into the
user's Downloads) and the ids of the messages now answered. A collaborator may stay silent for
a day, as their responsiveness says; the message then waits for the next evening.
"""

from __future__ import annotations

import shutil
from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from typing_extensions import TypedDict

from synthcomp.ids import chance
from synthcomp.prompts import render, render_text
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.trajectory import trajectory
from synthcomp.schemas import CollaboratorReply


class CollaboratorInput(TypedDict):
    """What reaches a collaborator in one evening."""

    collaborator: dict[str, Any]
    incoming: list[dict[str, Any]]
    events: list[dict[str, Any]]
    date: str
    turn: int


class CollaboratorOutput(TypedDict, total=False):
    """What a collaborator's turn changes in the simulation."""

    inbox: list[dict[str, Any]]
    outbox: list[dict[str, Any]]


class CollaboratorState(CollaboratorInput, CollaboratorOutput):
    """Input and output together."""


def _answers_today(seed: int, collaborator: dict[str, Any], message_id: str, date: str) -> bool:
    """Deterministic stand-in for 'do they get to it today': their responsiveness as odds."""
    return chance(seed, collaborator["id"], message_id, date) < float(collaborator.get("responsiveness", 0.5))


def respond(state: CollaboratorState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """Ask the collaborator's model what they do about each message and event."""
    context = runtime.context
    who = state["collaborator"]
    computer = context.computer()
    home = context.home()
    inbox: list[dict[str, Any]] = []
    answered: list[dict[str, Any]] = []
    user = context.user_name()
    files = [f["path"] for f in who.get("private_files", [])]
    items = [("message", m) for m in state["incoming"]] + [("event", e) for e in state["events"]]
    for kind, item in items:
        if kind == "message" and not _answers_today(context.seed, who, item["id"], state["date"]):
            continue
        inputs = {"role": "collaborator", "collaborator": who, "kind": kind, "item": item,
                  "date": state["date"], "user": user}
        prompt = render("collaborator", inputs, name=who["name"], title=who["title"],
                        organisation=who["organisation"], persona=who["persona"],
                        style=who["communication_style"], knows=", ".join(who["knows"]),
                        files=", ".join(files) or "none", user=user,
                        incoming=item if kind == "message" else None,
                        event=item if kind == "event" else None)
        reply = context.collaborators().ask(CollaboratorReply, render_text("collaborator_system"), prompt)
        if kind == "message":
            answered.append({"id": item["id"], "answered": True})
        if not reply.reply:
            continue
        attachments = []
        for name in reply.attach:
            if name not in files:
                continue
            source = computer.collaborators / who["id"] / name
            relative = f"{home}/Downloads/{name}"
            target = computer.resolve(relative)
            if target.exists() and (not target.is_file() or target.read_bytes() != source.read_bytes()):
                # Never overwrite the user's own download: save it as a browser would, renamed.
                stem, dot, ext = name.rpartition(".")
                relative = f"{home}/Downloads/{stem or name} ({who['id']}){dot}{ext if stem else ''}"
                target = computer.resolve(relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)  # whole-file copy: repeating it changes nothing
            attachments.append(relative)
        message_id = f"{who['id']}:{item['id']}"
        message = {"id": message_id, "from": who["id"], "subject": reply.subject, "body": reply.body,
                   "attachments": attachments, "date": f"{state['date']}T08:30", "read": False}
        inbox.append(message)
        trajectory(context.run_dir).record(f"{state['turn']:06d}.9.{message_id}", {
            "type": "collaborator_message", "turn": state["turn"], **message})
    return {"inbox": inbox, "outbox": answered}


def build_collaborator() -> StateGraph[CollaboratorState, SimulationContext, CollaboratorInput,
                                      CollaboratorOutput]:
    """One collaborator's evening, uncompiled."""
    graph = StateGraph(CollaboratorState, context_schema=SimulationContext,
                       input_schema=CollaboratorInput, output_schema=CollaboratorOutput)
    graph.add_node("respond", respond)
    graph.add_edge(START, "respond")
    graph.add_edge("respond", END)
    return graph
