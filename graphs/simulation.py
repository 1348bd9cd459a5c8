"""The month: a user agent and its collaborators work through the plan, day by day.

overnight (collaborators answer and act on the coming day's events: Send fan-out) -> start_day
(a recap replaces yesterday's transcript) -> plan_week (Mondays) -> plan_day -> work (the user
agent, until its day's budget is spent) -> end_of_day (a log line; the next day) -> overnight ...
until the month's period is over or the run's turn budget is spent.

Every part is swappable: pass your own user agent or collaborator graph (compiled or not, or a
plain node function) and the rest works unchanged.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from langchain_core.messages import HumanMessage, RemoveMessage, SystemMessage, ToolMessage
from langchain_core.utils.function_calling import convert_to_openai_tool
from langgraph.graph import END, START, StateGraph
from langgraph.graph.message import REMOVE_ALL_MESSAGES
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send

from synthcomp.delivery import due_now, morning_of
from synthcomp.errors import SynthcompError
from synthcomp.graphs.collaborator import build_collaborator
from synthcomp.graphs.sim_state import SimState
from synthcomp.graphs.user_agent import build_user_agent, day_budget, day_over, day_turns
from synthcomp.models.budget import message_tokens, schema_tokens
from synthcomp.plan_changes import due_of
from synthcomp.prompts import render, render_text
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.trajectory import trajectory
from synthcomp.tools import agent_toolset
from synthcomp.tools.facts import changes_drive, minutes_of
from synthcomp.tools.journal import journal_paths
from synthcomp.workdays import delay_text

Part = StateGraph | CompiledStateGraph | Any  # a graph, a compiled graph, or a node function


def _days(context: SimulationContext) -> list[str]:
    return list(context.plan()["working_days"])[: context.days]


def overnight(state: SimState) -> dict[str, Any]:
    """A meeting point before collaborators act; the routing is in ``dispatch_collaborators``."""
    return {}


def dispatch_collaborators(state: SimState, runtime: Runtime[SimulationContext]) -> list[Send] | str:
    """Before a day starts: a collaborator's turn for each one with something due by the
    morning (answers, the day's events, meeting notes, follow-ups)."""
    context = runtime.context
    days = _days(context)
    day = state.get("day", 0)
    if day >= len(days) or state.get("status") == "finished":
        return END
    due = due_now(context, state, morning_of(days[day]), morning=True)
    return [Send("collaborator", payload) for payload in due] or "start_day"


def midday(state: SimState) -> dict[str, Any]:
    """A meeting point during the day, when colleagues' answers are due; at most once a turn."""
    return {"met_at": state.get("turn", 0), "midday_round": True}


def dispatch_midday(state: SimState, runtime: Runtime[SimulationContext]) -> list[Send] | str:
    """A collaborator's turn for each one whose answer (or meeting notes) is due by now."""
    due = due_now(runtime.context, state, state["clock"], morning=False)
    return [Send("collaborator", payload) for payload in due] or "work"


def after_work(state: SimState, runtime: Runtime[SimulationContext]) -> str:
    """Back to work once colleagues have acted, if the user agent stopped for them; else the
    day is over."""
    context = runtime.context
    if not day_over(context, state) and state.get("met_at") != state.get("turn", 0) \
            and due_now(context, state, state["clock"], morning=False):
        return "midday"
    return "end_of_day"


def after_collaborators(state: SimState) -> str:
    """Overnight rounds lead to the next morning; a round during the day back to work, with the
    new mail announced. (State only: ``update_state(..., as_node="collaborator")`` runs it too.)"""
    return "announce_mail" if state.get("midday_round") else "start_day"


def announce_mail(state: SimState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """Tell the user what mail came in during the day (a mail client's notification), once."""
    names = {c["id"]: c["name"] for c in runtime.context.plan()["collaborators"]}
    handled = set(state.get("handled") or [])
    today = str(state["clock"])[:10]
    new = [m for m in state.get("inbox") or [] if not m.get("read") and str(m["date"])[:10] == today
           and f"mail:{m['id']}" not in handled]
    if not new:
        return {"midday_round": False}
    lines = [f"- {str(m['date'])[11:16]} {names.get(m['from'], m['from'])}: {m['subject']}" for m in new]
    text = "New mail:\n" + "\n".join(lines) + "\n(read_inbox to read it)"
    turn = state.get("turn", 0)
    trajectory(runtime.context.run_dir).record(f"{turn:06d}.9~mail", {
        "type": "mail_notice", "turn": turn, "day": state.get("day", 0), "text": text})
    return {"messages": [HumanMessage(text)], "handled": [f"mail:{m['id']}" for m in new],
            "midday_round": False}


RECENT_REQUESTS = 12  # inbox subjects the offline worker's inputs carry
LOG_EXCERPT_CHARS = 4000  # the latest activity-log entries a morning shows
WEEK_PLAN_CHARS = 6000


def _drive_text(context: SimulationContext, relative: str) -> str:
    """A journal file of the run's drive, or '' if absent or unreadable."""
    try:
        path = context.computer().resolve(relative)
        return path.read_text("utf-8", errors="replace") if path.is_file() else ""
    except (SynthcompError, OSError):
        return ""


def _bounded(text: str, limit: int, *, tail: bool = False) -> str:
    """``text`` cut to ``limit`` characters at whole lines (its end with ``tail``)."""
    if limit <= 0:  # text[-0:] would be the whole text
        return ""
    if len(text) <= limit:
        return text.strip()
    cut = text[-limit:] if tail else text[:limit]
    # Whole lines only: from the first line break of the tail, to the last of the head.
    return (cut[cut.find("\n") + 1:] if tail else cut[:cut.rfind("\n")]).strip()


MORNING_SHARE = 0.6  # of a request's budget the morning may take, leaving room for the day


def _morning_room(context: SimulationContext, state: SimState, system: str) -> int:
    """Estimated tokens the session start may hold: a share of the user model's budget, less
    the system prompt and the default tools' schemas (sent with every request)."""
    share = int(day_budget(context, state).limit * MORNING_SHARE)
    return share - _default_schemas() - message_tokens(SystemMessage(system))


@cache
def _default_schemas() -> int:
    return schema_tokens([convert_to_openai_tool(t) for t in agent_toolset()])


def _costs() -> str:
    """What the default tools cost, cheapest first ('read_file 1, ..., write_document 60')."""
    tools = sorted(agent_toolset(), key=lambda t: (minutes_of(t), t.name))
    return ", ".join(f"{t.name} {minutes_of(t)}" for t in tools)


def _prose(template: str, inputs: dict[str, Any], /, **variables: Any) -> str:
    """A prompt without its ``<inputs>`` block, for a model that reads prose."""
    return render_text(template, **variables)


def system_prompt(context: SimulationContext) -> str:
    """Who the user is, how the month works, their colleagues and what tools cost in time."""
    manifest, plan = context.manifest(), context.plan()
    profile = manifest["user_profile"]
    log_path, _ = journal_paths(manifest, plan["working_days"][0])
    return render_text(
        "user_system", name=profile["name"], role=profile["role"], employer=profile["employer"],
        city=profile.get("city") or "", planning_folder=log_path.rsplit("/", 1)[0],
        collaborators=[{**c, "delay": delay_text(float(c.get("typical_delay_hours") or 24))}
                       for c in plan["collaborators"]],
        costs=_costs(), skill=(context.skill or {}).get("text", ""))


def _changes_text(plan: dict[str, Any], names: dict[str, str]) -> list[str]:
    """What colleagues changed in the month so far, as the morning tells it."""
    titles = {d["id"]: d["title"] for o in plan["objectives"] for d in o["deliverables"]}
    lines = []
    for change in plan.get("changes") or []:
        who, what = names.get(change["by"], change["by"]), titles.get(change["deliverable_id"], "")
        lines.append(f"{change['date']}, {who}: {change['deliverable_id']} {what} is now due {change['due']} "
                     f"(was {change['was']})" if change["kind"] == "due" else
                     f"{change['date']}, {who}: {change['deliverable_id']} {what} must now also cover "
                     f"{change['requirement']}")
    return lines


def start_day(state: SimState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """Replace yesterday's transcript with the morning: the week plan, the activity log, what
    changed since yesterday, the deliverables and what they need."""
    context = runtime.context
    days = _days(context)
    day = state.get("day", 0)
    today = days[day]
    plan = context.plan_with(state.get("changes") or [])
    manifest = context.manifest()
    done = set(state.get("done") or [])
    deliverables = []
    for objective in plan["objectives"]:
        for d in objective["deliverables"]:
            due = due_of(plan, d["id"])
            deliverables.append({**{k: d[k] for k in ("id", "title", "path", "format", "must_contain",
                                                      "inputs", "depends_on")},
                                 "due": due, "done": d["id"] in done,
                                 "exists": context.computer().resolve(d["path"]).exists()})
    milestones = [{"id": m["id"], "due": m["due"], "deliverable_id": m["deliverable_id"],
                   "title": m["title"], "done": m["id"] in done}
                  for o in plan["objectives"] for m in o["milestones"]]
    unread = [m for m in state.get("inbox") or [] if not m.get("read")]
    names = {c["id"]: c["name"] for c in plan["collaborators"]}
    weekday = date.fromisoformat(today).strftime("%A")
    planning = _plans_week(day, today)
    log_path, week_plan_path = journal_paths(manifest, today)
    yesterday = state.get("yesterday") or {}
    inputs = {"role": "user_agent", "day": day, "date": today, "days": len(days),
              "user": manifest["user_profile"]["name"], "weekday": weekday, "home": context.home(),
              "deliverables": deliverables, "milestones": milestones, "unread": len(unread),
              "collaborators": [{k: c[k] for k in ("id", "name", "role")} for c in plan["collaborators"]],
              "yesterday": (state.get("log") or ["(first day)"])[-1],
              # The latest subjects only: the block must not grow with the month's inbox.
              "requests": [m["subject"] for m in (state.get("inbox") or [])[-RECENT_REQUESTS:]],
              "planning": planning, "week_plan_path": week_plan_path, "log_path": log_path}
    system = system_prompt(context)
    write = render if context.reads_inputs_block else _prose
    room = _morning_room(context, state, system)
    plan_chars, log_chars, brief = WEEK_PLAN_CHARS, LOG_EXCERPT_CHARS, False
    week_plan, log = _drive_text(context, week_plan_path), _drive_text(context, log_path)
    while True:
        recap = write("day_recap", inputs, today=today, weekday=weekday, day=day + 1, days=len(days),
                      month_end=days[-1], planning=planning,
                      week_plan=_bounded(week_plan, plan_chars),
                      week_plan_path=week_plan_path, log_path=log_path,
                      log_excerpt=_bounded(log, log_chars, tail=True),
                      yesterday_summary=yesterday.get("summary", ""),
                      files_changed=yesterday.get("files", []),
                      sent=[{**m, "to": names.get(m["to"], m["to"])} for m in yesterday.get("sent", [])],
                      unread=len(unread),
                      new_mail=[{"sender": names.get(m.get("from", ""), m.get("from", "")),
                                 "subject": m["subject"]} for m in unread[:10]],
                      deliverables=deliverables, milestones=milestones, brief=brief,
                      changes=_changes_text(plan, names))
        if message_tokens(HumanMessage(recap)) <= room or brief:
            break
        if plan_chars + log_chars == 0:
            # Still too long: one line per deliverable (view_calendar shows the rest).
            brief = True
            continue
        # A small window: less of the week plan and the log (both are on the drive to read).
        plan_chars, log_chars = (n // 2 if n >= 400 else 0 for n in (plan_chars, log_chars))
    turn = state.get("turn", 0)
    # Keyed before the day's first turn (turn + 1), after last night's messages (turn .9).
    trajectory(context.run_dir).record(f"{turn + 1:06d}.0.day{day:02d}", {
        "type": "day_start", "turn": turn, "day": day, "date": today, "system": system,
        "recap": recap})
    return {"messages": [RemoveMessage(id=REMOVE_ALL_MESSAGES), SystemMessage(system),
                         HumanMessage(recap)],
            "clock": f"{today}T09:00", "status": "running", "day_summary": "", "elided": 0,
            "dropped": 0}


def plan_week(state: SimState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """The first day and Mondays: a planning session, in which the agent writes its week plan."""
    days = _days(runtime.context)
    today = days[state.get("day", 0)]
    week = [d for d in days if date.fromisoformat(d).isocalendar()[1]
            == date.fromisoformat(today).isocalendar()[1]]
    due = [f"- {m['due']} {m['id']} {m['title']}" for o in runtime.context.plan()["objectives"]
           for m in o["milestones"] if week[0] <= m["due"] <= week[-1]]
    _, plan_path = journal_paths(runtime.context.manifest(), today)
    text = (f"Weekly planning: the week of {week[0]} to {week[-1]}. Milestones due this week:\n"
            + ("\n".join(due) if due else "- none") +
            f"\n\nWrite your plan for the week with write_week_plan (it is kept in {plan_path}), "
            "then start on today's work.")
    turn = state.get("turn", 0)
    trajectory(runtime.context.run_dir).record(f"{turn + 1:06d}.0.week", {
        "type": "week_plan", "turn": turn, "day": state.get("day", 0), "text": text})
    # One user message, not two in a row (some chat templates refuse that): the session
    # start, with the planning session's task after it.
    morning = state["messages"][-1]
    return {"messages": [HumanMessage(f"{morning.content}\n\n{text}", id=morning.id)]}


def after_start(state: SimState, runtime: Runtime[SimulationContext]) -> str:
    """Plan the week on Mondays (and on the first day), then the day."""
    day = state.get("day", 0)
    return "plan_week" if _plans_week(day, _days(runtime.context)[day]) else "plan_day"


def _plans_week(day: int, today: str) -> bool:
    """Whether ``today`` opens with a weekly planning session: the first day, and Mondays."""
    return day == 0 or date.fromisoformat(today).weekday() == 0


def plan_day(state: SimState) -> dict[str, Any]:
    """Nothing to add to the morning by default; a hook for custom day planning."""
    return {}


def _written_today(state: SimState) -> list[str]:
    """The drive files today's calls changed (their path, or an export's destination)."""
    writes = {t.name for t in agent_toolset() if changes_drive(t)}
    messages = state.get("messages") or []
    failed = {m.tool_call_id for m in messages if isinstance(m, ToolMessage) and m.status == "error"}
    calls = [c for m in messages for c in getattr(m, "tool_calls", []) or []]
    return sorted({str(c["args"].get("destination") or c["args"].get("path") or "") for c in calls
                   if c["name"] in writes and c.get("id") not in failed} - {""})


def end_of_day(state: SimState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """Log the day, keep what it changed for the next morning, then move on, or finish."""
    context = runtime.context
    day = state.get("day", 0)
    today = _days(context)[day]
    written = _written_today(state)
    sent = [{"to": m["to"], "subject": m["subject"]} for m in state.get("outbox") or []
            if str(m.get("sent_at", ""))[:10] == today]
    summary = state.get("day_summary") or ""
    line = (f"{today}: {day_turns(state)} turns, {len(written)} file{'' if len(written) == 1 else 's'} "
            f"written{' (' + ', '.join(w.rsplit('/', 1)[-1] for w in written) + ')' if written else ''}, "
            f"{len(sent)} message{'' if len(sent) == 1 else 's'} sent."
            + (f" {summary}" if summary else ""))
    # The month ends when its period does (as in the paper), not when everything is marked
    # done: the files are graded at the end, and a colleague may still ask for changes.
    finished = day + 1 >= len(_days(context)) or state.get("turn", 0) >= context.max_turns
    trajectory(context.run_dir).record(f"{state.get('turn', 0):06d}.8.day{day:02d}", {
        "type": "day_end", "turn": state.get("turn", 0), "day": day, "log": line})
    return {"log": [line], "day": day + 1, "status": "finished" if finished else "running",
            "midday_round": False,
            "yesterday": {"files": written, "sent": sent, "summary": summary}}


@cache
def _our_parts() -> tuple[CompiledStateGraph[Any, Any, Any, Any], CompiledStateGraph[Any, Any, Any, Any]]:
    """Our user agent and collaborator, compiled once a process and shared by every run's
    graph: they hold nothing of a run (it comes in through the context, and the checkpointer is
    the month graph's), and building them (the tools' schemas, a ToolNode, two compiles) was a
    sixth of a run's start-up CPU (bench/bench_turn_cpu.py runs 64 at once)."""
    return build_user_agent().compile(), build_collaborator().compile()


def build_simulation(
    *, user_agent: Part | None = None, collaborator: Part | None = None
) -> StateGraph[SimState, SimulationContext, SimState, SimState]:
    """The month's graph, uncompiled. ``user_agent`` and ``collaborator`` replace ours: each may
    be a StateGraph, a compiled graph or a node function over the same state keys."""
    agent = user_agent if user_agent is not None else _our_parts()[0]
    colleague = collaborator if collaborator is not None else _our_parts()[1]
    graph = StateGraph(SimState, context_schema=SimulationContext)
    graph.add_node("overnight", overnight)
    graph.add_node("collaborator", colleague.compile() if isinstance(colleague, StateGraph) else colleague)
    graph.add_node("midday", midday)
    graph.add_node("announce_mail", announce_mail)
    graph.add_node("start_day", start_day)
    graph.add_node("plan_week", plan_week)
    graph.add_node("plan_day", plan_day)
    graph.add_node("work", agent.compile() if isinstance(agent, StateGraph) else agent)
    graph.add_node("end_of_day", end_of_day)
    graph.add_edge(START, "overnight")
    graph.add_conditional_edges("overnight", dispatch_collaborators, ["collaborator", "start_day", END])
    graph.add_conditional_edges("collaborator", after_collaborators, ["start_day", "announce_mail"])
    graph.add_edge("announce_mail", "work")
    graph.add_conditional_edges("midday", dispatch_midday, ["collaborator", "work"])
    graph.add_conditional_edges("start_day", after_start, ["plan_week", "plan_day"])
    graph.add_edge("plan_week", "plan_day")
    graph.add_edge("plan_day", "work")
    graph.add_conditional_edges("work", after_work, ["midday", "end_of_day"])
    graph.add_edge("end_of_day", "overnight")
    return graph
