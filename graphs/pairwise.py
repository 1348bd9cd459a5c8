"""Pairwise grading: two runs of one computer, deliverable by deliverable, as the paper's GDPval
comparison does (section 4.4): the judge reads both versions against the rubric and says which
is better, or that neither is.

load -> compare_deliverable (Send, one per deliverable, in parallel) -> report. Each readable
pair is shown to the judge twice, run A's version first and then run B's first, so that a judge
who favours a position cancels itself out: orders that disagree make a tie. A deliverable one
run lacks (or cannot open) goes to the other without a call; one neither has, or the same
bytes in both (by the sha256 of their grades), is a tie without a call. The
runs' grade.json give each side's score and, for the offline judge only (which reads the
prompt's inputs block, not its prose), the criteria each version met: it prefers the version
meeting more of the rubric by weight. A real judge sees the documents and the criteria, not the
grades. The criteria shown are both runs' graded criteria (a requirement an event added in one
run's month is asked of both versions).
"""

from __future__ import annotations

import operator
from pathlib import Path
from typing import Annotated, Any

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send
from typing_extensions import TypedDict

from synthcomp import office
from synthcomp.atomic import write_text
from synthcomp.computer import Computer
from synthcomp.errors import OfficeFileError, SandboxError
from synthcomp.models.context import JudgeContext
from synthcomp.prompts import render, render_text
from synthcomp.schemas.grade import (
    DeliverableComparison,
    DeliverableGrade,
    OrderVerdict,
    PairwiseGrade,
    PairwiseVerdict,
    RunGrade,
    Side,
)

JUDGE_TEXT_CHARS = 8000  # each version, as the grader shows one (graphs/grader.py)
READ_LIMIT = 400_000
OFFLINE_METHOD = ("the offline judge prefers the version meeting more of the rubric by weight, "
                  "from each run's grade.json; a tie when they meet as much")
MODEL_METHOD = ("the judge read both versions against the rubric, once in each order; "
                "orders that disagree make a tie")


class CompareTask(TypedDict):
    """The input of one ``compare_deliverable`` task (a Send payload)."""

    a: dict[str, Any]  # run A's DeliverableGrade
    b: dict[str, Any]
    where_a: list[str]  # run A's computer folder and run folder (its drive is the run's)
    where_b: list[str]
    criteria: list[dict[str, Any]]  # id, tag, text, weight: A's criteria, then B's others
    author: str


class PairwiseState(TypedDict, total=False):
    """The two runs (their folders and grades) and the comparisons as they come in."""

    run_a: str
    run_b: str
    computer_a: str
    computer_b: str
    out: str
    tasks: list[CompareTask]
    comparisons: Annotated[list[dict[str, Any]], operator.add]


def _grade(run_dir: str) -> RunGrade:
    return RunGrade.model_validate_json((Path(run_dir) / "grade.json").read_text("utf-8"))


def load(state: PairwiseState) -> dict[str, Any]:
    """One task per deliverable of run A's grade (the plan's order), paired with run B's."""
    a, b = _grade(state["run_a"]), _grade(state["run_b"])
    author = Computer(state["computer_a"]).for_run(state["run_a"]).read_manifest().user_profile.name
    theirs = {d.id: d for d in b.deliverables}
    tasks = []
    for mine in a.deliverables:
        other = theirs.get(mine.id) or mine.model_copy(update={
            "exists": False, "readable": False, "score": 0.0, "criteria": []})
        seen = {c.id for c in mine.criteria}
        criteria = [*mine.criteria, *(c for c in other.criteria if c.id not in seen)]
        tasks.append(CompareTask(
            a=mine.model_dump(mode="json"), b=other.model_dump(mode="json"),
            where_a=[state["computer_a"], state["run_a"]],
            where_b=[state["computer_b"], state["run_b"]], author=author,
            criteria=[c.model_dump(include={"id", "tag", "text", "weight"}) for c in criteria]))
    return {"tasks": tasks}


def dispatch(state: PairwiseState) -> list[Send] | str:
    """One ``compare_deliverable`` per deliverable (straight to the report when there is none)."""
    return [Send("compare_deliverable", task) for task in state["tasks"]] or "report"


def _text(where: list[str], grade: DeliverableGrade) -> str | None:
    """The version's text as the grader reads it (None if it cannot be read now)."""
    if not (grade.exists and grade.readable):
        return None
    try:
        path = Computer(where[0]).for_run(where[1]).resolve(grade.path)
        text = office.read_text(path, limit=READ_LIMIT)
        if grade.format == "xlsx":
            text += "\n\n# Computed values\n" + office.read_text(path, limit=READ_LIMIT, values=True)
    except (OfficeFileError, SandboxError, OSError):
        return None
    return text


def _version(text: str, grade: DeliverableGrade, offline: bool) -> dict[str, Any]:
    shown = text[:JUDGE_TEXT_CHARS]
    version: dict[str, Any] = {"text": shown, "chars": len(text), "truncated": len(shown) < len(text)}
    if offline:  # the offline judge decides from the grades; a real one never sees them
        version["met"] = [c.id for c in grade.criteria if c.passed]
    return version


