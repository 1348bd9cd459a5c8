"""The objective planner: a computer -> a month of work (meta/plan.json) and the collaborators'
private files (meta/collaborators/<id>/).

load -> objectives -> team -> write_private (Send, one per private file) -> events -> rubric ->
finalize. A computer materialized from a published dataset row (meta/dataset_row.json) takes the
row's month instead: load reads its period, deliverables, milestones, collaborators, reference
files and rubrics (synthcomp.dataset.plan) and goes straight to write_private; events, and the
rubric of deliverables no collaborator grades, are added as usual and marked as added.

Every model answer is checked against the computer (cited files exist, deliverables are new
paths inside the drive, dates are working days in order, planted errors are findable) and re-asked
with the problems named, a bounded number of times. Private files are written to a scratch folder
that replaces meta/collaborators only when the whole plan is valid.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, time
from typing import Any, NotRequired

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
    validate_row_plan,
)
from synthcomp.computer import Computer
from synthcomp.dataset.plan import NoRowMonth, month_from_row, plant_errors, read_row
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
from synthcomp.schemas.month import DatasetMonth
from synthcomp.workdays import working_days

log = logging.getLogger("synthcomp.plan")


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
    working_days: list[str]  # a row's month: the weekdays of its period
    dataset: dict[str, Any]  # a row's month: DatasetMonth, dumped
    row_criteria: list[dict[str, Any]]  # a row's month: its collaborators' rubric criteria


class PrivateTask(TypedDict):
    """The input of one ``write_private`` task (a Send payload)."""

    computer_dir: str
    month_start: str
    collaborator: dict[str, Any]
    file: dict[str, Any]
    planted: list[dict[str, Any]]
    stand_in: NotRequired[bool]  # a reference file of a kind the writers do not know


def _system() -> str:
    return render_text("planner_system")


def _frame(state: PlannerState) -> tuple[ComputerManifest, PlanningFrame, list[str]]:
    computer = Computer(state["computer_dir"])
    manifest = computer.read_manifest()
    if "working_days" in state:
        # A row's month: its own period, and the row's files wherever the row put them.
        existing = frozenset([f.path for f in manifest.file_list] + computer.files())
        frame = PlanningFrame(computer, existing, tuple(state["working_days"]))
        return manifest, frame, list(frame.days)
    start = date.fromisoformat(state["month_start"])
    frame = PlanningFrame.of(computer, [f.path for f in manifest.file_list], start,
                             manifest.filesystem_policy.home)
    return manifest, frame, list(frame.days)


def _raise_problems(problems: list[str]) -> None:
    if problems:
        raise ValueError("; ".join(problems[:8]))


def load(state: PlannerState) -> dict[str, Any]:
    """Check the computer and fix the month's first day (the computer's 'today'); on a computer
    made from a dataset row, take the row's month."""
    computer = Computer(state["computer_dir"])
    manifest = computer.read_manifest()
    row = read_row(computer)
    month = None
    if row is not None:
        try:
            month = month_from_row(row, sorted({f.path for f in manifest.file_list} | set(computer.files())))
        except NoRowMonth as exc:
            log.warning("%s: the planner plans the month instead", exc)
    if month is not None:
        planted = plant_errors(computer, month)
        if not planted:
            month.dataset.notes.append("no planted error: no collaborator has a spreadsheet among "
                                       "their reference files, or no cited file holds a figure")
        if state.get("month_start") and state["month_start"] != month.month_start:
            month.dataset.notes.append(f"month_start {state['month_start']} asked; the row's "
                                       f"period starts {month.month_start} and is kept")
        return {"month_start": month.month_start, "working_days": month.days,
                "objectives": month.objectives, "collaborators": month.collaborators,
                "planted_errors": planted, "row_criteria": month.criteria,
                "dataset": month.dataset.model_dump(mode="json")}
    start = state.get("month_start") or manifest.today or date.today().isoformat()
    return {"month_start": working_days(checked_date(start, "month_start"), 1)[0].isoformat()}


def _files(manifest: ComputerManifest) -> list[dict[str, Any]]:
    # version_of: a draft or a "Copy of" is not the file an objective or an error cites.
    return [{"path": f.path, "kind": f.kind, "genre": f.genre, "title": f.title,
             "project": f.project, "date": f.date, "facts": f.facts, "version_of": f.version_of}
            for f in manifest.file_list]


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


def after_load(state: PlannerState) -> list[Send] | str:
    """A row's month has its objectives and team: on to its reference files."""
    return dispatch_private(state) if "dataset" in state else "objectives"


