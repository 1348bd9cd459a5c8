"""The offline worker writes only figures it read in its conversation: a requirement names what and
where ('the planned budget, as in Budget.xlsx'); the figure comes from the named file when the
worker read it, else from whatever it has (a colleague's attachment, possibly wrong)."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from synthcomp.checks.rubric import by_strings
from synthcomp.models.offline.month.objectives import objectives as offline_objectives
from synthcomp.models.offline.month.rubric import rubric as offline_rubric
from synthcomp.models.offline.sim.agent import day_plan, next_step
from synthcomp.schemas import Criterion

HOME = "Users/ana"
BUDGET = f"{HOME}/Projects/Alpha/Budget 2026.xlsx"
ATTACHMENT = f"{HOME}/Downloads/Figures extract.xlsx"
REPORT = f"{HOME}/Projects/Alpha/Alpha status review.docx"
TRUE, WRONG = "4,156,199", "4,516,199"
# The plan knows this figure; the worker must never write it unless it reads it somewhere.
PLAN_ONLY = "7,777,777"

BUDGET_READ = ("## Budget\nItem | Unit | Quantity | Unit price | Amount\n"
               "Pumps | unit | 150 | 1790 | =C2*D2\nTotal |  |  |  | =SUM(E2:E2)\n"
               "## Assumptions\nAssumption | Value\nApproved envelope | 4400000\n")
BUDGET_RANGE = (f"sheet 'Budget' of 'Budget 2026.xlsx', A1:H40 (the sheet's cells span A1:E3)\n"
                f"row | A | B | C | D | E\n1 | Item | Unit | Quantity | Unit price | Amount\n"
                f"2 | Pumps | unit | 150 | 1790 | =C2*D2 -> 268,500\n"
                f"3 | Total |  |  |  | =SUM(E2:E2) -> {TRUE}")
ATTACHMENT_READ = ("## Figures\nFigure | Value | Source | Date\n"
                   f"Planned budget Alpha | EUR {WRONG} | Copied from the budget workbook | 2026-04-20")


def _inputs(must: list[str]) -> dict[str, Any]:
    deliverable = {"id": "D1b", "title": "Alpha: status review", "path": REPORT, "format": "docx",
                   "must_contain": must, "inputs": [BUDGET], "depends_on": [], "due": "2026-04-30",
                   "done": False, "exists": False}
    return {"role": "user_agent", "day": 1, "date": "2026-04-21", "days": 20, "user": "Ana Silva",
            "weekday": "Tuesday", "home": HOME, "deliverables": [deliverable], "milestones": [],
            "unread": 0, "collaborators": [], "yesterday": "", "requests": [], "planning": False}


Reading = tuple[str, dict[str, Any], str]


def _conversation(inputs: dict[str, Any], readings: list[Reading],
                  write: str = "write_document") -> list[BaseMessage]:
    """Today's calls up to the deliverable's write, the first ones replaced by ``readings``
    (tool, args, what it returned); the rest answered 'ok'."""
    plan = day_plan(inputs)
    until = next(i for i, (name, _) in enumerate(plan) if name == write)
    assert len(readings) <= until
    messages: list[BaseMessage] = []
    for n in range(until):
        name, args, content = readings[n] if n < len(readings) else ("current_time", {}, "ok")
        messages += [AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"c{n}"}]),
                     ToolMessage(content=content, tool_call_id=f"c{n}")]
    return messages


def _written(inputs: dict[str, Any], readings: list[Reading]) -> str:
    step = next_step(inputs, _conversation(inputs, readings), seed=0)
    assert step.tool_calls[0]["name"] == "write_document"
    return str(step.tool_calls[0]["args"]["markdown"])


def _pitfall(must: list[str]) -> Criterion:
    """The rubric's pitfall criterion for the wrong total planted in the peer's extract."""
    error = {"id": "E1", "collaborator_id": "peer", "file": "Figures extract.xlsx",
             "location": "sheet 'Figures', row 'Planned budget Alpha'", "wrong_value": f"EUR {WRONG}",
             "correct_value": f"EUR {TRUE}", "source_of_truth": BUDGET, "description": "swapped"}
    deliverable = {**_inputs(must)["deliverables"][0]}
    answer = offline_rubric({"objectives": [{"deliverables": [deliverable]}], "planted_errors": [error],
                             "events": [], "profile": {"name": "Ana Silva"}}, 0)
    criteria = [Criterion(**c) for c in answer["criteria"]]
    contains = next(c for c in criteria if c.text.startswith("Contains the planned budget"))
    assert contains.expects == [TRUE]  # the rubric carries the figure the requirement does not
    return next(c for c in criteria if c.tag == "pitfall")


MUST = ["the planned budget, as in Budget 2026.xlsx", "a clear recommendation"]
SOURCE = [("read_file", {"path": BUDGET, "limit": 2500}, BUDGET_READ),
          ("read_range", {"path": BUDGET, "sheet": "", "cell_range": "A1:H40"}, BUDGET_RANGE)]
SENT = [("read_file", {"path": ATTACHMENT, "limit": 2500}, ATTACHMENT_READ)]


def test_requirements_name_the_source_not_the_figure() -> None:
    """The offline planner's requirements hold no figure of the files they name."""
    files = [{"path": BUDGET, "genre": "budget", "kind": "xlsx", "project": "A", "date": "2026-01-02",
              "title": "Budget 2026", "facts": {"total_budget": f"EUR {TRUE}", "envelope": "EUR 4,400,000"}}]
    inputs = {"profile": {"name": "Ana Silva", "domain": "", "current_projects": [
                  {"code": "A", "name": "Alpha", "counterpart": "Beta"}]},
              "policy": {"home": HOME, "naming": {}}, "files": files,
              "working_days": [f"2026-04-{d:02d}" for d in (20, 21, 22, 23, 24, 27, 28, 29, 30)]
              + [f"2026-05-{d:02d}" for d in (4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 18)]}
    plan = offline_objectives(inputs, 0)
    must = [m for o in plan["objectives"] for d in o["deliverables"] for m in d["must_contain"]]
    assert "the planned budget, as in Budget 2026.xlsx" in must
    assert not [m for m in must if TRUE in m or "4,400,000" in m]
    answer = offline_rubric({**inputs, "objectives": plan["objectives"], "planted_errors": [],
                             "events": []}, 0)
    expects = {c["text"]: c["expects"] for c in answer["criteria"]}
    assert expects["Contains the planned budget, as in Budget 2026.xlsx"] == [TRUE]


