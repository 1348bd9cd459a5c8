"""The grader: a run's deliverables, graded against the plan's rubric -> runs/<run_id>/grade.json.

The month as it happened: due dates an event moved, requirements an event added (with their
criteria), and criteria tied to events that never came left out (synthcomp.plan_changes).

load -> grade_deliverable (Send, one per deliverable, in parallel) -> report. Criteria that name
strings (expects / forbids) are checked mechanically; the others go to the judge model, one call
per deliverable, whose answer is checked (one verdict per criterion asked, no other) and
re-asked with the problem named, a bounded number of times. With ``samples`` K > 1 each
deliverable's judge call is made K times at once (sample k seeded seed + k; the deliverables
in parallel and their samples share the graph's max_concurrency), each criterion gets the
majority of its K verdicts, and grade.json says how far they agreed (synthcomp/checks/agreement.py).
A missing or unreadable deliverable fails all its criteria without a model call. Deliverables
are graded as the drive holds them now; each grade records the sha256 of the bytes it read.
"""

from __future__ import annotations

import hashlib
import operator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from langchain_core.runnables import RunnableConfig
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send
from typing_extensions import TypedDict

from synthcomp import office
from synthcomp.atomic import write_text
from synthcomp.checks.agreement import majority, run_agreement
from synthcomp.checks.plan import stray_criteria
from synthcomp.checks.rubric import EVIDENCE_CHARS, by_strings, failed_all, needs_judge, score
from synthcomp.computer import Computer
from synthcomp.errors import InputError, OfficeFileError, SandboxError
from synthcomp.models.context import JudgeContext
from synthcomp.plan_changes import applied, due_of, graded_criteria, recorded_changes
from synthcomp.prompts import render, render_text
from synthcomp.runs.folder import GRADE_FILE, marked_done
from synthcomp.schemas import (
    Criterion,
    CriterionGrade,
    Deliverable,
    DeliverableGrade,
    JudgeVerdicts,
    RunGrade,
)

# What the judge reads of a document: enough for a report's substance, bounded in tokens.
JUDGE_TEXT_CHARS = 8000
READ_LIMIT = 400_000


class GradeTask(TypedDict):
    """The input of one ``grade_deliverable`` task (a Send payload)."""

    computer_dir: str
    run_dir: str
    author: str
    deliverable: dict[str, Any]
    criteria: list[dict[str, Any]]
    marked_done: bool
    due: str
    changed_by: list[str]  # the events that moved its due date or changed its requirements
    samples: int  # verdicts asked per judged criterion (grade --samples)
    judged_beside: int  # deliverables whose file is there: the judge calls they make share the
    # graph's concurrency


class GraderState(TypedDict, total=False):
    """The run to grade, one task per deliverable in the plan's order (read once, by ``load``),
    and the deliverables' grades as they come in (small dicts)."""

    run_dir: str
    computer_dir: str
    samples: int
    computer_id: str
    tasks: list[GradeTask]
    grades: Annotated[list[dict[str, Any]], operator.add]
    grade_path: str


def load(state: GraderState) -> dict[str, Any]:
    """Read the computer and its plan: one task per deliverable, with its criteria."""
    # The run's own drive and plan (a run never changes the computer's).
    computer = Computer(state["computer_dir"]).for_run(state["run_dir"])
    author = computer.read_manifest().user_profile.name
    plan = computer.read_plan()
    strays = stray_criteria(plan)
    if strays:
        raise InputError(f"{computer.plan_path}: criterion {'; '.join(strays[:3])}")
    done = marked_done(Path(state["run_dir"]))
    # The month as it happened: due dates moved and requirements added by events.
    changes = recorded_changes(state["run_dir"])
    month = applied(plan.model_dump(), changes)
    now = {d["id"]: d for o in month["objectives"] for d in o["deliverables"]}
    criteria = [c.model_dump() for c in plan.rubric.criteria]
    present = sum(1 for d in plan.deliverables() if _is_file(computer, now[d.id]["path"]))
    return {"computer_id": plan.computer_id, "tasks": [GradeTask(
        computer_dir=state["computer_dir"], run_dir=state["run_dir"], author=author,
        deliverable=now[d.id], criteria=graded_criteria(criteria, changes, d.id),
        marked_done=d.id in done, due=due_of(month, d.id),
        changed_by=sorted({c["event_id"] for c in changes if c["deliverable_id"] == d.id}),
        samples=state.get("samples", 1), judged_beside=present) for d in plan.deliverables()]}