def dispatch_private(state: PlannerState) -> list[Send] | str:
    """One ``write_private`` per private file; straight to events when there are none."""
    odd = {(c["id"], path) for c in (state.get("dataset") or {}).get("collaborators", [])
           for path in c.get("stand_ins", [])}
    sends = [
        Send("write_private", PrivateTask(
            computer_dir=state["computer_dir"], month_start=state["month_start"],
            collaborator=collaborator, file=file,
            planted=[e for e in state["planted_errors"]
                     if e["collaborator_id"] == collaborator["id"] and e["file"] == file["path"]],
            stand_in=(collaborator["id"], file["path"]) in odd))
        for collaborator in state["collaborators"] for file in collaborator["private_files"]
    ]
    return sends or "events"


def write_private(task: PrivateTask, runtime: Runtime[PlannerContext]) -> dict[str, Any]:
    """Write one collaborator's private file, with its planted figures exactly as planned."""
    computer = Computer(task["computer_dir"])
    manifest = computer.read_manifest()
    file, collaborator, planted = task["file"], task["collaborator"], task["planted"]
    target = computer.plan_scratch / collaborator["id"] / file["path"]
    if task.get("stand_in"):
        # A kind the office writers cannot make (.json, .py...): a text that says what it is.
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"Stand-in for {file['path']}, a reference file {collaborator['name']} "
                          f"holds.\n\n{file['description']}\n", encoding="utf-8")
        return {}
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
        missing = [e["wrong_value"] for e in planted
                   if json.dumps(e["wrong_value"], ensure_ascii=False)[1:-1] not in text]
        if missing:
            raise ValueError(f"the file must contain {', '.join(map(repr, missing))} exactly")

    content = runtime.context.ask(FileContent, _system(), prompt, check=check)
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
    graded = {c["deliverable_id"] for c in state.get("row_criteria") or []}
    if "dataset" in state and not graded >= {d["id"] for o in state["objectives"]
                                              for d in o["deliverables"]}:
        # Only the deliverables no collaborator of the row grades get generated criteria.
        objectives = [{**o, "deliverables": [d for d in o["deliverables"] if d["id"] not in graded]}
                      for o in state["objectives"]]
        objectives = [o for o in objectives if o["deliverables"]]
        return {"rubric": {"criteria": [*state["row_criteria"],
                                        *_asked_rubric({**state, "objectives": objectives},
                                                       manifest, runtime)["criteria"]]}}
    if "dataset" in state:
        return {"rubric": {"criteria": state["row_criteria"]}}
    return {"rubric": _asked_rubric(state, manifest, runtime)}


def _asked_rubric(state: PlannerState, manifest: ComputerManifest,
                  runtime: Runtime[PlannerContext]) -> dict[str, Any]:
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
    return answer.model_dump()


def finalize(state: PlannerState, runtime: Runtime[PlannerContext]) -> dict[str, Any]:
    """Validate the whole plan, put the private files in place, write plan.json, fill the
    manifest's collaboration_context and monthly_objectives."""
    manifest, frame, days = _frame(state)
    computer = Computer(state["computer_dir"])
    deliverable_hours = [d["effort_hours"] for o in state["objectives"] for d in o["deliverables"]]
    dataset = _dataset(state)
    plan = MonthPlan.model_validate({
        "computer_id": manifest.computer_id, "seed": runtime.context.seed,
        "model": runtime.context.model_label, "month_start": days[0], "month_end": days[-1],
        "working_days": days, "objectives": state["objectives"],
        "collaborators": state["collaborators"], "planted_errors": state["planted_errors"],
        "events": state["events"], "rubric": state["rubric"],
        "total_effort_hours": round(sum(deliverable_hours), 1),
        **({"dataset": dataset} if dataset else {}),
    })
    scratch = computer.plan_scratch
    scratch.mkdir(parents=True, exist_ok=True)
    problems = (validate_row_plan if dataset else validate_plan)(plan, frame, str(scratch))
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


def _dataset(state: PlannerState) -> DatasetMonth | None:
    """A row's DatasetMonth with what the planner added to it named."""
    if "dataset" not in state:
        return None
    dataset = DatasetMonth.model_validate(state["dataset"])
    rowed = {c["id"] for c in state.get("row_criteria") or []}
    dataset.added.events = [e["id"] for e in state["events"]]
    dataset.added.planted_errors = [e["id"] for e in state["planted_errors"]]
    dataset.added.criteria = [c["id"] for c in state["rubric"]["criteria"] if c["id"] not in rowed]
    return dataset


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
    graph.add_conditional_edges("load", after_load, ["objectives", "write_private", "events"])
    graph.add_edge("objectives", "team")
    graph.add_conditional_edges("team", dispatch_private, ["write_private", "events"])
    graph.add_edge("write_private", "events")
    graph.add_edge("events", "rubric")
    graph.add_edge("rubric", "finalize")
    graph.add_edge("finalize", END)
    return graph
