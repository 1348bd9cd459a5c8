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
from functools import cached_property
from typing import Any

from synthcomp.models.offline.chat import register
from synthcomp.models.offline.lang import ENGLISH, Phrasebook, book_for
from synthcomp.models.offline.people import domain_by_key, fill, pick, short_item
from synthcomp.models.offline.vocab import Domain
from synthcomp.models.offline.world.clutter import add_clutter, project_clutter
from synthcomp.models.offline.world.families import bundle_for, family_of
from synthcomp.models.offline.world.naming import file_name, folder_name

# The reference mix (paper: DOCX 35%, XLSX 16%, PDF 14%, PPTX 9%); the rest is md/csv/txt.
TARGET_MIX: dict[str, float] = {
    "docx": 0.35, "xlsx": 0.16, "pdf": 0.14, "pptx": 0.09, "md": 0.10, "csv": 0.08, "txt": 0.08,
}

COURSES = ("course_data", "course_negotiation", "course_first_aid", "course_excel", "course_pm",
           "course_fire", "course_security")

# Folders inside a project, in the order a tidy user numbers them.
PROJECT_FOLDERS = ("folder_budget", "folder_planning", "folder_meetings", "folder_contracts",
                   "folder_specs", "folder_reports", "folder_presentations", "folder_data",
                   "folder_reporting", "folder_notes")

