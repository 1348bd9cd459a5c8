"""Who the persona works for: the kind of employer (clinic, law firm, game studio...), its size,
the persona's own words for it ("rehabilitation", "wildlife"), and a name that fits.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from synthcomp.models.offline.vocab import Domain
from synthcomp.models.offline.vocab.employers import (
    COMPANY,
    DOMAIN_EMPLOYER,
    EMPLOYER_KINDS,
    KINDS_BY_KEY,
    EmployerKind,
)
from synthcomp.models.offline.vocab.matching import find_terms, fold
from synthcomp.models.offline.world.persona.works_vocab import word_set

_SMALL = re.compile(
    r"\b(small|tiny|little|independent|family[- ]owned|family[- ]run|boutique|local|"
    r"one[- ]person|two[- ]person|solo|freelanc\w*|own|start-?up|petite?|pequeñ[ao]|"
    r"pequen[ao]|kleine[nmrs]?|piccol[ao]|familiar)\b|小さな|小型|个体|小规模|小規模",
    re.IGNORECASE)
_MID = re.compile(r"\b(mid[- ]?size[d]?|medium[- ]sized|midsize|regional|moyenne|mediana|"
                  r"média|mittelständisch\w*|middelgro\w+|średni\w*)\b|中型|中堅|中等",
                  re.IGNORECASE)
_LARGE = re.compile(r"\b(large|big|major|multinational|national|global|international|"
                    r"university hospital|grande?|große[nmrs]?|grand|nationwide)\b|大型|大手|"
                    r"大规模", re.IGNORECASE)
_HEADCOUNT = re.compile(r"(\d[\d,]*)[- ](?:person|people|employee|staff|strong|bed|room|"
                        r"student|doctor|lawyer)", re.IGNORECASE)
# Words in front of an employer noun that say its size or nothing: not part of its name.
_NOT_TOPIC = word_set(
    "a an the small tiny little independent local own her his their my our busy new old large "
    "big mid-size mid-sized major public private rural urban family-owned family-run boutique "
    "regional national multinational global international one two three four five")


@dataclass(frozen=True)
class Employer:
    """The employer as the persona describes it; ``stated`` is False when only implied."""

    kind: EmployerKind
    size: str
    topic: str
    stated: bool


def _size(persona: str, kind: EmployerKind) -> str:
    count = _HEADCOUNT.search(persona)
    if count:
        number = int(count.group(1).replace(",", ""))
        return "small" if number < 50 else "mid" if number < 400 else "large"
    for size, pattern in (("small", _SMALL), ("mid", _MID), ("large", _LARGE)):
        if pattern.search(persona):
            return size
    return kind.size


def _topic(persona: str, keyword: str, role: str, domain: Domain) -> str:
    """The persona's qualifier words for its employer: 'a small rehabilitation clinic' ->
    'Rehabilitation'; with a 'wildlife veterinarian', 'Wildlife Rehabilitation'."""
    if not persona.isascii():
        return ""
    match = keyword and re.search(rf"((?:[\w'-]+\s+){{0,3}}){re.escape(keyword)}", persona,
                                  re.IGNORECASE)
    words = match.group(1).split() if match else []
    # Only the words after the last article or size word belong to the employer's name.
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _NOT_TOPIC), default=0)
    words = words[cut:] if cut else words[-1:] if words else []
    kept = [w for w in words if w.lower() not in _NOT_TOPIC and not w[:1].isdigit()]
    role_words = role.split()[:-1]
    keyed = {fold(k) for k in domain.keywords}
    qualifiers = [w for w in role_words if fold(w) in keyed and w.lower() not in
                  {k.lower() for k in kept}]
    chosen = (qualifiers + kept)[-3:]
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in chosen)


def read_employer(persona: str, role: str, domain: Domain) -> Employer:
    """The kind of employer the persona names first (the main job comes first in a persona),
    else the kind its trade implies, else a company."""
    terms = {keyword: kind for kind in EMPLOYER_KINDS for keyword in kind.keywords}
    hits = find_terms(persona, list(terms))
    if hits:
        _, keyword = hits[0]
        kind = terms[keyword]
        return Employer(kind, _size(persona, kind), _topic(persona, keyword, role, domain), True)
    kind = KINDS_BY_KEY.get(DOMAIN_EMPLOYER.get(domain.key, ""), COMPANY)
    return Employer(kind, _size(persona, kind), _topic(persona, "", role, domain), False)


def employer_name(employer: Employer, language: str, values: dict[str, str],
                  rng: random.Random) -> str:
    """A name for the employer in the working language (English templates when the kind has
    none for it), filled from ``values`` (place, last, company, word, prefix)."""
    kind = employer.kind
    templates = kind.names.get(language) or kind.names.get("en") or COMPANY.names["en"]
    if language in ("zh", "ja") and language not in kind.names:
        templates = COMPANY.names[language]
    template = rng.choice(list(templates))
    topic = employer.topic or ("Community" if "{topic}" in template else "")
    name = template.format(topic=topic, **values)
    return " ".join(name.split())
