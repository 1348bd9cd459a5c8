"""Offline answers for UserProfile and FilesystemPolicy, read off the persona."""

from __future__ import annotations

import random
import re
from typing import Any

from synthcomp.models.offline.chat import register
from synthcomp.models.offline.people import (
    faker_for,
    fill,
    person_name,
    pick,
    sample,
    short_item,
)
from synthcomp.models.offline.vocab import Domain, Region, match_domain, match_region
from synthcomp.text import ascii_fold, slug_words

_SENIORITY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("executive", ("director", "chief", "ceo", "cfo", "cto", "vp ", "vice president", "owner",
                   "founder", "partner", "directeur", "directrice", "directora", "director",
                   "geschäftsführer", "direttore", "head of", "部長", "总监", "总经理", "مدير عام")),
    ("lead", ("lead", "manager", "head", "supervisor", "chef", "leiter", "leiterin", "responsable",
              "gerente", "coordinator", "principal", "長", "主任", "经理", "مدير", "प्रबंधक")),
    ("senior", ("senior", "experienced", "veteran", "seasoned")),
    ("junior", ("junior", "intern", "trainee", "graduate", "apprentice", "assistant", "stagiaire",
                "praktikant", "becario", "entry-level", "first-year", "new hire")),
)

# Words too vague to name a project folder by.
_GENERIC = frozenset({"project", "programme", "program", "plan", "review", "new", "annual",
                      "supply", "contract", "renewal", "the"})

_ROLE_PATTERN = re.compile(
    r"^(?:an?|the)\s+(.{3,60}?)\s+(?:at|in|for|with|who|from|working|based|of a|of an|on)\b",
    re.IGNORECASE,
)


def seniority_of(persona: str) -> str:
    """The seniority the persona's wording implies (mid when it says nothing)."""
    lowered = persona.lower()
    for level, words in _SENIORITY_WORDS:
        if any(word in lowered for word in words):
            return level
    return "mid"


def role_of(persona: str, domain: Domain, seniority: str, rng: random.Random) -> str:
    """The job title: the persona's own words when it states one, else a fitting title."""
    match = _ROLE_PATTERN.match(persona.strip())
    if match and len(match.group(1).split()) <= 6:
        title = match.group(1).strip(" ,")
        return title[0].upper() + title[1:]
    fitting = [title for title, level in domain.roles if level == seniority]
    return pick(rng, fitting or [title for title, _ in domain.roles], "Specialist")


def city_of(persona: str, region: Region, rng: random.Random) -> str:
    """A city the persona names, else one of the region's major cities."""
    folded = ascii_fold(persona).lower()
    named = [city for city in region.cities if ascii_fold(city).lower() in folded]
    return named[0] if named else pick(rng, region.cities, region.country)


def make_project(
    domain: Domain, region: Region, rng: random.Random, counterpart: str, year: int, city: str
) -> dict[str, Any]:
    """One current project with a code, a counterpart and a budget in local currency."""
    item = rng.choice(domain.line_items)
    quarter = f"Q{rng.randint(1, 4)}"
    name = fill(
        pick(rng, domain.project_patterns, "{item} programme {year}"),
        rng,
        {"item": short_item(item.name).lower(), "counterpart": counterpart, "year": year,
         "city": city, "quarter": quarter},
    )
    words = [w for w in slug_words(name, 6) if not w.isdigit() and w.lower() not in _GENERIC]
    code = "-".join(w.capitalize() for w in words[:2]) or "Project"
    if len(code) > 24:
        code = words[0].capitalize()[:24]
    lines = sample(rng, domain.line_items, 10)
    budget = sum(rng.uniform(li.low, li.high) * rng.randint(5, 400) for li in lines)
    budget = round(budget / max(region.fx_to_eur, 1e-6), -3) or 5000.0
    return {
        "name": name,
        "code": code,
        "counterpart": counterpart,
        "description": (
            f"{name}, run with {counterpart}: scope, costs and delivery of "
            f"{short_item(item.name).lower()} for the {city} site."
        ),
        "budget": budget,
    }


