"""Reading a persona in its own words: role, seniority, employer, place, language, stated work.

:func:`read_persona` is what the offline UserProfile is built from. Each part lives in its own
module (``role``, ``place``, ``employer``, ``work``, ``language``); this one puts them together,
picks the trade vocabulary (the job title's words count most), and judges how well the
vocabularies cover the persona.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from synthcomp.models.offline.vocab import DOMAINS, GENERAL, Domain
from synthcomp.models.offline.vocab.matching import domain_hits
from synthcomp.models.offline.world.persona.employer import Employer, read_employer
from synthcomp.models.offline.world.persona.language import LANGUAGE_NAMES, text_language
from synthcomp.models.offline.world.persona.place import Place, read_place
from synthcomp.models.offline.world.persona.role import read_role, read_seniority
from synthcomp.models.offline.world.persona.voice import third_person
from synthcomp.models.offline.world.persona.work import StatedWork, read_work

__all__ = ["PersonaReading", "StatedWork", "read_persona"]


@dataclass(frozen=True)
class PersonaReading:
    """Everything the persona says about its work, and how well the vocabularies cover it."""

    text_language: str
    language: str
    role: str
    seniority: str
    place: Place
    employer: Employer
    works: list[StatedWork]
    domain: Domain
    terms: list[str]
    quality: str
    score: float


def _domain(persona: str, role: str) -> tuple[Domain, list[str], int, int]:
    """The trade whose keywords best match, the job title's words counting three times:
    a 'wildlife veterinarian ... who teaches a night class' is a vet who also teaches."""
    in_role = domain_hits(role) if role else {}
    # The title's last word is the job itself ("hospital pharmacist" is a pharmacist).
    in_head = domain_hits(role.split()[-1]) if role.split() else {}
    in_text = domain_hits(persona)
    best, best_score = GENERAL, 0
    for domain in DOMAINS:
        score = 3 * len(in_role.get(domain.key, ())) + len(in_text.get(domain.key, ())) \
            + 2 * len(in_head.get(domain.key, ()))
        if score > best_score:
            best, best_score = domain, score
    if best is GENERAL:
        return GENERAL, [], 0, 0
    role_terms = in_role.get(best.key, set())
    terms = sorted(role_terms | in_text.get(best.key, set()))
    return best, terms, len(role_terms), len(in_text.get(best.key, ()))


def read_persona(persona: str, seed: int) -> PersonaReading:
    """Read the persona (deterministic for a persona and a seed)."""
    rng = random.Random(f"persona:{seed}")
    written_in = text_language(persona)
    persona = third_person(persona, written_in)
    place = read_place(persona, written_in, rng)
    # The place decides the working language; a persona that names none works in the
    # language it is written in.
    language = place.area.language if place.stated else LANGUAGE_NAMES.get(written_in, "English")
    role = read_role(persona, written_in)
    domain, terms, role_hits, text_hits = _domain(persona, role)
    if domain is GENERAL:
        quality, score = "poor", 0.1 if role else 0.0
    elif role_hits:
        quality, score = "good", min(1.0, 0.6 + 0.1 * (role_hits + text_hits))
    else:
        quality, score = "partial", min(0.55, 0.2 + 0.1 * text_hits)
    return PersonaReading(
        text_language=written_in, language=language, role=role,
        seniority=read_seniority(role, persona, written_in), place=place,
        employer=read_employer(persona, role, domain),
        works=read_work(persona, written_in, role), domain=domain, terms=terms,
        quality=quality, score=round(score, 2),
    )
