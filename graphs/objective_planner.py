"""The objective planner: a computer -> a month of work (meta/plan.json) and the collaborators'
private files (meta/collaborators/<id>/).

load -> objectives -> team -> write_private (Send, one per private file) -> events -> rubric ->
finalize. Every model answer is checked against the computer (cited files exist, deliverables are
new paths inside the drive, dates are working days in order, planted errors are findable) and
re-asked with the problems named, a bounded number of times. Private files are written to a
scratch folder that replaces meta/collaborators only when the whole plan is valid.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send
from typing_extensions import TypedDict

from synthcomp import office
from synthcomp.atomic import write_json
from synthcomp.checks.inputs import checked_date
from synthcomp.checks.plan import (
    PlanningFrame,
    check_events,
    check_objectives,
    check_rubric,
    check_team,
    validate_plan,
)
from synthcomp.computer import Computer
from synthcomp.errors import ModelError
from synthcomp.models.context import PlannerContext
from synthcomp.plan_install import install
from synthcomp.prompts import render, render_text
from synthcomp.schemas import (
    ComputerManifest,
    EventsDraft,
    FileContent,
    MonthPlan,
    ObjectivesDraft,
    Rubric,
    TeamDraft,
)
from synthcomp.workdays import working_days


class PlannerState(TypedDict, total=False):
    """Plan parts as they are drafted (ids, paths and short texts only)."""

    computer_dir: str
    month_start: str
    objectives: list[dict[str, Any]]
    collaborators: list[dict[str, Any]]
    planted_errors: list[dict[str, Any]]
    events: list[dict[str, Any]]
    rubric: dict[str, Any]
    plan_path: str


class PrivateTask(TypedDict):
    """The input of one ``write_private`` task (a Send payload)."""

    computer_dir: str
    month_start: str
    collaborator: dict[str, Any]
    file: dict[str, Any]
    planted: list[dict[str, Any]]


def _system() -> str:
    return render_text("planner_system")


def _frame(state: PlannerState) -> tuple[ComputerManifest, PlanningFrame, list[str]]:
    computer = Computer(state["computer_dir"])
    manifest = computer.read_manifest()
    start = date.fromisoformat(state["month_start"])
    frame = PlanningFrame.of(computer, [f.path for f in manifest.file_list], start,
                             manifest.filesystem_policy.home)
    return manifest, frame, list(frame.days)


def _raise_problems(problems: list[str]) -> None:
    if problems:
        raise ValueError("; ".join(problems[:8]))


def load(state: PlannerState) -> dict[str, Any]:
    """Check the computer and fix the month's first day (the computer's 'today')."""
    manifest = Computer(state["computer_dir"]).read_manifest()
    start = state.get("month_start") or manifest.today or date.today().isoformat()
    return {"month_start": working_days(checked_date(start, "month_start"), 1)[0].isoformat()}


def _files(manifest: ComputerManifest) -> list[dict[str, Any]]:
    return [{"path": f.path, "kind": f.kind, "genre": f.genre, "title": f.title,
             "project": f.project, "date": f.date, "facts": f.facts} for f in manifest.file_list]


def _made_since(computer: Computer, manifest: ComputerManifest) -> list[str]:
    """Drive files the manifest does not list (made by a run, or by hand), sorted."""
    listed = {f.path for f in manifest.file_list}
    return sorted(path for path in computer.files() if path not in listed)


def objectives(state: PlannerState, runtime: Runtime[PlannerContext]) -> dict[str, Any]:
    """About five objectives grounded in the drive's files."""
    manifest, frame, days = _frame(state)
    profile = manifest.user_profile
    inputs = {"profile": profile.model_dump(), "policy": manifest.filesystem_policy.model_dump(),
              "files": _files(manifest), "month_start": days[0], "working_days": days}
    # A computer planned again after a run holds files the manifest does not list: their paths
    # are taken too. (Only then is the key added, so a first plan's inputs stay as they were.)
    made = _made_since(Computer(state["computer_dir"]), manifest)
    if made:
        inputs["made_since"] = made
    prompt = render("objectives", inputs, name=profile.name, role=profile.role,
                    employer=profile.employer, month_start=days[0], month_end=days[-1],
                    days=", ".join(days), files=inputs["files"], made_since=made)
    draft = runtime.context.ask(ObjectivesDraft, _system(), prompt,
                                check=lambda d: _raise_problems(check_objectives(d, frame)))
    return {"objectives": [o.model_dump() for o in draft.objectives]}


