"""One collaborator's turn: answer the user's messages that have reached them, act on their
events (and say what they change in the month), send meeting notes, follow up on work due.

Input (a Send payload): the collaborator, the user's messages whose answer is due now, the items
they start on their own (a scheduled event, meeting notes, a follow-up), their thread with the
user, the plan's changes so far, and when the answers go out. Each call sees their own files'
text, the thread, the text of what the user attached, the deliverables they follow, and the
source of a figure the user questions (synthcomp.collaborator_view). Output: messages for the
user's inbox (attachments copied into the user's Downloads), the user's messages now answered or
left waiting, the plan changes their events make, and the items dealt with. Every call (what it
was given, what it answered) and every decision not to answer goes to the trajectory.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from typing import Any

from langchain_core.messages import HumanMessage, SystemMessage
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from typing_extensions import TypedDict

from synthcomp import collaborator_view as view
from synthcomp.computer import Computer
from synthcomp.errors import SandboxError
from synthcomp.ids import chance
from synthcomp.models.budget import message_tokens
from synthcomp.office.determinism import mtime_of
from synthcomp.plan_changes import change_of
from synthcomp.prompts import render, render_text
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.trajectory import trajectory
from synthcomp.schemas import CollaboratorReply
from synthcomp.workdays import MORNING_MAIL, delay_text


class CollaboratorInput(TypedDict, total=False):
    """What reaches a collaborator at one moment of the month."""

    collaborator: dict[str, Any]
    incoming: list[dict[str, Any]]  # the user's messages due now, oldest first
    events: list[dict[str, Any]]  # their own items: events, meeting notes, follow-ups
    thread: list[dict[str, Any]]  # their messages with the user so far (collaborator_view.thread)
    changes: list[dict[str, Any]]  # the plan's changes so far
    date: str
    at: str  # HH:MM the answers carry (the morning mail time when delivered overnight)
    turn: int
    answer_now: bool  # answer without the responsiveness draw (a message typed in Studio)


class CollaboratorOutput(TypedDict, total=False):
    """What a collaborator's turn changes in the simulation."""

    inbox: list[dict[str, Any]]
    outbox: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    handled: list[str]


class CollaboratorState(CollaboratorInput, CollaboratorOutput):
    """Input and output together."""


def answers_now(seed: int, collaborator: dict[str, Any], message_id: str) -> bool:
    """Whether they answer this message when it reaches them, without a reminder: their
    responsiveness as odds (a stable draw per message)."""
    return chance(seed, collaborator["id"], message_id) < float(collaborator.get("responsiveness", 0.5))


def _attach(computer: Computer, home: str, who: dict[str, Any], names: list[str],
            stamp: str) -> tuple[list[str], list[str]]:
    """Copy the named private files into the user's Downloads, dated when the mail came
    (``stamp``, simulated time, as every file of the drive): (paths as the user sees them, names
    that are not among the collaborator's files and were not sent)."""
    files = [f["path"] for f in who.get("private_files", [])]
    sent, missing = [], []
    for name in names:
        try:
            # Theirs only: a link, a pipe or a hard-linked host file there is not sent.
            source = computer.private_file(who["id"], name) if name in files else None
        except SandboxError:
            source = None
        if source is None:
            missing.append(name)
            continue
        relative = f"{home}/Downloads/{name}"
        target = computer.resolve(relative)
        if target.exists() and (not target.is_file() or target.read_bytes() != source.read_bytes()):
            # Never overwrite the user's own download: save it as a browser would, renamed.
            stem, dot, ext = name.rpartition(".")
            relative = f"{home}/Downloads/{stem or name} ({who['id']}){dot}{ext if stem else ''}"
            target = computer.resolve(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)  # whole-file copy: repeating it changes nothing
        moment = mtime_of(datetime.fromisoformat(stamp))
        os.utime(target, (moment, moment))
        sent.append(relative)
    return sent, missing


def _prompt(context: SimulationContext, state: CollaboratorState, plan: dict[str, Any], kind: str,
            item: dict[str, Any], reminded: bool) -> str:
    """The request for one item (for a message: every message of the user's not answered yet,
    the latest being ``item``): the prose a real model reads, and for the offline model the same
    facts as an ``<inputs>`` block."""
    who = state["collaborator"]
    computer = context.computer()
    user = context.user_name()
    unanswered = list(state.get("incoming") or []) if kind == "message" else []
    names = [p for m in unanswered for p in m.get("attachments") or []]
    # What the request is about: the messages (the latest is ``item``), or the item itself.
    about = " ".join([*(f"{m.get('subject', '')} {m.get('body', '')}" for m in unanswered or [item]),
                      *names])
    attachments = view.attachments(computer, names)
    files = view.private_files(computer, who, about)
    follows = view.deliverables(plan, who, about)
    questioned = view.questioned(computer, plan, who, " ".join(m["body"] for m in unanswered))
    variables = {"name": who["name"], "title": who["title"], "organisation": who["organisation"],
                 "persona": who["persona"], "style": who["communication_style"],
                 "knows": ", ".join(who["knows"]), "user": user, "date": state["date"],
                 "time": state.get("at") or MORNING_MAIL,
                 "delay": delay_text(float(who.get("typical_delay_hours") or 24)),
                 "files": files, "deliverables": follows, "thread": state.get("thread") or [],
                 "kind": kind, "item": item, "unanswered": unanswered, "attachments": attachments,
                 "reminded": reminded, "questioned": questioned}
    if not context.collaborators().reads_inputs_block:
        return render_text("collaborator", **variables)
    inputs = {"role": "collaborator", "collaborator": who, "user": user, **{
        k: variables[k] for k in ("date", "time", "files", "deliverables", "thread", "kind", "item",
                                  "unanswered", "attachments", "reminded", "questioned")}}
    return render("collaborator", inputs, **variables)


