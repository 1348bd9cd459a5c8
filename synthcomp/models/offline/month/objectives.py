"""Offline answer for ObjectivesDraft: one objective per current project, grounded in its files,
plus a portfolio review (and month-end admin when there are few projects)."""

from __future__ import annotations

import posixpath
import random
from datetime import date
from typing import Any

from synthcomp.models.offline.chat import register
from synthcomp.models.offline.month.common import ProjectFiles, colleagues, project_files, sourced
from synthcomp.models.offline.people import domain_by_key, fill, short_item
from synthcomp.models.offline.world.naming import file_name

MAX_PROJECT_OBJECTIVES = 4
MAX_OBJECTIVES = 7
MONTH_HOURS = 100


class _Paths:
    """New file paths in the user's naming style that clash with nothing on the drive."""

    def __init__(self, naming: dict[str, Any], existing: list[str]) -> None:
        self.naming = naming
        self.taken = {path.lower() for path in existing}

    def new(self, folder: str, title: str, kind: str, when: date) -> str:
        name = file_name(self.naming, title, kind, when)
        path, n = f"{folder}/{name}", 2
        while path.lower() in self.taken:
            path = f"{folder}/{name.rsplit('.', 1)[0]} ({n}).{kind}"
            n += 1
        self.taken.add(path.lower())
        return path


def _day(days: list[str], index: int) -> str:
    return days[max(0, min(index, len(days) - 1))]


def _project_objective(n: int, pf: ProjectFiles, inputs: dict[str, Any], paths: _Paths,
                       rng: random.Random, manager: str, topic: str) -> dict[str, Any]:
    days = list(inputs["working_days"])
    domain = domain_by_key(str(inputs["profile"].get("domain", "")))
    project, code = pf.project, pf.code
    counterpart = str(project.get("counterpart", "the partner"))
    values = {"item": short_item(rng.choice(domain.line_items).name).lower() if domain.line_items
              else "supplies", "counterpart": counterpart, "year": days[0][:4],
              "quarter": f"Q{(int(days[0][5:7]) - 1) // 3 + 1}"}
    topic = fill(topic, rng, values)
    budget_facts = (pf.budget or {}).get("facts") or {}
    kpi_facts = (pf.kpi or {}).get("facts") or {}
    anchor = pf.report or pf.budget or pf.tracker or pf.kpi or pf.quote or pf.key_files[0]
    folder = posixpath.dirname(anchor["path"])
    budget_folder = posixpath.dirname(pf.budget["path"]) if pf.budget else folder
    base = n * 2
    sheet_due, report_due = _day(days, 5 + base), _day(days, 11 + base)
    forecast_id, report_id = f"D{n + 1}a", f"D{n + 1}b"
    sheet_must = ["every budget line with updated quantities and unit prices",
                  "totals computed with formulas, not typed in"]
    # Requirements name the topic and the file that holds it; the figures stay in the files
    # (and in the rubric), so a worker has to read them there.
    if pf.budget and budget_facts.get("envelope"):
        sheet_must.append(sourced("the variance against the approved envelope", pf.budget["path"]))
    if pf.quote and (pf.quote.get("facts") or {}).get("quote_total"):
        sheet_must.append(sourced(f"the quoted total of {counterpart}", pf.quote["path"]))
    report_must = [f"the outcome of the work with {counterpart}", "a clear recommendation",
                   "next steps with owners and dates"]
    if pf.budget and budget_facts.get("total_budget"):
        report_must.insert(0, sourced("the planned budget", pf.budget["path"]))
    if pf.kpi and kpi_facts.get("metric") and kpi_facts.get("latest_value"):
        report_must.insert(1, sourced(f"the latest {kpi_facts['metric'].lower()} against its target",
                                      pf.kpi["path"]))
    cites = [f["path"] for f in pf.key_files]
    month = date.fromisoformat(days[0]).strftime("%B %Y")
    deliverables = [
        {"id": forecast_id, "title": f"{code} budget forecast {month}",
         "path": paths.new(budget_folder, f"{code} budget forecast", "xlsx", date.fromisoformat(sheet_due)),
         "format": "xlsx", "must_contain": sheet_must,
         "inputs": [f["path"] for f in (pf.budget, pf.compare, pf.quote) if f],
         "depends_on": [], "effort_hours": float(rng.randint(8, 14))},
        {"id": report_id, "title": f"{code}: {topic}",
         "path": paths.new(folder, f"{code} {topic}", "docx", date.fromisoformat(report_due)),
         "format": "docx", "must_contain": report_must,
         "inputs": [f["path"] for f in (pf.budget, pf.kpi, pf.report) if f],
         "depends_on": [forecast_id], "effort_hours": float(rng.randint(12, 20))},
    ]
    milestones = [
        {"id": f"M{n + 1}.1", "title": "Forecast draft checked against the latest quotes",
         "due": _day(days, 2 + base), "deliverable_id": forecast_id},
        {"id": f"M{n + 1}.2", "title": "Forecast final", "due": sheet_due, "deliverable_id": forecast_id},
        {"id": f"M{n + 1}.3", "title": f"Outline agreed with {manager}", "due": _day(days, 6 + base),
         "deliverable_id": report_id},
        {"id": f"M{n + 1}.4", "title": "Draft shared for comments", "due": _day(days, 9 + base),
         "deliverable_id": report_id},
        {"id": f"M{n + 1}.5", "title": "Final version sent", "due": report_due, "deliverable_id": report_id},
    ]
    return {
        "id": f"O{n + 1}", "title": f"{project.get('name', code)}: {topic.lower()}",
        "description": (f"Update the figures of {project.get('name', code)} with {counterpart} and "
                        f"turn them into a {topic.lower()} that {manager} can act on."),
        "cites": cites,
        "deliverables": deliverables, "milestones": milestones,
    }