def _is_file(computer: Computer, path: str) -> bool:
    """Whether a deliverable's file is there (those that are call the judge)."""
    try:
        return computer.resolve(path).is_file()
    except SandboxError:
        return False


def dispatch(state: GraderState) -> list[Send] | str:
    """One ``grade_deliverable`` per deliverable (straight to the report when there is none)."""
    return [Send("grade_deliverable", task) for task in state["tasks"]] or "report"


def _check_verdicts(answer: JudgeVerdicts, asked: list[str]) -> None:
    given = [v.criterion_id for v in answer.verdicts]
    problems = []
    if missing := [c for c in asked if c not in given]:
        problems.append(f"no verdict for {', '.join(missing)}")
    if unknown := sorted(set(given) - set(asked)):
        problems.append(f"{', '.join(unknown)} {'is' if len(unknown) == 1 else 'are'} not a "
                        "criterion you were asked about")
    if repeated := sorted({c for c in given if given.count(c) > 1}):
        problems.append(f"more than one verdict for {', '.join(repeated)}")
    if problems:
        raise ValueError("; ".join(problems))


def _judged(criteria: list[Criterion], deliverable: Deliverable, text: str, author: str,
            context: JudgeContext, samples: int = 1, workers: int = 1) -> list[CriterionGrade]:
    """Ask the judge about the criteria that name no strings (``samples`` times, at most
    ``workers`` calls at once, keeping each criterion's majority)."""
    if not criteria:
        return []
    if samples == 1:
        return _ask_judge(criteria, deliverable, text, author, context, None)

    def one(k: int) -> list[CriterionGrade]:
        return _ask_judge(criteria, deliverable, text, author, context.sample(k), k)

    with ThreadPoolExecutor(max_workers=max(1, min(samples, workers))) as pool:
        drawn = list(pool.map(one, range(samples)))
    return [majority([sample[n] for sample in drawn]) for n in range(len(criteria))]


def _ask_judge(criteria: list[Criterion], deliverable: Deliverable, text: str, author: str,
               context: JudgeContext, sample: int | None) -> list[CriterionGrade]:
    """One judge call on ``criteria`` (``sample``: which of several, None when asked once)."""
    shown = text[:JUDGE_TEXT_CHARS]
    brief = [{"id": c.id, "tag": c.tag, "text": c.text} for c in criteria]
    inputs: dict[str, Any] = {
        "role": "judge", "author": author, "criteria": brief,
        "deliverable": deliverable.model_dump(include={"id", "title", "path", "format", "must_contain"}),
        "document": {"text": shown, "chars": len(text), "truncated": len(shown) < len(text)}}
    if sample is not None and context.reads_inputs_block:
        # One sample of several: the offline judge draws its borderline threshold per sample
        # (models/offline/grade/judge.py); a real model's draw comes from its seed and sampling.
        inputs["sample"] = sample
    # The document is in the inputs block only: sent once, not twice.
    prompt = render("judge", inputs, deliverable=deliverable, author=author, criteria=brief,
                    chars=len(text), truncated=len(shown) < len(text))
    asked = [c.id for c in criteria]
    answer = context.ask(JudgeVerdicts, render_text("judge_system"), prompt,
                         check=lambda a: _check_verdicts(a, asked))
    verdicts = {v.criterion_id: v for v in answer.verdicts}
    return [CriterionGrade(id=c.id, text=c.text, tag=c.tag, weight=c.weight,
                           passed=verdicts[c.id].passed, method="judge",
                           evidence=verdicts[c.id].rationale.strip()[:EVIDENCE_CHARS])
            for c in criteria]