def _ask(task: CompareTask, first: str, texts: dict[str, str], context: JudgeContext) -> OrderVerdict:
    """One order: ``first`` ('a' or 'b') shown first; the answer mapped back to the runs."""
    second = "b" if first == "a" else "a"
    grades = {"a": DeliverableGrade.model_validate(task["a"]),
              "b": DeliverableGrade.model_validate(task["b"])}
    offline = context.reads_inputs_block
    deliverable = {k: task["a"][k] for k in ("id", "title", "path", "format")}
    inputs = {"role": "pairwise judge", "author": task["author"], "deliverable": deliverable,
              "criteria": task["criteria"],
              "first": _version(texts[first], grades[first], offline),
              "second": _version(texts[second], grades[second], offline)}
    prompt = render("judge_pairwise", inputs, deliverable=deliverable, author=task["author"],
                    criteria=task["criteria"], first=inputs["first"], second=inputs["second"])
    answer = context.ask(PairwiseVerdict, render_text("judge_pairwise_system"), prompt)
    choice = {"first": first, "second": second, "tie": "tie"}[answer.better]
    return OrderVerdict(first=first, choice=choice, rationale=answer.rationale.strip()[:600])  # type: ignore[arg-type]


def compare_deliverable(task: CompareTask, runtime: Runtime[JudgeContext]) -> dict[str, Any]:
    """Compare one deliverable's two versions: both orders when both can be read."""
    a, b = DeliverableGrade.model_validate(task["a"]), DeliverableGrade.model_validate(task["b"])
    found = {"a": _text(task["where_a"], a), "b": _text(task["where_b"], b)}
    result: dict[str, Any] = {"id": a.id, "title": a.title, "path": a.path,
                              "a_score": a.score, "b_score": b.score}
    texts = {side: text for side, text in found.items() if text is not None}
    if len(texts) == 2 and a.sha256 and a.sha256 == b.sha256:
        return {"comparisons": [DeliverableComparison(
            **result, winner="tie", method="identical",
            rationale="both runs hold the same bytes (sha256 in their grades)").model_dump(mode="json")]}
    if len(texts) < 2:
        lacking = [side.upper() for side in ("a", "b") if side not in texts]
        winner: Side = "tie" if not texts else "a" if "a" in texts else "b"
        why = ("neither run has a readable file" if not texts
               else f"run {lacking[0]} has no readable file; run {winner.upper()} has one")
        return {"comparisons": [DeliverableComparison(
            **result, winner=winner, method="missing", rationale=why).model_dump(mode="json")]}
    orders = [_ask(task, first, texts, runtime.context) for first in ("a", "b")]
    choices = {o.choice for o in orders}
    if len(choices) == 1:
        winner = orders[0].choice
        why = f"(A shown first) {orders[0].rationale}"
    else:
        winner = "tie"
        why = ("the two orders disagreed (A shown first: " + orders[0].choice.upper()
               + "; B shown first: " + orders[1].choice.upper() + "), so a tie")
    return {"comparisons": [DeliverableComparison(
        **result, winner=winner, method="judge", rationale=why, orders=orders).model_dump(mode="json")]}


def report(state: PairwiseState, runtime: Runtime[JudgeContext]) -> dict[str, Any]:
    """Write the comparison: every deliverable in run A's plan order, and the tally."""
    order = {task["a"]["id"]: n for n, task in enumerate(state["tasks"])}
    rows = sorted((DeliverableComparison.model_validate(c) for c in state.get("comparisons") or []),
                  key=lambda c: order.get(c.id, len(order)))
    wins_a = sum(r.winner == "a" for r in rows)
    wins_b = sum(r.winner == "b" for r in rows)
    a, b = _grade(state["run_a"]), _grade(state["run_b"])
    result = PairwiseGrade(
        computer_id=a.computer_id, run_a=a.run_id, run_b=b.run_id,
        run_a_dir=state["run_a"], run_b_dir=state["run_b"],
        judge_model=runtime.context.model_label,
        method=OFFLINE_METHOD if runtime.context.reads_inputs_block else MODEL_METHOD,
        wins_a=wins_a, wins_b=wins_b, ties=len(rows) - wins_a - wins_b,
        position_disagreements=sum(1 for r in rows if len({o.choice for o in r.orders}) > 1),
        winner="a" if wins_a > wins_b else "b" if wins_b > wins_a else "tie",
        a_score=a.score, b_score=b.score, deliverables=rows)
    write_text(Path(state["out"]), result.model_dump_json(indent=2) + "\n")
    return {}


def build_pairwise() -> StateGraph[PairwiseState, JudgeContext, PairwiseState, PairwiseState]:
    """The pairwise graph, uncompiled: the caller picks the checkpointer."""
    graph = StateGraph(PairwiseState, context_schema=JudgeContext)
    graph.add_node("load", load)
    graph.add_node("compare_deliverable", compare_deliverable)  # type: ignore[arg-type]
    graph.add_node("report", report)
    graph.add_edge(START, "load")
    graph.add_conditional_edges("load", dispatch, ["compare_deliverable", "report"])
    graph.add_edge("compare_deliverable", "report")
    graph.add_edge("report", END)
    return graph