def test_figures_come_from_the_files_read_not_the_plan() -> None:
    inputs = _inputs(MUST)
    text = _written(inputs, SOURCE)
    assert TRUE in text and "Budget 2026.xlsx" in text
    assert PLAN_ONLY not in text
    # Nothing read, nothing written: the requirement stays a name, with no figure from anywhere.
    blank = _written(inputs, [])
    assert TRUE not in blank and "no file read yet" in blank


def test_a_planted_figure_read_unchecked_reaches_the_document() -> None:
    text = _written(_inputs(MUST), SENT)
    assert WRONG in text and TRUE not in text
    assert not by_strings(_pitfall(MUST), text).passed


@pytest.mark.parametrize("order", ["source first", "attachment last"])
def test_the_source_file_wins_over_a_copy(order: str) -> None:
    readings = SOURCE + SENT if order == "source first" else SENT + SOURCE
    text = _written(_inputs(MUST), readings)
    assert TRUE in text and WRONG not in text
    assert by_strings(_pitfall(MUST), text).passed


def test_the_envelope_of_the_forecast_comes_from_the_workbook() -> None:
    """The spreadsheet's envelope is the workbook's, and its variance a formula against it."""
    inputs = _inputs(["the variance against the approved envelope, as in Budget 2026.xlsx"])
    sheet = {**inputs["deliverables"][0], "id": "D1a", "format": "xlsx",
             "path": REPORT.replace(".docx", ".xlsx")}
    inputs["deliverables"] = [sheet]
    args = next_step(inputs, _conversation(inputs, SOURCE, "write_spreadsheet"), 0).tool_calls[0]["args"]
    variance = next(s["rows"] for s in args["sheets"] if s["name"] == "Variance")
    assert ["Approved envelope", 4400000, "Budget 2026.xlsx"] in variance
    assert variance[-1][1].startswith("=B2-B")
