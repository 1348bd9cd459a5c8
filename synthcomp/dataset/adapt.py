"""A :class:`DatasetComputer` as the project's own :class:`UserProfile` and :class:`FilesystemPolicy`.

The row gives who the user is (name, role, organisation, location, career stage, username, OS,
home, projects); what the project's schemas need and the row does not say (locale, language,
currency, industry, department, seniority words, naming habits...) is derived deterministically
from what it does say, and each derived field is named in a note so nobody mistakes it for the
row's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from synthcomp.dataset.models import DatasetComputer
from synthcomp.models.offline.vocab import match_domain, match_region
from synthcomp.schemas import FilesystemPolicy, NamingHabits, Project, UserProfile
from synthcomp.text import ascii_fold, slug_words

MAX_PROJECTS = 8  # UserProfile allows 1..8

# The career_stage spellings of the rows, read as the project's seniority levels.
_STAGES = {
    "early_career": "junior", "entry_level": "junior", "junior": "junior", "student": "junior",
    "mid_career": "mid", "mid": "mid", "experienced": "senior", "senior": "senior",
    "late_career": "senior", "lead": "lead", "manager": "lead", "principal": "lead",
    "executive": "executive", "leadership": "executive",
}

_CODE = re.compile(r"[^A-Za-z0-9]+")


def _words(value: object) -> Iterator[str]:
    """Every string inside a JSON value, depth first."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _words(item)
    elif isinstance(value, list):
        for item in value:
            yield from _words(item)


def _first_text(sections: dict[str, Any], *keys: str) -> str | None:
    """The first non-empty string found under any of ``keys`` (searched in every section)."""
    for key in keys:
        for section in sections.values():
            if isinstance(section, dict) and isinstance(section.get(key), str) and section[key].strip():
                return " ".join(section[key].split())
    return None


def _tools(sections: dict[str, Any]) -> list[str] | None:
    """A list of tool names the profile states under a key mentioning tools or software."""
    for section in sections.values():
        if not isinstance(section, dict):
            continue
        for key, value in section.items():
            if re.search(r"tool|software|stack", key, re.IGNORECASE) and isinstance(value, list):
                names = [item for item in value if isinstance(item, str) and item.strip()]
                if names:
                    return [name.strip()[:60] for name in names[:10]]
    return None


def _projects(computer: DatasetComputer, organization: str) -> list[Project]:
    projects = []
    for entry in computer.projects[:MAX_PROJECTS]:
        code = _CODE.sub("-", entry.project_id.removeprefix("project_")).strip("-")[:40] or "Project"
        projects.append(Project(
            name=entry.name or entry.project_id, code=code,
            counterpart=(entry.related_people or [organization])[0] or organization,
            description=entry.description or entry.name or entry.project_id, budget=0.0))
    return projects or [Project(name="General work", code="General", counterpart=organization,
                                description="Day-to-day work (the row lists no project).",
                                budget=0.0)]


def project_codes(computer: DatasetComputer) -> dict[str, str]:
    """The row's project_id -> the folder-friendly code the profile gives that project."""
    organization = computer.profile.identity.organization or "the organisation"
    return {entry.project_id: project.code
            for entry, project in zip(computer.projects, _projects(computer, organization),
                                      strict=False)}


def user_profile(computer: DatasetComputer) -> tuple[UserProfile, list[str]]:
    """The row's user as a UserProfile, and notes naming every field derived rather than read."""
    identity, sections = computer.profile.identity, computer.profile.sections
    derived: list[str] = []
    name = identity.full_name or identity.username or computer.computer_id
    if not identity.full_name:
        derived.append("name")
    organization = identity.organization or "Independent"
    text = " ".join([computer.profile.persona, identity.role, organization,
                     *(_words(sections.get("work_context")))])
    domain = match_domain(text)
    region = match_region(identity.location or computer.profile.persona)
    city, _, rest = (identity.location or region.cities[0]).partition(",")
    country = rest.rsplit(",", 1)[-1].strip() if rest else region.country
    seniority = _STAGES.get(identity.career_stage.strip().casefold().replace("-", "_").replace(" ", "_"))
    if seniority is None:
        role = identity.role.casefold()
        seniority = "lead" if "lead" in role or "manager" in role else \
            "senior" if "senior" in role else "mid"
        derived.append("seniority")
    mail_domain = "".join(w.lower() for w in slug_words(organization, 2)) or "example"
    user = identity.username or ascii_fold(name).lower().replace(" ", ".")
    department = _first_text(sections, "department", "team", "division")
    work_style = _first_text(sections, "work_style", "working_style", "summary", "style")
    tools = _tools(sections)
    derived += ["locale", "language", "currency", "industry", "domain", "email"]
    derived += [field for field, value in (("department", department), ("work_style", work_style),
                                           ("tools", tools)) if value is None]
    profile = UserProfile(
        name=name, role=identity.role or "Employee", employer=organization,
        department=department or (domain.departments or ("Operations",))[0],
        industry=domain.industry, city=city.strip() or region.cities[0], country=country,
        locale=region.locale, language=region.language, currency=region.currency,
        seniority=seniority,  # type: ignore[arg-type]
        work_style=work_style or "Works as the row's files show.",
        email=f"{ascii_fold(user).lower()}@{mail_domain}.example",
        current_projects=_projects(computer, organization),
        tools=tools or list(domain.tools[:5]), os=computer.profile.os, domain=domain.key,
    )
    notes = [f"user_profile: {', '.join(derived)} derived (the row does not give them): "
             f"{region.locale}, {region.language}, {region.currency}, domain {domain.key}"]
    return profile, notes


def filesystem_policy(computer: DatasetComputer) -> tuple[FilesystemPolicy, list[str]]:
    """The row's filesystem as a FilesystemPolicy (OS, home and top folders from the row's own
    paths; naming habits and tidiness, which the project needs and the row does not state, are
    fixed defaults), and a note saying so."""
    home = computer.filesystem.home
    tops: dict[str, None] = {}
    for file in computer.files:
        inside = file.path.removeprefix(home + "/")
        if inside != file.path and "/" in inside:
            tops.setdefault(inside.split("/", 1)[0])
    cloud = "iCloud Drive" if computer.profile.os == "macos" else "OneDrive"
    policy = FilesystemPolicy(
        os=computer.profile.os, home=home,
        top_folders=list(tops)[:12] or ["Desktop", "Documents", "Downloads"],
        cloud_folder=cloud,
        naming=NamingHabits(separator="_", date_style="%Y-%m-%d", date_position="none",
                            version_style="v2", lowercase=False),
        tidiness=0.5, keeps_old_years=True,
        target_file_count=min(max(len(computer.files), 1), 2000),
    )
    notes = ["filesystem_policy: naming, tidiness, cloud_folder and keeps_old_years are defaults "
             "(the row's policy is kept verbatim in meta/dataset_row.json)"]
    return policy, notes
