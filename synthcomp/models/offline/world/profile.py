"""Offline answers for UserProfile and FilesystemPolicy, read off the persona's own words."""

from __future__ import annotations

import random
import re
from typing import Any

from synthcomp.models.offline.chat import register
from synthcomp.models.offline.lang import ENGLISH, book_for
from synthcomp.models.offline.people import faker_for, fill, pick, sample, short_item
from synthcomp.models.offline.vocab import Domain, Region, match_region
from synthcomp.models.offline.vocab.matching import find_terms
from synthcomp.models.offline.world.persona import PersonaReading, read_persona
from synthcomp.models.offline.world.persona.employer import employer_name
from synthcomp.models.offline.world.persona.language import language_code
from synthcomp.models.offline.world.persona.names import PersonName, gender_of, person
from synthcomp.models.offline.world.persona.place import native_city
from synthcomp.models.offline.world.persona.projects import (
    budget,
    counterpart,
    persona_project,
)
from synthcomp.text import ascii_fold, slug_words

# Words too vague to name a project folder by.
_GENERIC = frozenset({"project", "programme", "program", "plan", "review", "new", "annual",
                      "supply", "contract", "renewal", "the"})

# Words a persona uses for its computer; the OS is theirs when they say so.
_MAC = re.compile(r"\b(mac|macbook|imac|macos|os x|apple laptop)\b", re.IGNORECASE)
_WINDOWS = re.compile(r"\b(windows|pc|thinkpad|dell|surface)\b", re.IGNORECASE)

# Studio and start-up names are one word; a neutral pool keeps them from sounding like Faker.
_EMPLOYMENT_LAW = ("prud'hom", "droit du travail", "laboral", "arbeitsrecht", "trabalhista",
                   "劳动", "労働", "employment", "tribunal")
_WORDS = ("Lantern", "Red Panda", "Bamboo", "Ember", "Nimbus", "Paper Crane", "Iron Kite",
          "Moonlit", "Copper Fox", "Tidal", "Northstar", "Blue Heron", "Quill", "Maple")


# What a generic project is about, for languages whose trade vocabulary is English only: the
# phrasebook's budget-line words name it ("Formation 2026", "软件许可 2026").
_GENERIC_LINES = ("line_equipment", "line_software", "line_training", "line_maintenance",
                  "line_communication", "line_external", "line_materials")


def make_project(
    domain: Domain, region: Region, rng: random.Random, counterpart: str, year: int, city: str,
    language: str = "English",
) -> dict[str, Any]:
    """One current project with a code, a counterpart and a budget in local currency, named in
    the user's working language."""
    book, fell_back = book_for(language, region.country)
    if book.code != "en" and not fell_back:
        name = f"{book.word(rng.choice(_GENERIC_LINES), ENGLISH)} {year}"
        words = [w for w in re.findall(r"[^\W\d_]+", name) if len(w) > 2 or not w.isascii()]
        code = "-".join(words[:2])[:24] or f"P{rng.randint(10, 99)}"
        return {"name": name, "code": code,
                "counterpart": counterpart, "description": f"{name} - {counterpart}, {city}",
                "budget": 0.0}
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


def _os(persona: str, rng: random.Random) -> str:
    """The persona's own computer when it says so, else half macOS and half Windows."""
    mac, windows = _MAC.search(persona), _WINDOWS.search(persona)
    if mac and not windows:
        return "macos"
    if windows and not mac:
        return "windows"
    return "macos" if rng.random() < 0.5 else "windows"


def _department(reading: PersonaReading, rng: random.Random) -> str:
    """A department the persona names (an employment lawyer's 'Employment'), else one of the
    trade's."""
    departments = reading.domain.departments
    said = reading.role + " " + " ".join(w.clause for w in reading.works)
    named = [d for d in departments if find_terms(said, [d.split()[0]])]
    if not named and find_terms(said, list(_EMPLOYMENT_LAW)) and "Employment" in departments:
        named = ["Employment"]
    return named[0] if named else pick(rng, departments, "Operations")


def _employer_values(reading: PersonaReading, names: PersonName, region: Region,
                     seed: int) -> dict[str, str]:
    """What employer and counterpart name templates are filled with."""
    place = reading.place
    zh_ja = reading.language in ("Chinese", "Japanese")
    town = native_city(place.city) if zh_ja else place.city
    # A rural clinic is named after its state more often than after the nearest town.
    where = place.region if place.rural and place.region and not zh_ja else town
    fake = faker_for("zh_CN" if reading.language == "Chinese" else region.locale, seed + 1)
    prefix = fake.company_prefix() if reading.language == "Chinese" else ""
    other = faker_for(region.locale, seed + 2)
    own = reading.seniority == "executive" or reading.employer.size == "small"
    last = names.last if own or zh_ja else other.last_name()
    rng = random.Random(f"employer:{seed}")
    return {"place": where, "last": last, "company": other.company().replace(",", ""),
            "word": rng.choice(_WORDS), "prefix": prefix}