def team(state: PlannerState, runtime: Runtime[PlannerContext]) -> dict[str, Any]:
    """The collaborators, their private files and the planted errors."""
    manifest, frame, days = _frame(state)
    profile = manifest.user_profile
    inputs = {"profile": profile.model_dump(), "objectives": state["objectives"],
              "files": _files(manifest), "month_start": days[0]}
    prompt = render("team", inputs, name=profile.name, role=profile.role,
                    employer=profile.employer, objectives=state["objectives"])
    draft = runtime.context.ask(TeamDraft, _system(), prompt,
                                check=lambda d: _raise_problems(check_team(d, frame)))
    return {"collaborators": [c.model_dump() for c in draft.collaborators],
            "planted_errors": [e.model_dump() for e in draft.planted_errors]}


def dispatch_private(state: PlannerState) -> list[Send] | str:
    """One ``write_private`` per private file; straight to events when there are none."""
    sends = [
        Send("write_private", PrivateTask(
            computer_dir=state["computer_dir"], month_start=state["month_start"],
            collaborator=collaborator, file=file,
            planted=[e for e in state["planted_errors"]
                     if e["collaborator_id"] == collaborator["id"] and e["file"] == file["path"]]))
        for collaborator in state["collaborators"] for file in collaborator["private_files"]
    ]
    return sends or "events"


def write_private(task: PrivateTask, runtime: Runtime[PlannerContext]) -> dict[str, Any]:
    """Write one collaborator's private file, with its planted figures exactly as planned."""
    computer = Computer(task["computer_dir"])
    manifest = computer.read_manifest()
    file, collaborator, planted = task["file"], task["collaborator"], task["planted"]
    facts: dict[str, str] = {}
    for record in manifest.file_list:
        if record.genre in ("budget", "quote") and record.project:
            facts.update({f"{record.project} {k}": v for k, v in record.facts.items()
                          if k in ("total_budget", "envelope", "quote_total")})
    inputs = {"profile": manifest.user_profile.model_dump(), "collaborator": collaborator,
              "file": file, "planted": planted, "facts": facts,
              "node": {"kind": file["kind"], "genre": "private", "title": file["title"],
                       "date": task["month_start"], "project": None}}
    prompt = render("private_file", inputs, collaborator=collaborator, file=file, planted=planted)

    def check(content: FileContent) -> None:
        text = content.model_dump_json()
        missing = [e["wrong_value"] for e in planted if json.dumps(e["wrong_value"])[1:-1] not in text]
        if missing:
            raise ValueError(f"the file must contain {', '.join(map(repr, missing))} exactly")

    content = runtime.context.ask(FileContent, _system(), prompt, check=check)
    target = computer.plan_scratch / collaborator["id"] / file["path"]
    modified = datetime.combine(date.fromisoformat(task["month_start"]), time(8, 0))
    style = office.style_for(str(collaborator.get("organisation", "")), variant=file["path"])
    office.write_content(target, file["kind"], content, modified, author=collaborator["name"],
                         style=style)
    return {}


def events(state: PlannerState, runtime: Runtime[PlannerContext]) -> dict[str, Any]:
    """What collaborators start on their own."""
    _, frame, days = _frame(state)
    deliverables = [d for o in state["objectives"] for d in o["deliverables"]]
    inputs = {"objectives": state["objectives"], "collaborators": state["collaborators"],
              "working_days": days}
    prompt = render("events", inputs, days=", ".join(days), collaborators=state["collaborators"],
                    deliverables=deliverables)
    people = {c["id"] for c in state["collaborators"]}
    ids = {d["id"] for d in deliverables}
    draft = runtime.context.ask(EventsDraft, _system(), prompt,
                                check=lambda d: _raise_problems(check_events(d, frame, people, ids)))
    return {"events": [e.model_dump() for e in draft.events]}