def _portfolio_objective(n: int, inputs: dict[str, Any], paths: _Paths, rng: random.Random,
                         manager: str, reports: list[str]) -> dict[str, Any]:
    days = list(inputs["working_days"])
    policy = inputs["policy"]
    month = date.fromisoformat(days[0]).strftime("%B %Y")
    folder = f"{policy['home']}/{policy.get('cloud_folder', 'Documents')}/Team/Reviews"
    due = _day(days, len(days) - 1)
    deck_id = f"D{n + 1}a"
    cites = [f["path"] for f in inputs.get("files") or [] if f.get("genre") == "status_deck"][:3]
    return {
        "id": f"O{n + 1}", "title": f"Portfolio review for {manager}",
        "description": "Bring every project's status, budget and risks into one monthly review deck.",
        "cites": cites or [f["path"] for f in (inputs.get("files") or [])[:1]],
        "deliverables": [{
            "id": deck_id, "title": f"Portfolio review {month}",
            "path": paths.new(folder, f"Portfolio review {month}", "pptx", date.fromisoformat(due)),
            "format": "pptx",
            "must_contain": ["one slide per project with status and budget",
                             "the top risks across projects", "decisions needed from management"],
            "inputs": cites, "depends_on": reports, "effort_hours": float(rng.randint(6, 10)),
        }],
        "milestones": [
            {"id": f"M{n + 1}.1", "title": "Storyline agreed", "due": _day(days, 14),
             "deliverable_id": deck_id},
            {"id": f"M{n + 1}.2", "title": "Deck sent before the review", "due": due,
             "deliverable_id": deck_id},
        ],
    }


