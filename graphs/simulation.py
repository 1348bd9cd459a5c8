"""The month: a user agent and its collaborators work through the plan, day by day.

overnight (collaborators answer and act on the coming day's events: Send fan-out) -> start_day
(a recap replaces yesterday's transcript) -> plan_week (Mondays) -> plan_day -> work (the user
agent, until its day's budget is spent) -> end_of_day (a log line; the next day) -> overnight ...
until every deliverable is marked done, the month is over, or the run's turn budget is spent.

Every part is swappable: pass your own user agent or collaborator graph (compiled or not, or a
plain node function) and the rest works unchanged.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from langchain_core.messages import HumanMessage, RemoveMessage, SystemMessage
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import REMOVE_ALL_MESSAGES
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send

from synthcomp.graphs.collaborator import CollaboratorInput, build_collaborator
from synthcomp.graphs.sim_state import SimState
from synthcomp.graphs.user_agent import build_user_agent, day_turns
from synthcomp.prompts import render, render_text
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.trajectory import trajectory

Part = StateGraph | CompiledStateGraph | Any  # a graph, a compiled graph, or a node function


def _days(context: SimulationContext) -> list[str]:
    return list(context.plan()["working_days"])[: context.days]


def overnight(state: SimState) -> dict[str, Any]:
    """A meeting point before collaborators act; the routing is in ``dispatch_collaborators``."""
    return {}


def dispatch_collaborators(state: SimState, runtime: Runtime[SimulationContext]) -> list[Send] | str:
    """A collaborator's turn for each one with unanswered messages or events on the coming day."""
    context = runtime.context
    days = _days(context)
    day = state.get("day", 0)
    if day >= len(days) or state.get("status") == "finished":
        return END
    upcoming = days[day]
    plan = context.plan()
    sends = []
    for collaborator in plan["collaborators"]:
        incoming = [m for m in state.get("outbox") or []
                    if m["to"] == collaborator["id"] and not m.get("answered")]
        events = [e for e in plan["events"]
                  if e["collaborator_id"] == collaborator["id"] and e["date"] == upcoming]
        if incoming or events:
            sends.append(Send("collaborator", CollaboratorInput(
                collaborator=collaborator, incoming=incoming, events=events, date=upcoming,
                turn=state.get("turn", 0))))
    return sends or "start_day"