def rubric(state: PlannerState, runtime: Runtime[PlannerContext]) -> dict[str, Any]:
    """The grading criteria."""
    manifest, _, _ = _frame(state)
    deliverables = [d for o in state["objectives"] for d in o["deliverables"]]
    # The drive's files with their facts: a criterion on a figure "as in <file>" expects the
    # figure that file holds.
    inputs = {"profile": manifest.user_profile.model_dump(), "objectives": state["objectives"],
              "planted_errors": state["planted_errors"], "events": state["events"],
              "files": _files(manifest)}
    prompt = render("rubric", inputs, deliverables=deliverables,
                    planted_errors=state["planted_errors"])
    ids = {d["id"] for d in deliverables}
    errors = {e["id"] for e in state["planted_errors"]}
    events = {e["id"] for e in state["events"]}
    answer = runtime.context.ask(Rubric, _system(), prompt,
                                 check=lambda r: _raise_problems(check_rubric(r, ids, errors, events)))
    return {"rubric": answer.model_dump()}


def finalize(state: PlannerState, runtime: Runtime[PlannerContext]) -> dict[str, Any]:
    """Validate the whole plan, put the private files in place, write plan.json, fill the
    manifest's collaboration_context and monthly_objectives."""
    manifest, frame, days = _frame(state)
    computer = Computer(state["computer_dir"])
    deliverable_hours = [d["effort_hours"] for o in state["objectives"] for d in o["deliverables"]]
    plan = MonthPlan.model_validate({
        "computer_id": manifest.computer_id, "seed": runtime.context.seed,
        "model": runtime.context.model_label, "month_start": days[0], "month_end": days[-1],
        "working_days": days, "objectives": state["objectives"],
        "collaborators": state["collaborators"], "planted_errors": state["planted_errors"],
        "events": state["events"], "rubric": state["rubric"],
        "total_effort_hours": round(sum(deliverable_hours), 1),
    })
    scratch = computer.plan_scratch
    scratch.mkdir(parents=True, exist_ok=True)
    problems = validate_plan(plan, frame, str(scratch))
    if problems:
        raise ModelError("the plan is not valid: " + "; ".join(problems[:5]))
    install(computer, scratch, plan.model_dump(mode="json"))
    row = manifest.model_dump(mode="json")
    row["collaboration_context"] = {
        "collaborators": [{k: c[k] for k in ("id", "name", "role", "title", "organisation")}
                          for c in state["collaborators"]],
        "planted_errors": len(plan.planted_errors), "events": len(plan.events),
    }
    row["monthly_objectives"] = [
        {"id": o["id"], "title": o["title"], "description": o["description"],
         "deliverables": [{k: d[k] for k in ("id", "title", "path", "format")} for d in o["deliverables"]],
         "due": max(m["due"] for m in o["milestones"])}
        for o in state["objectives"]
    ]
    write_json(computer.manifest_path, row, sort_keys=True)
    return {"plan_path": str(computer.plan_path)}


def build_objective_planner() -> StateGraph[PlannerState, PlannerContext, PlannerState, PlannerState]:
    """The objective planner graph, uncompiled: the caller picks the checkpointer."""
    graph = StateGraph(PlannerState, context_schema=PlannerContext)
    graph.add_node("load", load)
    graph.add_node("objectives", objectives)
    graph.add_node("team", team)
    graph.add_node("write_private", write_private)  # type: ignore[arg-type]
    graph.add_node("events", events)
    graph.add_node("rubric", rubric)
    graph.add_node("finalize", finalize)
    graph.add_edge(START, "load")
    graph.add_edge("load", "objectives")
    graph.add_edge("objectives", "team")
    graph.add_conditional_edges("team", dispatch_private, ["write_private", "events"])
    graph.add_edge("write_private", "events")
    graph.add_edge("events", "rubric")
    graph.add_edge("rubric", "finalize")
    graph.add_edge("finalize", END)
    return graph