def _admin_objective(n: int, inputs: dict[str, Any], paths: _Paths, rng: random.Random) -> dict[str, Any]:
    days = list(inputs["working_days"])
    files = inputs.get("files") or []
    previous = [f["path"] for f in files if f.get("genre") in ("expenses", "timesheet")][:2]
    folder = f"{inputs['policy']['home']}/Documents/Admin/Expenses"
    month = date.fromisoformat(days[0]).strftime("%B %Y")
    due = _day(days, len(days) - 2)
    return {
        "id": f"O{n + 1}", "title": "Month-end admin",
        "description": "Claim the month's expenses on time, with every receipt accounted for.",
        "cites": previous or [files[0]["path"]],
        "deliverables": [{
            "id": f"D{n + 1}a", "title": f"Expense report {month}",
            "path": paths.new(folder, f"Expense report {month}", "xlsx", date.fromisoformat(due)),
            "format": "xlsx",
            "must_contain": ["one line per expense with date, description and amount",
                             "a total computed with a formula", "a receipt status for every line"],
            "inputs": previous, "depends_on": [], "effort_hours": float(rng.randint(2, 3)),
        }],
        "milestones": [{"id": f"M{n + 1}.1", "title": "Expense report submitted", "due": due,
                        "deliverable_id": f"D{n + 1}a"}],
    }


def _improvement_objective(n: int, inputs: dict[str, Any], paths: _Paths, rng: random.Random,
                           manager: str, topic: str) -> dict[str, Any]:
    days = list(inputs["working_days"])
    files = [f for f in inputs.get("files") or [] if f.get("kind") in ("docx", "pdf", "md")]
    cites = [f["path"] for f in files[:3]]
    folder = f"{inputs['policy']['home']}/Documents/Notes"
    due = _day(days, 17)
    doc_id = f"D{n + 1}a"
    return {
        "id": f"O{n + 1}", "title": f"Propose an improvement: {topic.lower()}",
        "description": f"Write up a concrete proposal for {manager} from what the team's files show.",
        "cites": cites,
        "deliverables": [{
            "id": doc_id, "title": f"Proposal: {topic}",
            "path": paths.new(folder, f"Proposal {topic}", "docx", date.fromisoformat(due)),
            "format": "docx",
            "must_contain": ["the problem, with evidence from the team's files",
                             "two options with their costs", "a recommendation and a timeline"],
            "inputs": cites, "depends_on": [], "effort_hours": float(rng.randint(14, 22)),
        }],
        "milestones": [
            {"id": f"M{n + 1}.1", "title": "Evidence gathered", "due": _day(days, 8),
             "deliverable_id": doc_id},
            {"id": f"M{n + 1}.2", "title": f"Proposal sent to {manager}", "due": due,
             "deliverable_id": doc_id},
        ],
    }


def _hours(objectives: list[dict[str, Any]]) -> float:
    return sum(d["effort_hours"] for o in objectives for d in o["deliverables"])


@register("ObjectivesDraft")
def objectives(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """About five objectives citing the computer's own files."""
    rng = random.Random(seed)
    manager = colleagues(inputs, seed).people[0][0]
    paths = _Paths(dict(inputs["policy"].get("naming") or {}),
                   [f["path"] for f in inputs.get("files") or []] + list(inputs.get("made_since") or []))
    result = []
    domain = domain_by_key(str(inputs["profile"].get("domain", "")))
    topics = list(domain.doc_topics) or ["Status review"]
    rng.shuffle(topics)
    for n, pf in enumerate(project_files(inputs)[:MAX_PROJECT_OBJECTIVES]):
        topic = topics[n % len(topics)]
        result.append(_project_objective(n, pf, inputs, paths, rng, manager, topic))
    reports = [d["id"] for o in result for d in o["deliverables"] if d["format"] == "docx"]
    result.append(_portfolio_objective(len(result), inputs, paths, rng, manager, reports))
    if len(result) < 5:
        result.append(_admin_objective(len(result), inputs, paths, rng))
    # A month is about 120 hours of deliverable work besides meetings and email.
    extra = iter(topics[len(result):] or topics)
    while _hours(result) < MONTH_HOURS and len(result) < MAX_OBJECTIVES:
        days = list(inputs["working_days"])
        topic = fill(next(extra, "Team workflow"), rng, {
            "item": "supplies", "counterpart": "partners", "year": days[0][:4],
            "quarter": f"Q{(int(days[0][5:7]) - 1) // 3 + 1}"})
        result.append(_improvement_objective(len(result), inputs, paths, rng, manager, topic))
    return {"objectives": result}
