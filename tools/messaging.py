"""Messaging tools: write to collaborators, read what they sent.

Sent messages live in the simulation state (``outbox``), keyed by the tool call's id, so a tool
call repeated on resume sends nothing twice. Collaborators answer at the end of the day.
"""

from __future__ import annotations

import re
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
@tool(parse_docstring=True)
def send_message(
    to: str, subject: str, body: str, tool_call_id: Annotated[str, InjectedToolCallId],
    runtime: ToolRuntime, attachments: list[str] | None = None,
) -> Command[Any]:
    """Send an email to a collaborator. Replies arrive in your inbox later (read_inbox); people
    answer at their own pace.

    Args:
        to: the collaborator's id (see list_contacts), e.g. "marc-humbert".
        subject: a short subject line.
        body: the message text.
        attachments: drive paths of files to attach (optional).
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
@tool(parse_docstring=True)
def list_contacts(runtime: ToolRuntime) -> str:
    """List the people you work with: id, name, role, organisation, what they know."""
    lines = [f"{c['id']}: {c['name']}, {c['title']} ({c['role']}) at {c['organisation']}; "
             f"knows {', '.join(c['knows'])}" for c in simulation_context(runtime).plan()["collaborators"]]
    return "\n".join(lines)


INBOX_PAGE = 20  # messages per read_inbox answer


@facts(minutes=3)
@tool(parse_docstring=True)
def read_inbox(
    tool_call_id: Annotated[str, InjectedToolCallId], runtime: ToolRuntime,
    only_unread: bool = True, sender: str | None = None, search: str | None = None, page: int = 1,
) -> Command[Any]:
    """Read your inbox: messages collaborators sent you, oldest first, 20 a page. Attachments were
    saved to your Downloads folder; their paths are listed.

    Args:
        only_unread: show only messages you have not read yet (default true); false shows all.
        sender: only messages from this collaborator id, e.g. "marc-humbert" (see list_contacts).
        search: only messages whose subject or text holds all these words, whole (case does not
            matter), e.g. "invoice march".
        page: which page of 20 to show (1 is the oldest) when reading all messages; unread ones
            are marked read as they are shown, so the next call shows the next unread.
    """
    inbox = list(runtime.state.get("inbox") or [])
    words = (search or "").lower().split()
    shown = [m for m in inbox if not (only_unread and m.get("read"))
             and (not sender or m.get("from") == sender)
             and all(re.search(rf"\b{re.escape(w)}\b", f"{m['subject']} {m['body']}".lower())
                     for w in words)]
    if not shown:
        if sender or words:
            return _answer(tool_call_id, "No message matches" + (f" from {sender!r}" if sender else "")
                           + (f" with {search!r}" if words else "") + ".")
        return _answer(tool_call_id, "No unread messages." if only_unread else "The inbox is empty.")
    pages = (len(shown) + INBOX_PAGE - 1) // INBOX_PAGE
    if not 1 <= page <= pages:
        return _answer(tool_call_id, f"Error: page {page} does not exist; there "
                                     f"{'is 1 page' if pages == 1 else f'are {pages} pages'}.")
    matching = len(shown)
    shown = shown[(page - 1) * INBOX_PAGE:page * INBOX_PAGE]
    lines = []
    for m in shown:
        files = f"\nAttachments: {', '.join(m['attachments'])}" if m.get("attachments") else ""
        lines.append(f"[{m['id']}] {m['date']} from {m['from']}: {m['subject']}\n{m['body']}{files}")
    if only_unread and matching > len(shown) + (page - 1) * INBOX_PAGE:
        # What was shown is read now: the rest are the first page of the next call.
        left = matching - len(shown) - (page - 1) * INBOX_PAGE
        lines.append(f"({left} more unread: call read_inbox again to see them)")
    elif not only_unread and pages > 1:
        lines.append(f"(page {page} of {pages}: call read_inbox with page={page + 1} for more)"
                     if page < pages else f"(page {page} of {pages})")
    read = [{**m, "read": True} for m in shown]
    return _answer(tool_call_id, "\n\n".join(lines), inbox=read)


READ_TOOLS: list[BaseTool] = [list_contacts, read_inbox]
WRITE_TOOLS: list[BaseTool] = [send_message]