def start_day(state: SimState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """Replace yesterday's transcript with a recap of the month so far."""
    context = runtime.context
    days = _days(context)
    day = state.get("day", 0)
    today = days[day]
    plan = context.plan()
    manifest = context.manifest()
    done = set(state.get("done") or [])
    deliverables = []
    for objective in plan["objectives"]:
        for d in objective["deliverables"]:
            due = max((m["due"] for m in objective["milestones"] if m["deliverable_id"] == d["id"]),
                      default=plan["month_end"])
            deliverables.append({**{k: d[k] for k in ("id", "title", "path", "format", "must_contain",
                                                      "inputs", "depends_on")},
                                 "due": due, "done": d["id"] in done,
                                 "exists": context.computer().resolve(d["path"]).exists()})
    milestones = [{"id": m["id"], "due": m["due"], "deliverable_id": m["deliverable_id"],
                   "title": m["title"], "done": m["id"] in done}
                  for o in plan["objectives"] for m in o["milestones"]]
    unread = [m for m in state.get("inbox") or [] if not m.get("read")]
    inputs = {"role": "user_agent", "day": day, "date": today, "days": len(days),
              "user": manifest["user_profile"]["name"],
              "weekday": date.fromisoformat(today).strftime("%A"), "home": context.home(),
              "deliverables": deliverables, "milestones": milestones, "unread": len(unread),
              "collaborators": [{k: c[k] for k in ("id", "name", "role")} for c in plan["collaborators"]],
              "yesterday": (state.get("log") or ["(first day)"])[-1],
              "requests": [m["subject"] for m in state.get("inbox") or []]}
    system = render_text("user_system", name=manifest["user_profile"]["name"],
                         role=manifest["user_profile"]["role"],
                         employer=manifest["user_profile"]["employer"])
    recap = render("day_recap", inputs, today=today, weekday=inputs["weekday"], day=day + 1,
                   days=len(days), yesterday=inputs["yesterday"], unread=len(unread),
                   deliverables=deliverables, milestones=milestones)
    turn = state.get("turn", 0)
    # Keyed before the day's first turn (turn + 1), after last night's messages (turn .9).
    trajectory(context.run_dir).record(f"{turn + 1:06d}.0.day{day:02d}", {
        "type": "day_start", "turn": turn, "day": day, "date": today, "system": system,
        "recap": recap})
    return {"messages": [RemoveMessage(id=REMOVE_ALL_MESSAGES), SystemMessage(system),
                         HumanMessage(recap)],
            "clock": f"{today}T09:00", "status": "running"}


def plan_week(state: SimState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """On Mondays: what is due this week."""
    days = _days(runtime.context)
    today = days[state.get("day", 0)]
    week = [d for d in days if date.fromisoformat(d).isocalendar()[1]
            == date.fromisoformat(today).isocalendar()[1]]
    due = [f"{m['due']} {m['id']} {m['title']}" for o in runtime.context.plan()["objectives"]
           for m in o["milestones"] if week[0] <= m["due"] <= week[-1]]
    text = "This week's milestones:\n" + ("\n".join(due) if due else "none")
    turn = state.get("turn", 0)
    trajectory(runtime.context.run_dir).record(f"{turn + 1:06d}.0.week", {
        "type": "week_plan", "turn": turn, "day": state.get("day", 0), "text": text})
    return {"messages": [HumanMessage(text)]}


def after_start(state: SimState, runtime: Runtime[SimulationContext]) -> str:
    """Plan the week on Mondays (and on the first day), then the day."""
    today = _days(runtime.context)[state.get("day", 0)]
    return "plan_week" if state.get("day", 0) == 0 or date.fromisoformat(today).weekday() == 0 \
        else "plan_day"


def plan_day(state: SimState) -> dict[str, Any]:
    """Nothing to add to the recap by default; a hook for custom day planning."""
    return {}


def end_of_day(state: SimState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """Log the day, then move to the next one, or finish."""
    context = runtime.context
    day = state.get("day", 0)
    calls = [c for m in state.get("messages") or [] for c in getattr(m, "tool_calls", []) or []]
    # The file a writing tool writes: its path, or the destination of an export.
    writes = sorted({str(c["args"].get("path") or c["args"].get("destination") or "") for c in calls
                     if c["name"].startswith(("write_", "append_", "update_", "export_"))} - {""})
    sent = sum(1 for c in calls if c["name"] == "send_message")
    line = (f"{_days(context)[day]}: {day_turns(state)} turns, {len(writes)} files written"
            f"{' (' + ', '.join(w.rsplit('/', 1)[-1] for w in writes) + ')' if writes else ''}, "
            f"{sent} messages sent.")
    all_ids = {d["id"] for o in context.plan()["objectives"] for d in o["deliverables"]}
    finished = (all_ids <= set(state.get("done") or []) or day + 1 >= len(_days(context))
                or state.get("turn", 0) >= context.max_turns)
    trajectory(context.run_dir).record(f"{state.get('turn', 0):06d}.8.day{day:02d}", {
        "type": "day_end", "turn": state.get("turn", 0), "day": day, "log": line})
    return {"log": [line], "day": day + 1, "status": "finished" if finished else "running"}


def build_simulation(
    *, user_agent: Part | None = None, collaborator: Part | None = None
) -> StateGraph[SimState, SimulationContext, SimState, SimState]:
    """The month's graph, uncompiled. ``user_agent`` and ``collaborator`` replace ours: each may
    be a StateGraph, a compiled graph or a node function over the same state keys."""
    agent = user_agent if user_agent is not None else build_user_agent()
    colleague = collaborator if collaborator is not None else build_collaborator()
    graph = StateGraph(SimState, context_schema=SimulationContext)
    graph.add_node("overnight", overnight)
    graph.add_node("collaborator", colleague.compile() if isinstance(colleague, StateGraph) else colleague)
    graph.add_node("start_day", start_day)
    graph.add_node("plan_week", plan_week)
    graph.add_node("plan_day", plan_day)
    graph.add_node("work", agent.compile() if isinstance(agent, StateGraph) else agent)
    graph.add_node("end_of_day", end_of_day)
    graph.add_edge(START, "overnight")
    graph.add_conditional_edges("overnight", dispatch_collaborators, ["collaborator", "start_day", END])
    graph.add_edge("collaborator", "start_day")
    graph.add_conditional_edges("start_day", after_start, ["plan_week", "plan_day"])
    graph.add_edge("plan_week", "plan_day")
    graph.add_edge("plan_day", "work")
    graph.add_edge("work", "end_of_day")
    graph.add_edge("end_of_day", "overnight")
    return graph
