"""The persona's job title in its own words, and the seniority they imply.

"A wildlife veterinarian running a small clinic..." -> "Wildlife veterinarian"; "A French
employment lawyer preparing..." -> "Employment lawyer" (the nationality is the place, not the
job); "Une avocate en droit du travail à Lyon qui..." -> "Avocate en droit du travail";
"一名在深圳一家大型互联网公司工作的后端开发工程师，负责..." -> "后端开发工程师".
"""

from __future__ import annotations

import re

from synthcomp.models.offline.vocab import REGIONS
from synthcomp.models.offline.vocab.matching import fold
from synthcomp.models.offline.vocab.places import CITY_REGIONS, REGION_TOWNS

# Where a Latin-script job title ends: a preposition, a relative pronoun, a work verb, a comma.
_ENDS: dict[str, str] = {
    "en": r"at|in|for|with|who|from|working|works|based|of a|of an|of the|on|near|whose|"
          r"that|which|and is|and has|currently|since|running|preparing|teaching|managing|"
          r"leading|trying|looking|living|responsible|specializing|specialising|focused|"
          r"interested|passionate|tasked|juggling|overseeing|coordinating|helping|building",
    "fr": r"à|au|aux|dans|chez|qui|pour|d'un|d'une|près|installée?|basée?|"
          r"travaillant|exerçant|en charge",
    "es": r"en|de una|de un|del|de la|que|para|con|cerca|trabajando",
    "pt": r"em|num|numa|de um|de uma|da|do|que|no|na|para|com|perto",
    "de": r"bei|in|eines|einer|im|an|der|die|das|für|aus|mit|am",
    "it": r"in|a|di un|di una|presso|che|del|della|con|per",
    "nl": r"bij|in|die|van|voor|met|aan",
}
_ARTICLES = re.compile(
    r"^(?:an?|the|one|une?|una|la|le|el|los|las|um|uma|o|a|eine?|der|die|das|il|lo|een|de|het)\s+",
    re.IGNORECASE)
_AGE = re.compile(r"^(?:\d{1,2}[- ]year[- ]old|\w+-year-old|young|retired|former)\s+",
                  re.IGNORECASE)
_CJK_LEAD = re.compile(r"^(?:我是|我|一名|一位|一个|一個|某|位|名)")
_JA_TAIL = re.compile(r"(?:です|である|だ|で|をしている|として働いている)$")


def _place_words() -> frozenset[str]:
    """Folded country, nationality, city and region words: a title never starts with them."""
    words: set[str] = set()
    for region in REGIONS:
        words.update(fold(word) for word in region.keywords)
    words.update(fold(name) for name in (*CITY_REGIONS, *REGION_TOWNS))
    return frozenset(words)


PLACE_WORDS = _place_words()


def _strip_places(words: list[str]) -> list[str]:
    """Drop leading (and trailing) place and nationality words: 'French employment lawyer'."""
    while len(words) > 1 and fold(words[0]).strip(",") in PLACE_WORDS:
        words = words[1:]
    while len(words) > 1 and fold(words[-1]).strip(",") in PLACE_WORDS:
        words = words[:-1]
    return words


def _latin_role(persona: str, language: str) -> str:
    text = _AGE.sub("", _ARTICLES.sub("", persona.strip(), count=1))
    ends = _ENDS.get(language, _ENDS["en"])
    match = re.match(rf"(.{{2,80}}?)(?:\s+(?:{ends})\b|[,.;:(]|\s+-\s+|$)", text, re.IGNORECASE)
    if not match:
        return ""
    words = _strip_places(match.group(1).split())
    if not words or len(words) > 7:
        return ""
    return " ".join(words).strip(" ,")


def _cjk_role(persona: str) -> str:
    first = re.split(r"[，,。；;、]", persona.strip(), maxsplit=1)[0]
    first = _JA_TAIL.sub("", _CJK_LEAD.sub("", first))
    for marker in ("的", "で働く", "に勤める", "に勤務する", "で勤務する", "を担当する", "の"):
        if marker in first:
            first = first.rsplit(marker, 1)[1]
    return first.strip() if 1 < len(first) <= 14 else ""


def read_role(persona: str, language: str) -> str:
    """The job title the persona gives itself, capitalised ('' when it gives none)."""
    role = _cjk_role(persona) if language in ("zh", "ja") else _latin_role(persona, language)
    if role and role.lower() in {"person", "someone", "individual", "man", "woman", "people"}:
        return ""
    return role[:1].upper() + role[1:] if role else ""


_SENIORITY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("executive", ("director", "chief", "ceo", "cfo", "cto", "vp", "vice president", "owner",
                   "founder", "managing partner", "directeur", "directrice", "directora",
                   "geschäftsführer", "inhaber", "titolare", "propriétaire", "dueño", "dueña",
                   "head of", "部長", "总监", "总经理", "社長", "院长", "院長", "executive producer")),
    ("lead", ("lead", "manager", "head", "supervisor", "chef", "leiter", "leiterin",
              "responsable", "gerente", "coordinator", "coordinadora", "coordinador", "principal",
              "partner", "長", "主任", "经理", "制作人", "producer", "主管")),
    ("senior", ("senior", "sénior", "experienced", "veteran", "seasoned", "资深", "ベテラン")),
    ("junior", ("junior", "intern", "trainee", "graduate", "apprentice", "assistant",
                "stagiaire", "praktikant", "becario", "stażyst", "entry-level", "first-year",
                "new hire", "newly", "入社", "新人", "实习", "助理")),
)


def _has(text: str, word: str) -> bool:
    if not word.isascii():
        return word in text
    return re.search(rf"(?<![\w-]){re.escape(word)}(?!\w)", text) is not None


def read_seniority(role: str, persona: str, language: str) -> str:
    """The seniority the title implies (mid when it says nothing).

    Only the title is read in Latin-script languages ("lead times" elsewhere in a persona is
    not a lead); Chinese and Japanese titles are short, so the whole persona is read there
    ("入社二年目の社員" is junior). German compounds count by their ending ("Einkaufsleiterin").
    A persona who runs their own place is at least a lead.
    """
    texts = [role.lower()] + ([persona] if language in ("zh", "ja") else [])
    for text in texts:
        for level, words in _SENIORITY:
            if any(_has(text, word) for word in words):
                return level
    if re.search(r"(leiter|leiterin|manager|managerin|chef|chefin)$", role.lower()):
        return "lead"
    if re.search(r"\b(?:owns?|(?:her|his|their) own)\b", persona.lower()):
        return "executive"
    if re.search(r"\bruns? (?:a|an|her|his|their)\b", persona.lower()):
        return "lead"
    return "mid"