def _provenance(reading: PersonaReading, persona_projects: int) -> tuple[list[str], list[str]]:
    """Which profile fields come from the persona's words, and which are generic."""
    from_persona: list[str] = []
    generic: list[str] = ["name", "email", "work_style", "tools"]
    checks = {"role": bool(reading.role), "employer_kind": reading.employer.stated,
              "city": "city" in reading.place.stated,
              "region": "region" in reading.place.stated or "city" in reading.place.stated,
              "country": bool(reading.place.stated),
              "language": bool(reading.place.stated) or reading.text_language != "en",
              "current_projects": persona_projects > 0}
    for name, stated in checks.items():
        (from_persona if stated else generic).append(name)
    return from_persona, generic


@register("UserProfile")
def user_profile(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """A UserProfile built from the persona's own words (see ``persona``): its role, employer,
    place, language and stated work as projects; generic parts are marked as such."""
    persona = str(inputs.get("persona", ""))
    rng = random.Random(seed)
    reading = read_persona(persona, seed)
    domain, place = reading.domain, reading.place
    region = place.area
    language = reading.language
    code = language_code(language)
    locale = {"Chinese": "zh_CN", "Japanese": "ja_JP"}.get(language, region.locale)
    names = person(region.country, language, region.locale, seed,
                   gender_of(persona, reading.role, reading.text_language))
    values = _employer_values(reading, names, region, seed)
    employer = employer_name(reading.employer, code, values, random.Random(f"name:{seed}"))
    seniority = reading.seniority
    fake = faker_for(locale if language in ("Chinese", "Japanese") else region.locale, seed)
    year = int(str(inputs.get("today", "2026-03-02"))[:4])
    taken: set[str] = set()
    zh_ja = language in ("Chinese", "Japanese")
    where = {"city": native_city(place.city) if zh_ja else place.city, "region": place.region}
    projects: list[dict[str, Any]] = []
    for work in reading.works:
        other = counterpart(work, persona, where, region.country, values,
                            fake.company().replace(",", ""), reading.employer.kind.key,
                            book_for(language, region.country)[0].code)
        amount = budget(work, reading.employer.size, seniority, region, rng)
        projects.append(persona_project(work, other, amount, taken, code))
    persona_count = len(projects)
    # A persona that states its work is mostly that work: one generic project at most beside it.
    wanted = 3 if persona_count == 0 else max(persona_count, min(3, persona_count + 1))
    while len(projects) < wanted:
        project = make_project(domain, region, rng, fake.company().replace(",", ""), year,
                               place.city, language)
        if project["code"] in taken or project["name"] in {p["name"] for p in projects}:
            continue
        taken.add(project["code"])
        project["budget"] = budget(None, reading.employer.size, seniority, region, rng)
        projects.append({**project, "origin": "generic", "work": ""})
    mail_domain = "".join(w.lower() for w in slug_words(employer, 2)) or \
        "".join(w.lower() for w in slug_words(values["word"], 2)) or "example"
    from_persona, generic = _provenance(reading, persona_count)
    role = reading.role or pick(rng, [t for t, level in domain.roles if level == seniority]
                                or [t for t, _ in domain.roles], "Specialist")
    return {
        "name": names.display,
        "role": role,
        "employer": employer,
        "department": _department(reading, rng),
        "industry": domain.industry,
        "city": place.city,
        "country": region.country,
        "locale": locale,
        "language": language,
        "currency": region.currency,
        "seniority": seniority,
        "work_style": _work_style(rng),
        "email": f"{names.first_ascii.lower()}.{names.last_ascii.lower()}@{mail_domain}.example"
                 .replace(" ", "").replace("'", ""),
        "current_projects": projects[:8],
        "tools": sample(rng, domain.tools, 5),
        "os": _os(persona, rng),
        "domain": domain.key,
        "region": place.region,
        "employer_kind": reading.employer.kind.noun,
        "employer_size": reading.employer.size,
        "match": {"domain": domain.key, "score": reading.score, "quality": reading.quality,
                  "terms": reading.terms, "from_persona": from_persona, "generic": generic,
                  # No phrasebook for the language: the files will be English, and say so.
                  "written_in": "English" if book_for(language, region.country)[1] else ""},
    }


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
    if not first_a or not last_a:
        # A name in Chinese or Japanese script: the home folder follows the e-mail's romanized
        # name, as IT departments there do.
        local = str(profile.get("email", "user.name@x")).split("@")[0]
        first_a, _, last_a = local.partition(".")
        first_a, last_a = first_a or "user", last_a or "name"
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