def grade_deliverable(task: GradeTask, config: RunnableConfig,
                      runtime: Runtime[JudgeContext]) -> dict[str, Any]:
    """Grade one deliverable: read it, check its strings, ask the judge about the rest."""
    computer = Computer(task["computer_dir"]).for_run(task["run_dir"])
    deliverable = Deliverable.model_validate(task["deliverable"])
    criteria = [Criterion.model_validate(c) for c in task["criteria"]]
    grade: dict[str, Any] = {"id": deliverable.id, "title": deliverable.title,
                             "path": deliverable.path, "format": deliverable.format,
                             "marked_done": task["marked_done"], "exists": False, "readable": False,
                             "due": task["due"], "changed_by": task["changed_by"]}
    try:
        path = computer.resolve(deliverable.path)
    except SandboxError as exc:
        return _finished(grade, failed_all(criteria, "missing", str(exc)), error=str(exc),
                         samples=task.get("samples", 1))
    if not path.is_file():
        why = "a folder is there, not a file" if path.is_dir() else "the file does not exist"
        return _finished(grade, failed_all(criteria, "missing", why), error=why,
                         samples=task.get("samples", 1))
    # Files are stamped with the simulated time they were written at.
    written = datetime.fromtimestamp(path.stat().st_mtime, UTC).date().isoformat()
    grade.update(exists=True, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                 last_written=written, on_time=written <= task["due"])
    try:
        text = office.read_text(path, limit=READ_LIMIT)
        if deliverable.format == "xlsx":
            # Strings are checked against what the cells show as well as their formulas.
            text += "\n\n# Computed values\n" + office.read_text(path, limit=READ_LIMIT, values=True)
        grade["formula_problems"] = office.check_formulas(path)[:20]
    except OfficeFileError as exc:
        why = f"the file does not open: {exc}"
        return _finished(grade, failed_all(criteria, "unreadable", why), error=str(exc),
                         samples=task.get("samples", 1))
    grade["readable"] = True
    samples = task.get("samples", 1)
    # The samples share the graph's concurrency with the deliverables graded beside this one.
    limit = int(config.get("max_concurrency") or 1)
    workers = max(1, limit // max(1, min(task.get("judged_beside", 1), limit)))
    judged = {g.id: g for g in _judged([c for c in criteria if needs_judge(c)], deliverable, text,
                                       task["author"], runtime.context, samples, workers)}
    grades = [judged[c.id] if c.id in judged else by_strings(c, text) for c in criteria]
    return _finished(grade, grades, samples=samples)


def _finished(grade: dict[str, Any], criteria: list[CriterionGrade], error: str = "",
              samples: int = 1) -> dict[str, Any]:
    if samples > 1:  # decided once, not re-judged: agreement 1 by construction
        criteria = [c if c.samples else c.model_copy(update={"agreement": 1.0}) for c in criteria]
    result = DeliverableGrade.model_validate({
        **grade, "error": error, "score": score(criteria), "criteria": criteria,
        "essential_failed": [c.id for c in criteria if c.tag == "essential" and not c.passed],
        "pitfalls_hit": [c.id for c in criteria if c.tag == "pitfall" and c.forbidden_found]})
    return {"grades": [result.model_dump(mode="json")]}


def report(state: GraderState, runtime: Runtime[JudgeContext]) -> dict[str, Any]:
    """Write grade.json: every deliverable in the plan's order, and the run's totals."""
    order = {task["deliverable"]["id"]: n for n, task in enumerate(state["tasks"])}
    grades = sorted((DeliverableGrade.model_validate(g) for g in state.get("grades") or []),
                    key=lambda g: order.get(g.id, len(order)))
    criteria = [c for g in grades for c in g.criteria]
    result = RunGrade(
        run_id=Path(state["run_dir"]).name, computer_id=state["computer_id"],
        judge_model=runtime.context.model_label,
        score=round(sum(g.score for g in grades) / len(grades), 4) if grades else 0.0,
        deliverables_graded=len(grades), deliverables_present=sum(g.exists for g in grades),
        criteria_passed=sum(c.passed for c in criteria), criteria_total=len(criteria),
        deliverables=grades)
    samples = state.get("samples", 1)
    if samples > 1:
        result.samples, result.agreement = samples, run_agreement(criteria, samples)
    path = Path(state["run_dir"]) / GRADE_FILE
    write_text(path, result.model_dump_json(indent=2) + "\n")
    return {"grade_path": str(path)}


def build_grader() -> StateGraph[GraderState, JudgeContext, GraderState, GraderState]:
    """The grader graph, uncompiled: the caller picks the checkpointer."""
    graph = StateGraph(GraderState, context_schema=JudgeContext)
    graph.add_node("load", load)
    graph.add_node("grade_deliverable", grade_deliverable)  # type: ignore[arg-type]
    graph.add_node("report", report)
    graph.add_edge(START, "load")
    graph.add_conditional_edges("load", dispatch, ["grade_deliverable", "report"])
    graph.add_edge("grade_deliverable", "report")
    graph.add_edge("report", END)
    return graph
