"""Projects from stated work: a counterpart that fits the work and the place, a budget sized to
the employer and the role (in local currency), and a folder-friendly code."""

from __future__ import annotations

import random
import re
from typing import Any

from synthcomp.models.offline.vocab import Region
from synthcomp.models.offline.vocab.employers import KINDS_BY_KEY
from synthcomp.models.offline.vocab.matching import find_terms, fold
from synthcomp.models.offline.world.extras_words import say
from synthcomp.models.offline.world.persona.work import StatedWork
from synthcomp.text import STOPWORDS

# Budget of a typical project, in euros, by employer size.
SIZE_RANGE_EUR: dict[str, tuple[float, float]] = {
    "small": (2_000.0, 40_000.0), "mid": (15_000.0, 250_000.0), "large": (80_000.0, 900_000.0),
}
# One person's project is a share of what the employer spends: more of it the more senior.
_SENIORITY_SCALE = {"junior": 0.3, "mid": 0.5, "senior": 0.7, "lead": 1.0, "executive": 1.3}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "deux": 2, "trois": 3,
           "quatre": 4, "cinq": 5, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "dois": 2,
           "duas": 2, "três": 3, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "两": 2, "二": 2,
           "三": 3, "四": 4, "五": 5}
_CLASS = ("class", "course", "lesson", "workshop", "seminar", "lecture", "cours", "clase",
          "curso", "kurs", "课", "授業", "講座", "教育")
_CASE = ("tribunal", "case", "cases", "hearing", "dossier", "lawsuit", "litigation", "despido",
         "prud'hom", "juicio", "processo", "verfahren", "案件", "诉讼", "訴訟")
_CHECK = ("inspection", "audit", "accreditation", "certification", "inspección", "contrôle",
          "prüfung", "认证", "審査", "監査")
_EVENT = ("fair", "feira", "feria", "salon", "open day", "festival", "exhibition", "party",
          "camp", "outreach", "workshop day", "tournament", "competition", "kermesse", "fête",
          "fiesta", "festa", "fest", "活动", "イベント")
_EMPLOYMENT = ("employment", "labour", "labor", "travail", "prud'hom", "laboral", "trabalh",
               "arbeit", "劳动", "労働")

_COURTS: dict[str, tuple[str, str]] = {
    # country -> (employment court, any other court); {city} is the user's city.
    "France": ("Conseil de prud'hommes de {city}", "Tribunal judiciaire de {city}"),
    "United Kingdom": ("Employment Tribunal ({city})", "{city} County Court"),
    "United States": ("{region} Labor Commissioner", "{region} Superior Court"),
    "Spain": ("Juzgado de lo Social de {city}", "Juzgado de Primera Instancia de {city}"),
    "Germany": ("Arbeitsgericht {city}", "Landgericht {city}"),
    "Austria": ("Arbeits- und Sozialgericht {city}", "Landesgericht {city}"),
    "Brazil": ("Vara do Trabalho de {city}", "Tribunal de Justiça de {region}"),
    "Portugal": ("Tribunal do Trabalho de {city}", "Tribunal Judicial de {city}"),
    "China": ("{city}劳动人事争议仲裁委员会", "{city}市中级人民法院"),
    "Japan": ("{city}地方裁判所 労働審判", "{city}地方裁判所"),
}
_INSPECTORS: dict[str, str] = {
    "United Kingdom": "Care Quality Commission", "United States": "The Joint Commission",
    "France": "Haute Autorité de santé", "Germany": "Medizinischer Dienst",
    "Australia": "Australian Commission on Safety and Quality in Health Care",
}


def count_in(text: str) -> int:
    """The number of things the work names ('three tribunal cases' -> 3; 1 when silent)."""
    digits = re.search(r"\b(\d{1,3})\b", text)
    if digits:
        return max(1, min(int(digits.group(1)), 50))
    words = re.findall(r"[\w']+|[\u4e00-\u9fff]", text.lower())
    return next((_COUNTS[w] for w in words if w in _COUNTS), 1)


def _has(text: str, words: tuple[str, ...]) -> bool:
    return bool(find_terms(text, list(words)))


