"""Time tools: the simulated clock, the month's calendar, marking work done."""

from __future__ import annotations

import posixpath
from typing import Annotated, Any

from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool, InjectedToolCallId, tool
from langgraph.prebuilt import ToolRuntime
from langgraph.types import Command

from synthcomp import office
from synthcomp.errors import SynthcompError
from synthcomp.graphs.sim_state import REOPEN
from synthcomp.runs.context import simulation_context
from synthcomp.tools.drive import Drive
from synthcomp.tools.facts import facts


@facts(minutes=0)
@tool(parse_docstring=True)
def current_time(runtime: ToolRuntime) -> str:
    """What day and time it is now (simulated)."""
    clock = str(runtime.state["clock"])
    return f"It is {clock[:10]} {clock[11:16]}."


@facts(minutes=1)
@tool(parse_docstring=True)
def view_calendar(runtime: ToolRuntime) -> str:
    """Your calendar: the deliverables (their file, what each must cover and builds on) and
    milestones with due dates and status, and meetings."""
    plan = simulation_context(runtime).plan_with(runtime.state.get("changes") or [])
    done = set(runtime.state.get("done") or [])
    today = str(runtime.state["clock"])[:10]
    lines = []
    for objective in plan["objectives"]:
        for deliverable in objective["deliverables"]:
            mark = "done" if deliverable["id"] in done else "open"
            lines.append(f"{deliverable['id']} [{mark}] {deliverable['title']} -> {deliverable['path']}")
            if mark == "open":  # what is still to do; the file names (find_files finds them)
                lines.append(f"  must cover: {'; '.join(deliverable['must_contain'])}")
                if deliverable.get("inputs"):
                    names = (posixpath.basename(path) for path in deliverable["inputs"])
                    lines.append(f"  builds on: {', '.join(names)}")
        for milestone in objective["milestones"]:
            mark = "done" if milestone["id"] in done else ("LATE" if milestone["due"] < today else "open")
            moved = f" (moved by {milestone['moved_by']})" if milestone.get("moved_by") else ""
            lines.append(f"  {milestone['due']} {milestone['id']} [{mark}] {milestone['title']}{moved}")
    meetings = [e for e in plan["events"] if e["kind"] == "meeting_invite"]
    lines += [f"meeting {e['date']} {e.get('time') or '14:00'}: {e['subject']} ({e['collaborator_id']})"
              for e in meetings]
    return "\n".join(lines)


def _answer(text: str, tool_call_id: str, **update: Any) -> Command[Any]:
    status = "error" if text.startswith("Error") else "success"
    return Command(update={"messages": [ToolMessage(text, tool_call_id=tool_call_id, status=status)],
                           **update})


def _not_ready(item_id: str, plan: dict[str, Any], runtime: ToolRuntime) -> str | None:
    """Why ``item_id`` cannot be marked done yet (its deliverable's file is missing or does not
    open), or None."""
    deliverables = {d["id"]: d for o in plan["objectives"] for d in o["deliverables"]}
    milestone = next((m for o in plan["objectives"] for m in o["milestones"] if m["id"] == item_id),
                     None)
    deliverable = deliverables[milestone["deliverable_id"] if milestone else item_id]
    drive = Drive(runtime)
    try:
        path = drive.path(deliverable["path"])
        if not path.is_file():
            return (f"Error: {item_id} is not done: {deliverable['path']} does not exist yet. "
                    f"Write {deliverable['title']} there first.")
        if not office.read_text(path, limit=200).strip():
            return f"Error: {item_id} is not done: {deliverable['path']} holds no text yet."
    except (SynthcompError, OSError, ValueError) as exc:
        return f"Error: {item_id} is not done: {deliverable['path']} does not open ({exc})."
    return None


@facts(minutes=1)
@tool(parse_docstring=True)
def mark_done(item_id: str, tool_call_id: Annotated[str, InjectedToolCallId],
              runtime: ToolRuntime) -> Command[Any]:
    """Mark a milestone or a deliverable as done, once its file is written.

    Refused while the deliverable's file is missing or does not open. The month goes on after
    everything is marked: the grader reads the files at the month's end, so keep improving them.

    Args:
        item_id: its id as view_calendar lists it, e.g. "M1.2" (a milestone) or "D1a" (a deliverable).
    """
    plan = simulation_context(runtime).plan_with(runtime.state.get("changes") or [])
    ids = {d["id"] for o in plan["objectives"] for d in o["deliverables"]}
    ids |= {m["id"] for o in plan["objectives"] for m in o["milestones"]}
    if item_id not in ids:
        return _answer(f"Error: no milestone or deliverable {item_id!r}; see view_calendar.",
                       tool_call_id)
    refused = _not_ready(item_id, plan, runtime)
    if refused:
        return _answer(refused, tool_call_id)
    return _answer(f"Marked {item_id} done.", tool_call_id, done=[item_id])


@facts(minutes=1)
@tool(parse_docstring=True)
def reopen(item_id: str, tool_call_id: Annotated[str, InjectedToolCallId],
           runtime: ToolRuntime) -> Command[Any]:
    """Reopen a milestone or deliverable you marked done, to revise it (mark it done again after).

    Args:
        item_id: its id as view_calendar lists it, e.g. "D1a".
    """
    if item_id not in (runtime.state.get("done") or []):
        return _answer(f"Error: {item_id!r} is not marked done; see view_calendar.", tool_call_id)
    return _answer(f"Reopened {item_id}.", tool_call_id, done=[REOPEN + item_id])


READ_TOOLS: list[BaseTool] = [current_time, view_calendar]
WRITE_TOOLS: list[BaseTool] = [mark_done, reopen]
