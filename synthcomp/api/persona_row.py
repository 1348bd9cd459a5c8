"""A computer built from a persona (meta/manifest.json, and meta/plan.json once planned) as a
decoded row of the published schema (``microsoft/synthetic-computers-at-scale``).

The published row and this project's manifest describe the same things with different fields.
What each column is made of:

================================  =============================================================
published field                   derived from
================================  =============================================================
persona.persona                   manifest.persona, verbatim
persona.current_timestamp         manifest.today at 00:00:00 (the computer's present day)
persona.os                        user_profile.os ("windows" / "macos")
user_profile.identity             name, the home folder's last name as username, role,
                                  employer as organization, "city, country" as location,
                                  seniority as career_stage (email, department, industry kept)
user_profile.biographical_summary one sentence made of the identity fields (short_bio)
user_profile.career_profile       role and seniority (career_summary)
user_profile.historical_work_...  empty timeline: the manifest has no history
user_profile.work_context         tools, industry, department, language, locale, currency,
                                  domain; projects' descriptions as current_focus_areas; the
                                  kinds of files on the drive as common_document_types
user_profile.current_projects_... one entry per project (code as project_id, name, description
                                  as what_it_is, counterpart, budget)
user_profile.work_style           work_style as the one work pattern
user_profile.document_behavior    filesystem_policy.naming as naming_behavior
user_profile.collaboration_...    the plan's collaborators (or the manifest's), one sentence per
                                  relationship (manager / peer / report / external)
user_profile.related_people       the same collaborators: name, title, relationship, persona
collaboration_context             the plan's collaborators: "title, organisation" as role, the
                                  planner's role as relationship_to_user, persona as background,
                                  knows as what_they_provide, private files as reference_files,
                                  and the rubric of the deliverable each one requests (below)
monthly_objectives                the plan: month_start/month_end/working days as
                                  simulation_period; each deliverable with its objective's
                                  description and must_contain as description, its milestones
                                  as {week, goal} (week counted from month_start), its last
                                  milestone as target_completion, its path as output_files;
                                  weekly_focus from the milestones due each week;
                                  recurring_activities empty (the plan has none); events and
                                  planted_errors kept as extra keys. Unplanned: the manifest's
                                  objectives, the period from today to the last due date
project_index                     user_profile.current_projects + manifest.project_index: code,
                                  name, description, counterpart as tag, the collaborators of the
                                  counterpart's organisation as related_people
filesystem_policy                 the earliest file date as system_start_timestamp; C: (Windows)
                                  or "Macintosh HD" (macOS) as the layout, plus any other drive
                                  letter or /Volumes folder the drive uses; top_folders as
                                  default_paths; the most used folders as storage_patterns;
                                  tidiness as organization_style; naming as naming_style
file_list                         one record per manifest file: path in the OS's spelling,
                                  drive mtime as timestamp, origin by genre (a quote, contract or
                                  invoice is "shared", a data export "system_generated", the rest
                                  "user_created"), title, purpose and summary as description,
                                  content_mode "generate", content_scale by size, project as
                                  project_ids, depends_on as derived_from (kind, genre, size_kb,
                                  sha256 kept)
file_graph                        every file as a node {path, project_ids}; each manifest
                                  (dependency, dependent) pair as {from, to, type: derived_from}
================================  =============================================================

A collaborator's rubric: each deliverable is requested by the collaborator whose events concern
it most, else the manager, else the first collaborator; the published rubric is one per
collaborator, so the first deliverable a collaborator requests is ``rubric`` and the others go to
``additional_rubrics``. Criteria keep their weight (they sum to 1 per deliverable), the text as
name and description, and the tag, expects and forbids.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import Any

from synthcomp.dataset.paths import original_path
from synthcomp.schemas import ComputerManifest, MonthPlan
from synthcomp.schemas.month import Collaborator, Deliverable

# Genres whose file comes from outside the user's organisation, or out of a system.
SHARED_GENRES = frozenset({"quote", "contract", "invoice", "agreement", "offer", "proposal"})
SYSTEM_GENRES = frozenset({"data_export", "export", "log"})
VERSIONED = re.compile(r"(?:v\d+|rev\d+|\(\d+\)|_final)$", re.IGNORECASE)
EXTERNAL_ROLES = ("client", "vendor", "compliance", "stakeholder")


def _content_scale(size: int) -> str:
    return "small" if size < 20_000 else "medium" if size < 100_000 else "large"


def _origin(genre: str) -> str:
    if genre in SHARED_GENRES:
        return "shared"
    return "system_generated" if genre in SYSTEM_GENRES else "user_created"


def _timestamp(drive: Path, path: str, date: str) -> str:
    """The file's mtime (UTC, as the builder sets it) when it falls on its recorded date, else
    the date at midnight: a file touched after the build keeps the manifest's date."""
    try:
        stamp = datetime.datetime.fromtimestamp((drive / path).stat().st_mtime, datetime.UTC)
    except OSError:
        return f"{date}T00:00:00"
    moment = stamp.replace(tzinfo=None).isoformat(timespec="seconds")
    return moment if moment.startswith(date) else f"{date}T00:00:00"