# Filler files per kind, used to reach the target count with the reference mix:
# (genre, title word key, where) where is "project:<folder key>" or folder keys under home.
FILLERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "docx": (("minutes", "title_meeting_n", "project:folder_meetings"),
             ("memo", "title_review", "Documents/folder_notes"),
             ("letter", "title_letter", "project:folder_contracts"),
             ("review", "title_review", "project:folder_reports")),
    "xlsx": (("expenses", "title_expense_report", "Documents/folder_admin/folder_expenses"),
             ("timesheet", "title_timesheet", "Documents/folder_admin/folder_timesheets"),
             ("price_comparison", "title_item_compare", "project:folder_budget")),
    "pdf": (("invoice", "title_invoice", "Downloads"),
            ("certificate", "title_certificate", "Documents/folder_admin/folder_training"),
            ("guide", "title_guide", "{cloud}/folder_team/folder_guides")),
    "pptx": (("training_deck", "title_training", "{cloud}/folder_team/folder_training"),
             ("status_deck", "title_update", "project:folder_presentations")),
    "md": (("notes", "title_month_notes", "Documents/folder_notes"),
           ("minutes", "title_call_notes", "project:folder_meetings")),
    "csv": (("data_export", "title_export", "Downloads"),
            ("contacts", "title_contacts", "Documents/folder_contacts")),
    "txt": (("notes", "title_notes_n", "Desktop"),
            ("log", "title_call_log", "project:folder_meetings"),
            ("email_draft", "title_reply", "Desktop")),
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

    @cached_property
    def book(self) -> Phrasebook:
        """The user's working language: folder names and titles are written in it."""
        return book_for(str(self.profile.get("language", "English")),
                        str(self.profile.get("country", "")))[0]

    def word(self, key: str) -> str:
        """A label in the user's language."""
        return self.book.word(key, ENGLISH)

    def title(self, key: str, values: dict[str, Any]) -> str:
        """A file title from the phrasebook's template ``key``."""
        return self.book.fill(self.word(key), self.rng, values)

    def place(self, where: str) -> str:
        """'Documents/folder_admin/folder_expenses' with the folder keys in the language."""
        return "/".join(self.word(part) if part.startswith("folder_") else part
                        for part in where.split("/"))

    def month_name(self, when: date) -> str:
        """'March 2026', 'mars 2026', '3月 2026'."""
        return f"{self.book.months[when.month - 1]} {when.year}"

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

    def filler_project(self) -> str | None:
        """The project a filler file belongs to: mostly the work the persona stated."""
        stated = sorted(str(p.get("code")) for p in self.profile.get("current_projects") or []
                        if p.get("origin") == "persona" and p.get("code") in self._project_dirs)
        every = sorted(self._project_dirs)
        if stated and self.rng.random() < 0.8:
            return self.rng.choice(stated)
        return self.rng.choice(every) if every else None

    def taken(self, folder: str, title: str, kind: str, when: date) -> bool:
        """Whether a file of this title is already planned in ``folder``."""
        return f"{folder}/{file_name(self.naming, title, kind, when)}".lower() in self._paths

    def project_folder(self, code: str, sub: str) -> str:
        """The project's folder, or its sub-folder ``sub`` (a folder key) when the user keeps one."""
        base = self._project_dirs[code]
        if not sub:
            return base
        if self.tidy:
            number = PROJECT_FOLDERS.index(sub) + 1 if sub in PROJECT_FOLDERS else 0
            return f"{base}/{folder_name(self.naming, self.word(sub), number or None)}"
        kept = ("folder_meetings", "folder_reports", "folder_data")
        return f"{base}/{self.word(sub)}" if sub in kept else base

    def projects(self) -> None:
        cloud = self.policy.get("cloud_folder", "OneDrive")
        for index, project in enumerate(self.profile.get("current_projects") or []):
            code = str(project["code"])
            docs = f"{self.home}/Documents"
            root = f"{docs}/{self.word('folder_projects' if self.tidy else 'folder_work')}"
            if index == 1:
                root = f"{self.home}/{cloud}/{self.word('folder_projects')}"
            self._project_dirs[code] = f"{root}/{folder_name(self.naming, code)}"
            start = self.today - timedelta(days=self.rng.randint(60, 220))
            self._project_start[code] = start
            english = self.book.code == "en"
            metric = pick(self.rng, [m.name for m in self.domain.metrics], "activity").lower() \
                if english else self.word("h_indicators").lower()
            values = {"code": code, "year": self.today.year, "metric": metric, "n": 1,
                      "counterpart": project.get("counterpart", "partner")}
            text = " ".join(str(project.get(k, "")) for k in ("name", "work", "description"))
            slots: dict[str, str] = {}
            for slot, genre, kind, sub, title, deps in bundle_for(family_of(text)):
                dep_paths = [slots[d] for d in deps if d in slots]
                when = self._date_after(dep_paths, start)
                options: dict[str, Any] = {}
                if slot == "report" and not self.tidy:
                    options = {"version": 2}
                if slot == "deck" and self.rng.random() < 0.5:
                    options = {"final": True}
                slots[slot] = self.add(
                    self.project_folder(code, sub), self.title(title, values), kind, genre,
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
        month = self.today - timedelta(days=35)
        admin = f"{home}/{self.place('Documents/folder_admin')}"
        team = f"{home}/{cloud}/{self.word('folder_team')}"
        values = {"month": self.month_name(month), "year": year - 1}
        expenses = self.add(f"{admin}/{self.word('folder_expenses')}",
                            self.title("title_expense_report", values), "xlsx", "expenses",
                            "Monthly expense claim", None, [], month)
        self.add(f"{admin}/{self.word('folder_expenses')}",
                 self.title("title_expense_claim", values), "pdf", "report",
                 "The expense claim as submitted", None, [expenses], month + timedelta(days=3))
        self.add(f"{admin}/{self.word('folder_hr')}", self.title("title_annual_review", values),
                 "docx", "review", "Last year's performance review", None, [],
                 date(year - 1, 12, 12) if self.today.month < 12
                 else self.today - timedelta(days=20))
        self.add(f"{admin}/{self.word('folder_hr')}", self.word("title_objectives"), "docx",
                 "memo", "Personal objectives agreed with the manager", None, [],
                 self.today - timedelta(days=self.rng.randint(40, 90)))
        self.add(f"{team}/{self.word('folder_policies')}", self.word("title_team_guidelines"),
                 "pdf", "policy", "A team policy everybody is meant to follow", None, [],
                 self.today - timedelta(days=self.rng.randint(100, 300)))
        self.add(f"{team}/{self.word('folder_templates')}", self.word("title_report_template"),
                 "docx", "guide", "The team's template for reports", None, [],
                 self.today - timedelta(days=self.rng.randint(200, 400)))
        self.add(team, self.word("title_team_contacts"), "csv", "contacts",
                 "Who is who in the team and at partners", None, [],
                 self.today - timedelta(days=self.rng.randint(10, 60)))
        self.add(f"{home}/Desktop", self.word("title_todo"), "md", "todo", "Running to-do list",
                 None, [], self.today)
        self.add(f"{home}/Documents", "README", "md", "readme",
                 "How the user organises their documents", None, [],
                 self.today - timedelta(days=self.rng.randint(150, 300)))
        if self.policy.get("keeps_old_years", True):
            old = date(year - 1, self.rng.randint(2, 11), self.rng.randint(1, 28))
            archive = f"{home}/{self.place('Documents/folder_archive')}/{year - 1}"
            budget = self.add(archive, self.title("title_old_budget", values), "xlsx", "budget",
                              "Last year's budget, kept for reference", None, [], old)
            self.add(archive, self.title("title_annual_report", values), "docx", "report",
                     "Last year's annual report", None, [budget], old + timedelta(days=20))

    def _values(self, code: str | None = None, n: int = 1,
                when: date | None = None) -> dict[str, Any]:
        projects = self.profile.get("current_projects") or [{}]
        project = next((p for p in projects if p.get("code") == code), None)
        project = project or self.rng.choice(projects)
        english = self.book.code == "en"
        item = self.rng.choice(self.domain.line_items) if self.domain.line_items and english \
            else None
        topics = ("line_equipment", "line_materials", "line_software", "line_external",
                  "line_training", "line_communication", "line_maintenance", "line_travel")
        return {
            "code": project.get("code", "General"),
            "counterpart": project.get("counterpart", "partner"),
            "item": short_item(item.name) if item else self.word(self.rng.choice(
                ("line_equipment", "line_materials", "line_software", "line_external"))),
            "year": self.today.year, "quarter": f"Q{(self.today.month - 1) // 3 + 1}",
            "month": self.month_name(when or self.today - timedelta(days=30 * n)),
            "course": self.word(self.rng.choice(COURSES)),
            "topic": (str(project.get("name")) if project.get("origin") == "persona"
                      and self.rng.random() < 0.6
                      else pick(self.rng, self.domain.doc_topics, "Working notes") if english
                      else f"{self.word(self.rng.choice(topics))} {project.get('code', '')}"),
            "n": n, "cloud": self.policy.get("cloud_folder", "OneDrive"),
            "date": (when or self.today).isoformat(),
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
            code = self.filler_project()
            start = self._project_start.get(code or "", self.today - timedelta(days=200))
            when = start + timedelta(days=self.rng.randint(0, max(1, (self.today - start).days)))
            values = self._values(code, n=counter % 9 + 1, when=when)
            values["topic"] = fill(str(values["topic"]), self.rng, values)
            if where.startswith("project:") and code:
                folder = self.project_folder(code, where.split(":", 1)[1])
            else:
                code = None
                folder = f"{self.home}/{self.place(fill(where, self.rng, values))}"
            name = self.title(title, values)
            if self.taken(folder, name, kind, when) and counter < target * 20:
                continue  # a "(2)" would be an unrelated file under a copy's name
            self.add(folder, name, kind, genre,
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
