"""Offline answer for FilePlan: the folder tree and the dependency graph of a person's files.

Each current project gets a bundle of files that feed each other (budget -> report -> deck);
around them sit admin paperwork, team documents in the cloud folder, Downloads clutter, Desktop
drafts and old years, in proportions set by the user's tidiness. The plan is then filled (or
trimmed) to the policy's target count, steering the kind mix toward the reference distribution.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from synthcomp.models.offline.chat import register
from synthcomp.models.offline.people import domain_by_key, fill, pick, short_item
from synthcomp.models.offline.vocab import Domain
from synthcomp.models.offline.world.clutter import add_clutter, project_clutter
from synthcomp.models.offline.world.naming import file_name, folder_name

# The reference mix (paper: DOCX 35%, XLSX 16%, PDF 14%, PPTX 9%); the rest is md/csv/txt.
TARGET_MIX: dict[str, float] = {
    "docx": 0.35, "xlsx": 0.16, "pdf": 0.14, "pptx": 0.09, "md": 0.10, "csv": 0.08, "txt": 0.08,
}

# A project's bundle: (slot, genre, kind, folder, title, depends on slots).
PROJECT_BUNDLE: tuple[tuple[str, str, str, str, str, tuple[str, ...]], ...] = (
    ("brief", "brief", "docx", "", "{code} project brief", ()),
    ("budget", "budget", "xlsx", "Budget", "{code} budget {year}", ()),
    ("tracker", "tracker", "xlsx", "Planning", "{code} project plan", ()),
    ("data", "data_export", "csv", "Data", "{code} {metric} export", ()),
    ("kpi", "kpi_dashboard", "xlsx", "Reporting", "{code} KPI dashboard", ("data",)),
    ("risks", "risk_register", "xlsx", "Planning", "{code} risk register", ("brief",)),
    ("quote", "quote", "pdf", "Contracts", "Quote {counterpart}", ()),
    ("compare", "price_comparison", "xlsx", "Budget", "{code} price comparison", ("quote", "budget")),
    ("contract", "contract", "pdf", "Contracts", "Agreement {counterpart}", ("quote",)),
    ("kickoff", "minutes", "docx", "Meetings", "{code} kickoff meeting", ("brief",)),
    ("steerco", "minutes", "docx", "Meetings", "{code} steering committee", ("tracker", "risks")),
    ("sync", "minutes", "md", "Meetings", "{code} weekly sync", ("tracker",)),
    ("requirements", "requirements", "docx", "Specs", "{code} requirements", ("brief",)),
    ("memo", "memo", "docx", "Budget", "{code} budget memo", ("budget", "compare")),
    ("report", "report", "docx", "Reports", "{code} status report", ("budget", "kpi", "tracker")),
    ("report_pdf", "report", "pdf", "Reports", "{code} status report", ("report",)),
    ("deck", "status_deck", "pptx", "Presentations", "{code} steering committee", ("report", "budget")),
    ("notes", "notes", "md", "", "{code} notes", ("kickoff",)),
    ("email", "email_draft", "txt", "", "Email to {counterpart}", ("quote", "compare")),
)

COURSES = ("Data protection essentials", "Negotiation skills", "First aid at work",
           "Advanced Excel", "Project management fundamentals", "Fire safety",
           "Anti-bribery and corruption", "Presentation skills", "Information security awareness")

PROJECT_FOLDERS = ("Budget", "Planning", "Meetings", "Contracts", "Specs", "Reports",
                   "Presentations", "Data", "Reporting")

# Filler files per kind, used to reach the target count with the reference mix:
# (genre, title template, where) where is "project:<Folder>" or a place under home.
FILLERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "docx": (("minutes", "{code} meeting {n}", "project:Meetings"),
             ("memo", "{topic}", "Documents/Notes"),
             ("letter", "Letter to {counterpart}", "project:Contracts"),
             ("review", "{topic}", "project:Reports")),
    "xlsx": (("expenses", "Expense report {month}", "Documents/Admin/Expenses"),
             ("timesheet", "Timesheet {month}", "Documents/Admin/Timesheets"),
             ("price_comparison", "{item} price comparison", "project:Budget")),
    "pdf": (("invoice", "Invoice {counterpart} {n}", "Downloads"),
            ("certificate", "{course} certificate", "Documents/Admin/Training"),
            ("guide", "{topic}", "{cloud}/Team/Guides")),
    "pptx": (("training_deck", "{topic}", "{cloud}/Team/Training"),
             ("status_deck", "{code} update {month}", "project:Presentations")),
    "md": (("notes", "Notes {month}", "Documents/Notes"),
           ("minutes", "{code} call notes {n}", "project:Meetings")),
    "csv": (("data_export", "{code} export {n}", "Downloads"),
            ("contacts", "{counterpart} contacts", "Documents/Contacts")),
    "txt": (("notes", "notes {n}", "Desktop"),
            ("log", "{code} call log", "project:Meetings"),
            ("email_draft", "Reply to {counterpart} {n}", "Desktop")),
}


@dataclass
class _Planner:
    rng: random.Random
    profile: dict[str, Any]
    policy: dict[str, Any]
    domain: Domain
    today: date
    nodes: list[dict[str, Any]] = field(default_factory=list)
    _paths: set[str] = field(default_factory=set)
    _project_dirs: dict[str, str] = field(default_factory=dict)
    _project_start: dict[str, date] = field(default_factory=dict)

    @property
    def naming(self) -> dict[str, Any]:
        return dict(self.policy.get("naming") or {})

    @property
    def home(self) -> str:
        return str(self.policy["home"])

    @property
    def tidy(self) -> bool:
        return float(self.policy.get("tidiness", 0.5)) >= 0.55

    def _date_after(self, deps: list[str], start: date, spread: int = 12) -> date:
        dep_dates = [date.fromisoformat(n["date"]) for n in self.nodes if n["path"] in deps]
        base = max([start, *dep_dates])
        return min(self.today, base + timedelta(days=self.rng.randint(0, spread)))

    def add(self, folder: str, title: str, kind: str, genre: str, purpose: str,
            project: str | None, deps: list[str], when: date, **name_options: Any) -> str:
        """Add one node; a clash of names gets a '(2)' suffix, as a file manager would."""
        name = file_name(self.naming, title, kind, when, **name_options)
        path = f"{folder}/{name}"
        counter = 2
        while path.lower() in self._paths:
            path = f"{folder}/{name.rsplit('.', 1)[0]} ({counter}).{kind}"
            counter += 1
        self._paths.add(path.lower())
        self.nodes.append({
            "path": path, "kind": kind, "genre": genre, "title": title, "purpose": purpose,
            "project": project, "depends_on": sorted(set(deps)), "date": when.isoformat(),
        })
        return path

    def project_folder(self, code: str, sub: str) -> str:
        base = self._project_dirs[code]
        if not sub:
            return base
        if self.tidy:
            return f"{base}/{folder_name(self.naming, sub, PROJECT_FOLDERS.index(sub) + 1)}"
        return f"{base}/{sub}" if sub in ("Meetings", "Reports", "Data") else base

    def projects(self) -> None:
        cloud = self.policy.get("cloud_folder", "OneDrive")
        for index, project in enumerate(self.profile.get("current_projects") or []):
            code = str(project["code"])
            root = f"{self.home}/Documents/Projects" if self.tidy else f"{self.home}/Documents/Work"
            if index == 1:
                root = f"{self.home}/{cloud}/Projects"
            self._project_dirs[code] = f"{root}/{folder_name(self.naming, code)}"
            start = self.today - timedelta(days=self.rng.randint(60, 220))
            self._project_start[code] = start
            metric = pick(self.rng, [m.name for m in self.domain.metrics], "activity").lower()
            values = {"code": code, "year": self.today.year, "metric": metric,
                      "counterpart": project.get("counterpart", "partner")}
            slots: dict[str, str] = {}
            for slot, genre, kind, sub, title, deps in PROJECT_BUNDLE:
                dep_paths = [slots[d] for d in deps if d in slots]
                when = self._date_after(dep_paths, start)
                options: dict[str, Any] = {}
                if slot == "report" and not self.tidy:
                    options = {"version": 2}
                if slot == "deck" and self.rng.random() < 0.5:
                    options = {"final": True}
                slots[slot] = self.add(
                    self.project_folder(code, sub), fill(title, self.rng, values), kind, genre,
                    f"{genre.replace('_', ' ').capitalize()} for {project.get('name', code)}",
                    code, dep_paths, when, **options,
                )
            if not self.tidy:
                self._clutter(code, slots)

    def _clutter(self, code: str, slots: dict[str, str]) -> None:
        """What an untidy person leaves around: earlier drafts, copies (see clutter)."""
        project_clutter(self, code, slots)

    def general(self) -> None:
        """Admin, team and personal files that every professional keeps."""
        cloud = self.policy.get("cloud_folder", "OneDrive")
        home, year = self.home, self.today.year
        topics = [fill(t, self.rng, self._values()) for t in self.domain.doc_topics]
        month = self.today - timedelta(days=35)
        expenses = self.add(f"{home}/Documents/Admin/Expenses", f"Expense report {month:%B %Y}",
                            "xlsx", "expenses", "Monthly expense claim", None, [], month)
        self.add(f"{home}/Documents/Admin/Expenses", f"Expense claim {month:%B %Y}", "pdf",
                 "report", "The expense claim as submitted", None, [expenses],
                 month + timedelta(days=3))
        self.add(f"{home}/Documents/Admin/HR", f"Annual review {year - 1}", "docx", "review",
                 "Last year's performance review", None, [], date(year - 1, 12, 12)
                 if self.today.month < 12 else self.today - timedelta(days=20))
        self.add(f"{home}/Documents/Admin/HR", "Objectives", "docx", "memo",
                 "Personal objectives agreed with the manager", None, [],
                 self.today - timedelta(days=self.rng.randint(40, 90)))
        self.add(f"{home}/{cloud}/Team/Policies", pick(self.rng, topics, "Team guidelines"),
                 "pdf", "policy", "A team policy everybody is meant to follow", None, [],
                 self.today - timedelta(days=self.rng.randint(100, 300)))
        self.add(f"{home}/{cloud}/Team/Templates", "Report template", "docx", "guide",
                 "The team's template for reports", None, [],
                 self.today - timedelta(days=self.rng.randint(200, 400)))
        self.add(f"{home}/{cloud}/Team", "Team contacts", "csv", "contacts",
                 "Who is who in the team and at partners", None, [],
                 self.today - timedelta(days=self.rng.randint(10, 60)))
        self.add(f"{home}/Desktop", "todo", "md", "todo", "Running to-do list", None, [],
                 self.today)
        self.add(f"{home}/Documents", "README", "md", "readme",
                 "How the user organises their documents", None, [],
                 self.today - timedelta(days=self.rng.randint(150, 300)))
        if self.policy.get("keeps_old_years", True):
            old = date(year - 1, self.rng.randint(2, 11), self.rng.randint(1, 28))
            archive = f"{home}/Documents/Archive/{year - 1}"
            budget = self.add(archive, f"Budget {year - 1}", "xlsx", "budget",
                              "Last year's budget, kept for reference", None, [], old)
            self.add(archive, f"Annual report {year - 1}", "docx", "report",
                     "Last year's annual report", None, [budget], old + timedelta(days=20))

    def _values(self, code: str | None = None, n: int = 1,
                when: date | None = None) -> dict[str, Any]:
        projects = self.profile.get("current_projects") or [{}]
        project = next((p for p in projects if p.get("code") == code), None)
        project = project or self.rng.choice(projects)
        item = self.rng.choice(self.domain.line_items) if self.domain.line_items else None
        return {
            "code": project.get("code", "General"),
            "counterpart": project.get("counterpart", "partner"),
            "item": short_item(item.name) if item else "supplies",
            "year": self.today.year, "quarter": f"Q{(self.today.month - 1) // 3 + 1}",
            "month": (when or self.today - timedelta(days=30 * n)).strftime("%B %Y"),
            "course": self.rng.choice(COURSES),
            "topic": pick(self.rng, self.domain.doc_topics, "Working notes"),
            "n": n, "cloud": self.policy.get("cloud_folder", "OneDrive"),
        }

    def fill_to_target(self, target: int) -> None:
        """Add filler files, kind by kind, toward the reference mix until ``target``."""
        counter = 0
        while len(self.nodes) < target:
            counter += 1
            counts = {kind: sum(n["kind"] == kind for n in self.nodes) for kind in TARGET_MIX}
            kind = max(TARGET_MIX, key=lambda k: TARGET_MIX[k] * target - counts[k])
            options = [f for f in FILLERS[kind]
                       if self._project_dirs or not f[2].startswith("project:")]
            genre, title, where = self.rng.choice(options)
            code = self.rng.choice(sorted(self._project_dirs)) if self._project_dirs else None
            start = self._project_start.get(code or "", self.today - timedelta(days=200))
            when = start + timedelta(days=self.rng.randint(0, max(1, (self.today - start).days)))
            values = self._values(code, n=counter % 9 + 1, when=when)
            values["topic"] = fill(str(values["topic"]), self.rng, values)
            if where.startswith("project:") and code:
                folder = self.project_folder(code, where.split(":", 1)[1])
            else:
                code = None
                folder = f"{self.home}/{fill(where, self.rng, values)}"
            self.add(folder, fill(title, self.rng, values), kind, genre,
                     f"{genre.replace('_', ' ').capitalize()} kept for reference", code, [], when)

    def trim_to_target(self, target: int) -> None:
        """Drop files nothing depends on, newest additions first, until ``target``."""
        while len(self.nodes) > target:
            needed = {dep for node in self.nodes for dep in node["depends_on"]}
            removable = next(
                (i for i in range(len(self.nodes) - 1, -1, -1)
                 if self.nodes[i]["path"] not in needed), None)
            if removable is None:
                return
            self.nodes.pop(removable)


@register("FilePlan")
def file_plan(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """A FilePlan for the profile and policy in ``inputs``."""
    profile = inputs.get("profile") or {}
    policy = inputs.get("policy") or {}
    today = date.fromisoformat(str(inputs.get("today", "2026-03-02")))
    planner = _Planner(random.Random(seed), profile, policy,
                       domain_by_key(str(profile.get("domain", ""))), today)
    target = int(policy.get("target_file_count", 120))
    planner.projects()
    planner.general()
    add_clutter(planner)
    planner.fill_to_target(target)
    planner.trim_to_target(target)
    return {"files": planner.nodes}