class _Rows:
    """The pieces of one row, sharing the manifest, the plan and the path spelling."""

    def __init__(self, manifest: ComputerManifest, plan: MonthPlan | None, drive: Path) -> None:
        self.manifest = manifest
        self.plan = plan
        self.drive = drive
        self.os = manifest.user_profile.os
        self.profile = manifest.user_profile
        self.policy = manifest.filesystem_policy
        self.collaborators: list[Collaborator] = plan.collaborators if plan else []

    def spell(self, path: str) -> str:
        """A drive path as the row's OS spells it (``C:/Users/x/a`` or ``/Users/x/a``)."""
        return original_path(path, self.os)

    # --- persona and user_profile ---------------------------------------------------------

    def persona(self) -> dict[str, Any]:
        today = self.manifest.today or min((f.date for f in self.manifest.file_list), default="")
        return {"persona": self.manifest.persona,
                "current_timestamp": f"{today}T00:00:00" if today else None, "os": self.os}

    def people(self) -> list[dict[str, Any]]:
        """The collaborators as (id, name, role, title, organisation, persona) dicts: the plan's,
        else the manifest's collaboration_context (written by the planner too)."""
        if self.collaborators:
            return [person.model_dump() for person in self.collaborators]
        listed = (self.manifest.collaboration_context or {}).get("collaborators")
        return [person for person in listed if isinstance(person, dict)] \
            if isinstance(listed, list) else []

    def user_profile(self) -> dict[str, Any]:
        p = self.profile
        username = PurePosixPath(self.policy.home).name
        kinds = Counter(f.kind for f in self.manifest.file_list)
        people = self.people()

        def sentence(roles: tuple[str, ...]) -> str:
            named = [f"{x.get('name')} ({x.get('title') or x.get('role')}, {x.get('organisation')})"
                     for x in people if x.get("role") in roles]
            return "; ".join(named)

        return {
            "identity": {"full_name": p.name, "username": username, "role": p.role,
                         "organization": p.employer, "location": f"{p.city}, {p.country}",
                         "career_stage": p.seniority, "email": p.email,
                         "department": p.department, "industry": p.industry},
            "biographical_summary": {"short_bio": f"{p.name} is a {p.seniority} {p.role} in "
                                                  f"{p.department} at {p.employer} ({p.industry}), "
                                                  f"based in {p.city}, {p.country}."},
            "career_profile": {"career_summary": f"{p.role} ({p.seniority}) at {p.employer}."},
            "historical_work_context": {"historical_focus_timeline": []},
            "work_context": {"current_focus_areas": [x.description for x in p.current_projects],
                             "common_document_types": [k for k, _ in kinds.most_common()],
                             "tools": p.tools, "industry": p.industry, "department": p.department,
                             "language": p.language, "locale": p.locale, "currency": p.currency,
                             "domain": p.domain},
            "current_projects_overview": [
                {"project_id": x.code, "name": x.name, "what_it_is": x.description,
                 "counterpart": x.counterpart, "budget": x.budget} for x in p.current_projects],
            "work_style": {"work_patterns": [p.work_style]},
            "document_behavior": {"naming_behavior": self.policy.naming.model_dump()},
            "collaboration_context": {key: text for key, text in (
                ("manager_relationship", sentence(("manager",))),
                ("peer_collaboration_style", sentence(("peer",))),
                ("direct_report_context", sentence(("report",))),
                ("external_stakeholder_context", sentence(EXTERNAL_ROLES))) if text},
            "related_people": [{"name": x.get("name"), "role": x.get("title") or x.get("role"),
                                "relationship": x.get("role"),
                                **({"context": x["persona"]} if x.get("persona") else {})}
                               for x in people],
        }

    # --- collaborators and the month ------------------------------------------------------

    def requesters(self) -> dict[str, str]:
        """Deliverable id -> the id of the collaborator who requests it (see the module doc)."""
        if not self.plan or not self.collaborators:
            return {}
        manager = next((c.id for c in self.collaborators if c.role == "manager"),
                       self.collaborators[0].id)
        asked: dict[str, Counter[str]] = {}
        for event in self.plan.events:
            for deliverable in event.affects:
                asked.setdefault(deliverable, Counter())[event.collaborator_id] += 1
        return {d.id: (asked[d.id].most_common(1)[0][0] if d.id in asked else manager)
                for d in self.plan.deliverables()}

    def rubric(self, deliverable_id: str, requester: str) -> dict[str, Any]:
        assert self.plan is not None
        criteria = [{"name": c.text, "weight": c.weight, "description": c.text, "id": c.id,
                     "tag": c.tag, **({"expects": c.expects} if c.expects else {}),
                     **({"forbids": c.forbids} if c.forbids else {})}
                    for c in self.plan.rubric.criteria if c.deliverable_id == deliverable_id]
        return {"deliverable_id": deliverable_id, "requester_id": requester, "criteria": criteria}

    def collaboration_context(self) -> dict[str, Any]:
        if not self.plan:
            return {"collaborators": [
                {"id": x.get("id"), "name": x.get("name"),
                 "role": ", ".join(str(v) for v in (x.get("title"), x.get("organisation")) if v),
                 "organization": x.get("organisation"), "relationship_to_user": x.get("role")}
                for x in self.people()]}
        by_requester: dict[str, list[str]] = {}
        for deliverable, person in self.requesters().items():
            by_requester.setdefault(person, []).append(deliverable)
        people = []
        for c in self.collaborators:
            rubrics = [self.rubric(d, c.id) for d in by_requester.get(c.id, [])]
            people.append({
                "id": c.id, "name": c.name, "role": f"{c.title}, {c.organisation}",
                "organization": c.organisation, "relationship_to_user": c.role,
                "background": c.persona, "communication_style": c.communication_style,
                "what_they_provide": "; ".join(c.knows),
                "key_facts": {"responsiveness": c.responsiveness,
                              "typical_delay_hours": c.typical_delay_hours},
                "reference_files": [{"id": f"{c.id}_ref_{i:02d}", "filename": f.path,
                                     "description": f"{f.title}: {f.description}", "type": f.kind}
                                    for i, f in enumerate(c.private_files, start=1)],
                **({"rubric": rubrics[0]} if rubrics else {}),
                **({"additional_rubrics": rubrics[1:]} if len(rubrics) > 1 else {}),
            })
        return {"collaborators": people}

    def _project_of(self, paths: list[str]) -> str | None:
        by_path = {f.path: f.project for f in self.manifest.file_list}
        found = Counter(by_path[p] for p in paths if by_path.get(p))
        return found.most_common(1)[0][0] if found else None

    def monthly_objectives(self) -> dict[str, Any]:
        if self.plan is None:
            return self._unplanned_objectives()
        plan = self.plan
        start = datetime.date.fromisoformat(plan.month_start)

        def week(day: str) -> int:
            return (datetime.date.fromisoformat(day) - start).days // 7 + 1

        deliverables = []
        focus: dict[int, list[tuple[str, str]]] = {}
        for objective in plan.objectives:
            for d in objective.deliverables:
                steps = sorted((m for m in objective.milestones if m.deliverable_id == d.id),
                               key=lambda m: m.due)
                for m in steps:
                    focus.setdefault(week(m.due), []).append((m.title, d.id))
                deliverables.append(self._deliverable(d, objective.description, objective.id,
                                                      [{"week": week(m.due), "goal": m.title,
                                                        "due": m.due} for m in steps],
                                                      steps[-1].due if steps else plan.month_end))
        end = datetime.date.fromisoformat(plan.month_end)
        weeks = []
        for number in range(1, week(plan.month_end) + 1):
            first = start + datetime.timedelta(days=7 * (number - 1))
            last = min(first + datetime.timedelta(days=6), end)
            due = focus.get(number, [])
            weeks.append({"week": number, "dates": f"{first} to {last}",
                          "focus": "; ".join(title for title, _ in due) or "no milestone due",
                          "deliverable_ids": list(dict.fromkeys(d for _, d in due))})
        return {"simulation_period": {"start": plan.month_start, "end": plan.month_end,
                                      "working_days": len(plan.working_days)},
                "deliverables": deliverables, "recurring_activities": [], "weekly_focus": weeks,
                "events": [e.model_dump() for e in plan.events],
                "planted_errors": [e.model_dump() for e in plan.planted_errors]}

    def _deliverable(self, d: Deliverable, about: str, objective_id: str,
                     milestones: list[dict[str, Any]], due: str) -> dict[str, Any]:
        return {"id": d.id, "title": d.title, "project_id": self._project_of(d.inputs),
                "description": f"{about} Must contain: {'; '.join(d.must_contain)}.",
                "target_completion": due, "milestones": milestones,
                "output_files": [self.spell(d.path)], "objective_id": objective_id,
                "format": d.format, "must_contain": d.must_contain,
                "inputs": [self.spell(p) for p in d.inputs], "depends_on": d.depends_on,
                "effort_hours": d.effort_hours}

    def _unplanned_objectives(self) -> dict[str, Any]:
        objectives = self.manifest.monthly_objectives or []
        deliverables = []
        for objective in objectives:
            listed = objective.get("deliverables")
            for d in listed if isinstance(listed, list) else []:
                if isinstance(d, dict) and d.get("id") and d.get("path"):
                    deliverables.append({
                        "id": d["id"], "title": d.get("title", ""),
                        "description": str(objective.get("description", "")),
                        "target_completion": objective.get("due"), "milestones": [],
                        "output_files": [self.spell(str(d["path"]))],
                        "objective_id": objective.get("id"), "format": d.get("format")})
        if not deliverables:
            return {}
        dues = [str(d["target_completion"]) for d in deliverables if d["target_completion"]]
        start = self.manifest.today or min(dues, default="")
        return {"simulation_period": {"start": start, "end": max(dues, default=start),
                                      "notes": "not planned yet: the period runs from the "
                                               "computer's present day to the last due date"},
                "deliverables": deliverables, "recurring_activities": [], "weekly_focus": []}

    # --- projects, filesystem, files ------------------------------------------------------

    def project_index(self) -> dict[str, Any]:
        people = self.people()
        codes = [x.code for x in self.profile.current_projects]
        projects = [{"project_id": x.code, "name": x.name, "description": x.description,
                     "tags": [x.counterpart], "counterpart": x.counterpart, "budget": x.budget,
                     "related_people": [str(c.get("name")) for c in people
                                        if c.get("organisation") == x.counterpart],
                     "related_projects": [],
                     "files": [self.spell(p) for p in self.manifest.project_index.get(x.code, [])]}
                    for x in self.profile.current_projects]
        projects += [{"project_id": code, "name": code, "description": "", "tags": [],
                      "related_people": [], "related_projects": [],
                      "files": [self.spell(p) for p in paths]}
                     for code, paths in self.manifest.project_index.items() if code not in codes]
        return {"projects": projects}

    def _folders(self, paths: list[str], limit: int = 3) -> list[str]:
        found = Counter(str(PurePosixPath(p).parent) for p in paths)
        return [self.spell(folder) for folder, _ in found.most_common(limit)]

    def filesystem_policy(self) -> dict[str, Any]:
        policy = self.policy
        files = self.manifest.file_list
        tops = Counter(PurePosixPath(f.path).parts[:2] for f in files)
        if self.os == "windows":
            letters = sorted({"C"} | {parts[0] for parts in tops
                                      if len(parts[0]) == 1 and parts[0].isupper()})
            layout: dict[str, Any] = {"drive_layout": [
                {"letter": letter, "role": "system" if letter == "C" else "data"}
                for letter in letters]}
        else:
            volumes = sorted({parts[1] for parts in tops
                              if parts[0] == "Volumes" and len(parts) > 1})
            layout = {"volume_layout": [{"name": "Macintosh HD", "role": "primary"},
                                        *({"name": v, "role": "external"} for v in volumes)]}
        tidiness = "high" if policy.tidiness >= 2 / 3 else "medium" if policy.tidiness >= 1 / 3 \
            else "low"
        office = [f.path for f in files if f.kind in ("docx", "xlsx", "pptx", "pdf")]
        first = min((f.date for f in files), default=None)
        return {
            "system_start_timestamp": f"{first}T00:00:00" if first else None,
            **layout,
            "default_paths": {
                folder.casefold().replace(" ", "_"): self.spell(f"{policy.home}/{folder}")
                for folder in dict.fromkeys([*policy.top_folders, policy.cloud_folder])},
            "storage_patterns": {
                "office_files_usually_go_to": self._folders(office),
                "project_files_usually_go_to": self._folders(
                    [f.path for f in files if f.project]),
            },
            "organization_style": {"tidiness": tidiness, "tidiness_score": policy.tidiness,
                                   "uses_project_folders": any(
                                       f.project and f.project in PurePosixPath(f.path).parts
                                       for f in files),
                                   "keeps_old_years": policy.keeps_old_years},
            "naming_style": {"is_consistent": policy.tidiness >= 0.5,
                             "uses_version_suffixes": any(
                                 VERSIONED.search(PurePosixPath(f.path).stem) for f in files),
                             **policy.naming.model_dump()},
            "usage_patterns": {},
            "home": self.spell(policy.home), "cloud_folder": policy.cloud_folder,
            "target_file_count": policy.target_file_count,
        }

    def file_list(self) -> list[dict[str, Any]]:
        return [{"path": self.spell(f.path),
                 "timestamp": _timestamp(self.drive, f.path, f.date),
                 "origin": _origin(f.genre),
                 "description": " ".join(part for part in (f"{f.title}:", f.purpose, f.summary)
                                         if part),
                 "content_mode": "generate", "content_scale": _content_scale(f.size),
                 "project_ids": [f.project] if f.project else [],
                 "derived_from": [self.spell(p) for p in f.depends_on],
                 "type": f.kind, "genre": f.genre, "title": f.title,
                 "size_kb": round(f.size / 1024, 1), "sha256": f.sha256}
                for f in self.manifest.file_list]

    def file_graph(self) -> dict[str, Any]:
        return {"nodes": [{"path": self.spell(f.path),
                           "project_ids": [f.project] if f.project else []}
                          for f in self.manifest.file_list],
                "edges": [{"from": self.spell(source), "to": self.spell(target),
                           "type": "derived_from"} for source, target in self.manifest.file_graph]}


def persona_row(manifest: ComputerManifest, plan: MonthPlan | None, drive: Path) -> dict[str, Any]:
    """A persona-built computer as a decoded row of the published schema (the module's table
    says where each field comes from); ``plan`` is None for a computer not planned yet and
    ``drive`` gives the files' modification times."""
    parts = _Rows(manifest, plan, drive)
    return {
        "computer_id": manifest.computer_id,
        "collaboration_context": parts.collaboration_context(),
        "file_graph": parts.file_graph(),
        "file_list": parts.file_list(),
        "filesystem_policy": parts.filesystem_policy(),
        "monthly_objectives": parts.monthly_objectives(),
        "persona": parts.persona(),
        "project_index": parts.project_index(),
        "user_profile": parts.user_profile(),
    }
