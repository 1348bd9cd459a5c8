"""Messaging tools: write to collaborators, read what they sent.

Sent messages live in the simulation state (``outbox``), keyed by the tool call's id, so a tool
call repeated on resume sends nothing twice. Collaborators answer at the end of the day.
"""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool, InjectedToolCallId, tool
from langgraph.prebuilt import ToolRuntime
from langgraph.types import Command

from synthcomp.runs.context import simulation_context
from synthcomp.tools.facts import facts

MAX_BODY_CHARS = 6000



def _people(runtime: ToolRuntime) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in simulation_context(runtime).plan()["collaborators"]}


def _answer(call_id: str, text: str, **update: Any) -> Command[Any]:
    return Command(update={"messages": [ToolMessage(text, tool_call_id=call_id)], **update})


@facts(minutes=6)
@tool
def send_message(
    to: str, subject: str, body: str, tool_call_id: Annotated[str, InjectedToolCallId],
    runtime: ToolRuntime, attachments: list[str] | None = None,
) -> Command[Any]:
    """Send an email to a collaborator.

    to: the collaborator's id (see list_contacts), e.g. "marc-humbert".
    subject: a short subject line.
    body: the message text.
    attachments: drive paths of files to attach (optional).
    Replies arrive in your inbox later (read_inbox); people answer at their own pace.
    """
    people = _people(runtime)
    if to not in people:
        known = ", ".join(sorted(people))
        return _answer(tool_call_id, f"Error: there is no collaborator {to!r}. Known ids: {known}.")
    if not body.strip():
        return _answer(tool_call_id, "Error: the message body is empty.")
    computer = simulation_context(runtime).computer()
    for path in attachments or []:
        try:
            if not computer.resolve(path).is_file():
                return _answer(tool_call_id, f"Error: attachment {path!r} does not exist.")
        except Exception as exc:  # SandboxError and friends: the model gets the reason
            return _answer(tool_call_id, f"Error: attachment {path!r}: {exc}")
    message = {"id": tool_call_id, "to": to, "subject": subject[:200], "body": body[:MAX_BODY_CHARS],
               "attachments": list(attachments or []), "sent_at": runtime.state["clock"],
               "answered": False}
    return _answer(tool_call_id, f"Sent to {people[to]['name']}: {subject!r}.", outbox=[message])


@facts(minutes=1)
@tool
def list_contacts(runtime: ToolRuntime) -> str:
    """List the people you work with: id, name, role, organisation, what they know."""
    lines = [f"{c['id']}: {c['name']}, {c['title']} ({c['role']}) at {c['organisation']}; "
             f"knows {', '.join(c['knows'])}" for c in simulation_context(runtime).plan()["collaborators"]]
    return "\n".join(lines)


@facts(minutes=3)
@tool
def read_inbox(
    tool_call_id: Annotated[str, InjectedToolCallId], runtime: ToolRuntime,
    only_unread: bool = True,
) -> Command[Any]:
    """Read your inbox: messages collaborators sent you, newest last.

    only_unread: show only messages you have not read yet (default true).
    Attachments were saved to your Downloads folder; their paths are listed.
    """
    inbox = list(runtime.state.get("inbox") or [])
    shown = [m for m in inbox if not (only_unread and m.get("read"))]
    if not shown:
        return _answer(tool_call_id, "No unread messages." if only_unread else "The inbox is empty.")
    shown = shown[:20]  # oldest first; the rest stay unread for the next call
    lines = []
    for m in shown:
        files = f"\nAttachments: {', '.join(m['attachments'])}" if m.get("attachments") else ""
        lines.append(f"[{m['id']}] {m['date']} from {m['from']}: {m['subject']}\n{m['body']}{files}")
    read = [{**m, "read": True} for m in shown]
    return _answer(tool_call_id, "\n\n".join(lines), inbox=read)


READ_TOOLS: list[BaseTool] = [list_contacts, read_inbox]
WRITE_TOOLS: list[BaseTool] = [send_message]