def counterpart(work: StatedWork, persona: str, place: dict[str, str], country: str,
                values: dict[str, str], fallback: str, employer_kind: str = "",
                code: str = "en") -> str:
    """Who the work is done with or for: the court for cases, the college for a class, the
    inspectors for an inspection, the platform for a Steam launch; else ``fallback``."""
    clause = f"{work.clause} {work.object}"
    if _has(clause, _CASE):
        employment, other = _COURTS.get(country, ("{city} Employment Court", "{city} Court"))
        court = employment if _has(persona, _EMPLOYMENT) else other
        return court.format(city=place["city"], region=place["region"] or place["city"])
    if "cqc" in fold(clause):
        return "Care Quality Commission"
    if _has(clause, _CHECK):
        return _INSPECTORS.get(country, say(code, "cp_inspectors")) if "inspect" in fold(clause) \
            else say(code, "cp_auditors")
    if "steam" in fold(clause):
        return "Valve (Steam)"
    kinds = [kind for kind in KINDS_BY_KEY.values() if kind.keywords]
    hits = find_terms(clause, [k for kind in kinds for k in kind.keywords])
    for _, keyword in hits:
        kind = next(kind for kind in kinds if keyword in kind.keywords)
        if kind.key != employer_kind:  # the user's own employer is not its counterpart
            name = (kind.names.get("en") or ("{place} " + kind.noun.title(),))[0]
            return " ".join(name.format(topic="", **values).split())
    if _has(clause, ("grant", "funding", "financement", "financiación", "förder", "资助", "助成")):
        return "European Commission" if _has(persona, ("europe", "eu", "européen", "europeo")) \
            else say(code, "cp_funder")
    if _has(persona, ("wildlife", "faune sauvage", "fauna silvestre", "wildtier", "野生")):
        return f"{place['region'] or country} Fish, Wildlife & Parks" if country == \
            "United States" else f"{place['region'] or country} wildlife agency"
    return fallback


def budget(work: StatedWork | None, size: str, seniority: str, region: Region,
           rng: random.Random) -> float:
    """A budget in local currency sized to the employer, the role and the kind of work: a class
    costs hundreds to a few thousand, a legal case thousands each, a small clinic's project
    thousands to tens of thousands, a large hospital's hundreds of thousands."""
    low, high = SIZE_RANGE_EUR.get(size, SIZE_RANGE_EUR["mid"])
    text = f"{work.clause} {work.object}" if work else ""
    scale = _SENIORITY_SCALE.get(seniority, 1.0)
    if work and _has(text, _CLASS):
        low, high, scale = 300.0, 3_000.0, 1.0
    elif work and _has(text, _CASE):
        cases = count_in(text)
        low, high, scale = 2_500.0 * cases, 15_000.0 * cases, 1.0
    elif work and _has(text, _EVENT):
        low, high, scale = 500.0, 8_000.0, 1.0
    elif work and _has(text, _CHECK):
        low, high = low * 0.2, high * 0.3
    amount = rng.uniform(low, high) * scale
    local = amount / max(region.fx_to_eur, 1e-9)
    digits = max(0, len(str(int(local))) - 2)
    return float(round(local, -digits))


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_SMALL = STOPWORDS | {"e", "et", "à", "au", "aux", "do", "da", "dos", "das", "em", "no", "na",
                      "für", "zur", "zum", "im", "am", "von", "para", "con", "com", "pour",
                      "sur", "di", "il", "un", "une", "uma", "um", "una", "ein", "eine"}


def project_code(name: str, taken: set[str]) -> str:
    """A short folder-friendly code from the project's own words ('Three-Tribunal',
    'CQC-Inspection'); CJK names keep up to six of their characters."""
    skip = {"preparation", "operations", "application", "project", "new", "the", "annual"}
    # The words keep their accents (Excursión-Fin, Certificação-Orgânica): a code is the
    # persona's own words, and every file title of the project carries it.
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.isascii() or not _CJK.search(w)]
    words = [w for w in words if w.lower() not in skip and w.lower() not in _SMALL][:6]
    shown = [w if w.isupper() else w[:1].upper() + w[1:] for w in words[:2]]
    code = "-".join(shown) if len("-".join(shown)) <= 24 else "".join(shown[:1])[:24]
    if not code:
        # The head noun comes last ('労働基準監督署の立入検査' -> '立入検査').
        first = next((part for part in reversed(re.split(r"[の的]", name)) if len(part) >= 2), name)
        code = re.sub(r"[^\w\u3040-\u30ff\u4e00-\u9fff]", "", first)[:8] or "Project"
    base, number = code, 2
    while code in taken:
        code, number = f"{base}-{number}", number + 1
    taken.add(code)
    return code


_GLUE = {"fr": "avec", "es": "con", "pt": "com", "de": "mit", "it": "con"}


def describe(work: StatedWork, other: str, language: str) -> str:
    """The persona's own words for the work, and who it is done with."""
    said = work.clause[:1].upper() + work.clause[1:]
    if language in ("zh", "ja"):
        return f"{said}（{other}）"
    return f"{said} — {_GLUE.get(language, 'with')} {other}."


def persona_project(work: StatedWork, other: str, amount: float, taken: set[str],
                    language: str) -> dict[str, Any]:
    """One Project dict for a piece of stated work."""
    return {"name": work.name, "code": project_code(work.name, taken), "counterpart": other,
            "description": describe(work, other, language), "budget": amount,
            "origin": "persona", "work": work.clause}