def respond(state: CollaboratorState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """Ask the collaborator's model what they do about the messages and items that reached them."""
    context = runtime.context
    who = state["collaborator"]
    journal = trajectory(context.run_dir)
    plan = context.plan_with(list(state.get("changes") or []))
    turn, stamp = state.get("turn", 0), f"{state['date']}T{state.get('at') or MORNING_MAIL}"
    out: CollaboratorOutput = {"inbox": [], "outbox": [], "changes": [], "handled": []}
    incoming = list(state.get("incoming") or [])
    items: list[tuple[str, dict[str, Any], bool]] = []
    if incoming:
        latest = incoming[-1]
        # A message left waiting comes back only with a reminder (a later message) or when
        # their patience is out: then they answer.
        reminded = any(m.get("waiting") for m in incoming)
        if reminded or state.get("answer_now") or answers_now(context.seed, who, latest["id"]):
            items.append(("message", latest, reminded))
        else:
            _wait(out, journal, f"{turn:06d}.9.{who['id']}:{latest['id']}", who, incoming, turn, stamp,
                  f"{who['name']} does not get to it yet (answers about "
                  f"{float(who.get('responsiveness', 0.5)):.0%} of messages without a reminder)")
    items += [(str(e.get("item_kind") or "event"), e, False) for e in state.get("events") or []]
    system = render_text("collaborator_system")
    for kind, item, reminded in items:
        key = f"{turn:06d}.9.{who['id']}:{item['id']}"
        if kind == "event":
            # The event's own change stands from now on: its message tells it as it is.
            made = change_of(item, plan)
            for change in made:
                out["changes"].append(change)
                journal.record(f"{key}.change.{change['deliverable_id']}", {
                    "type": "plan_change", "turn": turn, "at": stamp, "change": change})
            if made:
                plan = context.plan_with([*(state.get("changes") or []), *out["changes"]])
        if kind != "message":
            out["handled"].append(f"{who['id']}:{item['id']}")
        prompt = _prompt(context, state, plan, kind, item, reminded)
        reply = context.collaborators().ask(CollaboratorReply, system, prompt)
        attachments, missing = _attach(context.computer(), context.home(), who, reply.attach, stamp) \
            if reply.reply else ([], [])
        journal.record(key, {
            "type": "collaborator_call", "turn": turn, "collaborator": who["id"], "at": stamp,
            "item": {"kind": kind, "id": item["id"]}, "system": system, "prompt": prompt,
            "prompt_tokens": message_tokens_of(system, prompt), "answer": reply.model_dump(),
            **({"not_attached": missing} if missing else {})})
        if kind == "message" and not reply.reply:
            _wait(out, journal, f"{key}.wait", who, incoming, turn, stamp,
                  f"{who['name']} chose not to answer yet")
            continue
        if kind == "message":
            out["outbox"] += [{"id": m["id"], "answered": True} for m in incoming]
        if not reply.reply:
            continue
        body = reply.body
        if missing:
            # What a mail client does with a file that is not there: it is not sent.
            body += f"\n\n[Not attached: {', '.join(missing)} (no such file)]"
        message = {"id": f"{who['id']}:{item['id']}", "from": who["id"], "subject": reply.subject,
                   "body": body, "attachments": attachments, "date": stamp, "read": False}
        out["inbox"].append(message)
        journal.record(f"{key}.sent", {"type": "collaborator_message", "turn": turn, **message})
    return {k: v for k, v in out.items() if v}


def _wait(out: CollaboratorOutput, journal: Any, key: str, who: dict[str, Any],
          incoming: list[dict[str, Any]], turn: int, stamp: str, why: str) -> None:
    """Leave the user's messages waiting (until a reminder, or their patience is out), and log
    why."""
    out["outbox"] += [{"id": m["id"], "waiting": True, "waiting_since": stamp} for m in incoming]
    journal.record(key, {"type": "collaborator_waits", "turn": turn, "collaborator": who["id"],
                         "at": stamp, "messages": [m["id"] for m in incoming],
                         "reason": f"{why}; a later message, or a few days, brings an answer"})


def message_tokens_of(system: str, prompt: str) -> int:
    """Estimated tokens of a collaborator request (its system prompt and prompt)."""
    return message_tokens(SystemMessage(system)) + message_tokens(HumanMessage(prompt))


def build_collaborator() -> StateGraph[CollaboratorState, SimulationContext, CollaboratorInput,
                                      CollaboratorOutput]:
    """One collaborator's turn, uncompiled."""
    graph = StateGraph(CollaboratorState, context_schema=SimulationContext,
                       input_schema=CollaboratorInput, output_schema=CollaboratorOutput)
    graph.add_node("respond", respond)
    graph.add_edge(START, "respond")
    graph.add_edge("respond", END)
    return graph
