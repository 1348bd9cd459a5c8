"""Time tools: the simulated clock, the month's calendar, marking work done."""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool, InjectedToolCallId, tool
from langgraph.prebuilt import ToolRuntime
from langgraph.types import Command

from synthcomp.runs.context import simulation_context
from synthcomp.tools.facts import facts


@facts(minutes=0)
@tool
def current_time(runtime: ToolRuntime) -> str:
    """What day and time it is now (simulated)."""
    clock = str(runtime.state["clock"])
    return f"It is {clock[:10]} {clock[11:16]}."


@facts(minutes=1)
@tool
def view_calendar(runtime: ToolRuntime) -> str:
    """Your calendar: milestones and deliverables with due dates and status, and meetings."""
    plan = simulation_context(runtime).plan()
    done = set(runtime.state.get("done") or [])
    today = str(runtime.state["clock"])[:10]
    lines = []
    for objective in plan["objectives"]:
        for deliverable in objective["deliverables"]:
            mark = "done" if deliverable["id"] in done else "open"
            lines.append(f"{deliverable['id']} [{mark}] {deliverable['title']} -> {deliverable['path']}")
        for milestone in objective["milestones"]:
            mark = "done" if milestone["id"] in done else ("LATE" if milestone["due"] < today else "open")
            lines.append(f"  {milestone['due']} {milestone['id']} [{mark}] {milestone['title']}")
    meetings = [e for e in plan["events"] if e["kind"] == "meeting_invite"]
    lines += [f"meeting {e['date']}: {e['subject']} ({e['collaborator_id']})" for e in meetings]
    return "\n".join(lines)


@facts(minutes=1)
@tool
def mark_done(item_id: str, tool_call_id: Annotated[str, InjectedToolCallId],
              runtime: ToolRuntime) -> Command[Any]:
    """Mark a milestone or a deliverable as done.

    item_id: its id as view_calendar lists it, e.g. "M1.2" (a milestone) or "D1a" (a deliverable).
    The grader checks the files later; marking does not make work done.
    """
    plan = simulation_context(runtime).plan()
    ids = {d["id"] for o in plan["objectives"] for d in o["deliverables"]}
    ids |= {m["id"] for o in plan["objectives"] for m in o["milestones"]}
    if item_id not in ids:
        text = f"Error: no milestone or deliverable {item_id!r}; see view_calendar."
        return Command(update={"messages": [ToolMessage(text, tool_call_id=tool_call_id)]})
    return Command(update={"messages": [ToolMessage(f"Marked {item_id} done.", tool_call_id=tool_call_id)],
                           "done": [item_id]})


READ_TOOLS: list[BaseTool] = [current_time, view_calendar]
WRITE_TOOLS: list[BaseTool] = [mark_done]