@register("UserProfile")
def user_profile(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """A UserProfile coherent with the persona: its trade, its country, its seniority."""
    persona = str(inputs.get("persona", ""))
    rng = random.Random(seed)
    domain, region = match_domain(persona), match_region(persona)
    fake = faker_for(region.locale, seed)
    first, last = person_name(region.locale, region.country, seed)
    fake.seed_instance(seed)
    seniority = seniority_of(persona)
    city = city_of(persona, region, rng)
    company = fake.company().replace(",", "")
    employer = fill(
        pick(rng, domain.employer_patterns, "{company}"),
        rng,
        {"city": city, "last_name": last, "company": company},
    )
    year = int(str(inputs.get("today", "2026-03-02"))[:4])
    projects: list[dict[str, Any]] = []
    for _ in range(rng.randint(3, 4)):
        project = make_project(domain, region, rng, fake.company().replace(",", ""), year, city)
        if project["code"] not in {p["code"] for p in projects}:
            projects.append(project)
    mail_domain = "".join(w.lower() for w in slug_words(employer, 2)) or "example"
    os_name = "macos" if rng.random() < (0.55 if domain.key in _MAC_LEANING else 0.3) else "windows"
    return {
        "name": f"{first} {last}",
        "role": role_of(persona, domain, seniority, rng),
        "employer": employer,
        "department": pick(rng, domain.departments, "Operations"),
        "industry": domain.industry,
        "city": city,
        "country": region.country,
        "locale": region.locale,
        "language": region.language,
        "currency": region.currency,
        "seniority": seniority,
        "work_style": _work_style(rng),
        "email": f"{ascii_fold(first).lower()}.{ascii_fold(last).lower()}@{mail_domain}.example",
        "current_projects": projects,
        "tools": sample(rng, domain.tools, 5),
        "os": os_name,
        "domain": domain.key,
    }


_MAC_LEANING = frozenset({"marketing", "architecture", "journalism", "software", "data_science"})

_WORK_STYLES = (
    "Plans the week on Monday morning and keeps a running to-do list on the desktop.",
    "Works in bursts around deadlines; answers email late in the evening.",
    "Methodical: every decision gets a short memo and a dated copy in the project folder.",
    "Prefers spreadsheets to slides and checks every figure twice before sending.",
    "Lives in meetings; writes notes as markdown during the call and tidies them later.",
    "Keeps drafts everywhere and renames the good one FINAL when it goes out.",
)


def _work_style(rng: random.Random) -> str:
    return rng.choice(_WORK_STYLES)


@register("FilesystemPolicy")
def filesystem_policy(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """A FilesystemPolicy for the profile's OS, with naming habits and a tidiness level."""
    rng = random.Random(seed)
    profile = inputs.get("profile") or {}
    first, _, last = str(profile.get("name", "user")).partition(" ")
    first_a, last_a = ascii_fold(first).lower(), ascii_fold(last.replace(" ", "")).lower()
    os_name = profile.get("os", "windows")
    employer = str(profile.get("employer", "Company"))
    if os_name == "macos":
        home = f"Users/{first_a}{last_a}" if rng.random() < 0.5 else f"Users/{first_a}"
        cloud = rng.choice(("iCloud Drive", "Dropbox", "Google Drive"))
    else:
        home = f"Users/{first_a}.{last_a}" if rng.random() < 0.6 else f"Users/{first_a[:1]}{last_a}"
        cloud = f"OneDrive - {' '.join(slug_words(employer, 3)) or 'Work'}"
    region = match_region(f"{profile.get('country', '')} {profile.get('city', '')}")
    date_styles = ["%Y-%m-%d", "%Y%m%d", "%y%m%d", "%b %Y", "%d.%m.%Y"]
    date_style = region.date_style if region.date_style in date_styles and rng.random() < 0.5 \
        else rng.choice(date_styles)
    return {
        "os": os_name,
        "home": home,
        "top_folders": ["Desktop", "Documents", "Downloads", cloud],
        "cloud_folder": cloud,
        "naming": {
            "separator": rng.choice([" ", "_", "_", "-"]),
            "date_style": date_style,
            "date_position": rng.choice(["prefix", "suffix", "suffix", "none"]),
            "version_style": rng.choice(["v2", "V2", "_v2_FINAL", " (2)", "rev2"]),
            "lowercase": rng.random() < 0.2,
        },
        "tidiness": round(rng.uniform(0.15, 0.95), 2),
        "keeps_old_years": rng.random() < 0.7,
        "target_file_count": int(inputs.get("target_files", 120)),
    }
