"""Keyword matching, case- and accent-insensitive, longest match first; and match_domain."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from synthcomp.models.offline.vocab.domains import DOMAINS
from synthcomp.models.offline.vocab.general import GENERAL
from synthcomp.models.offline.vocab.types import Domain

# Longer phrases that contain a domain keyword but mean something else ("chef de projet" is a
# project manager, not a cook). They win the longest-match rule and count for no domain.
_SHADOWS: tuple[str, ...] = (
    "chef de", "chef d'", "chef du", "chef des", "chef adjoint", "cheffe de", "cheffe d'",
    "cheffe du", "data entry", "audition", "auditorium", "condolence", "eventual", "granted",
    "storey", "warden", "air traffic controller",
)

_LATIN = re.compile(r"[\x00-\u024f]*")
_DASHES = re.compile(r"[-\u2010-\u2015_]+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'"})


def _fold(text: str) -> str:
    """Text as keywords are matched: case-folded, accents stripped (NFKD), dashes as spaces.

    ``_fold("L'Hôpital Saint-Étienne")`` is ``"l'hopital saint etienne"``.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_QUOTES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_DASHES.sub(" ", stripped).split())


@lru_cache(maxsize=8192)
def _pattern(keyword: str) -> re.Pattern[str]:
    """How a folded keyword is found in folded text.

    Latin-script keywords must start a word and work as stems ("agricult" finds "agricultural");
    keywords of three characters or fewer must be whole words ("hr", "ngo", "cfo"). Keywords in
    other scripts (Chinese, Japanese, Arabic, Devanagari...) match anywhere, since those
    scripts do not separate words the way Latin text does.
    """
    escaped = re.escape(keyword)
    if not _LATIN.fullmatch(keyword):
        return re.compile(escaped)
    if len(keyword) <= 3:
        return re.compile(rf"(?<!\w){escaped}(?!\w)")
    return re.compile(rf"(?<!\w){escaped}")


@lru_cache(maxsize=256)
def _folded(keywords: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({_fold(keyword) for keyword in keywords} - {""}))


def _hits(text: str, groups: Sequence[tuple[str, ...]]) -> list[set[str]]:
    """The keywords of each group found in ``text``, longest match first.

    Where keywords of any group start at the same place, only the longest counts: "hospitality"
    hides "hospital", "tax lawyer" hides "tax". A keyword counts once however often it occurs.
    """
    folded = _fold(text)
    found: list[tuple[int, int, int, str]] = []
    longest: dict[int, int] = {}
    for index, keywords in enumerate(groups):
        for keyword in _folded(keywords):
            for match in _pattern(keyword).finditer(folded):
                start, length = match.start(), match.end() - match.start()
                found.append((index, start, length, keyword))
                longest[start] = max(longest.get(start, 0), length)
    hits: list[set[str]] = [set() for _ in groups]
    for index, start, length, keyword in found:
        if length == longest[start]:
            hits[index].add(keyword)
    return hits


def _domain_scores(persona: str) -> dict[str, int]:
    """How many distinct keywords of each domain the persona contains, by domain key."""
    groups = [domain.keywords for domain in DOMAINS] + [_SHADOWS]
    hits = _hits(persona, groups)
    return {domain.key: len(found) for domain, found in zip(DOMAINS, hits, strict=False)}


@lru_cache(maxsize=2048)
def match_domain(persona: str) -> Domain:
    """Pick the domain whose keywords best match the persona; GENERAL if none matches.

    The score is the number of distinct keywords found (case- and accent-insensitive, after
    NFKD folding, longest match wins where keywords overlap); ties go to the earlier domain in
    DOMAINS.
    """
    scores = _domain_scores(persona)
    best = max(scores.values(), default=0)
    if best == 0:
        return GENERAL
    return next(domain for domain in DOMAINS if scores[domain.key] == best)


def fold(text: str) -> str:
    """Text as keywords are matched (see :func:`_fold`); public for the persona reader."""
    return _fold(text)


def find_terms(text: str, terms: Sequence[str]) -> list[tuple[int, str]]:
    """Where each term occurs in ``text`` (folded positions), as (position, term), in order.

    Terms match as domain keywords do (stems for long Latin words, whole words for short ones,
    anywhere for other scripts); where two terms start at one place only the longer is kept.
    """
    folded = _fold(text)
    found: dict[int, str] = {}
    for term in terms:
        key = _fold(term)
        if not key:
            continue
        for match in _pattern(key).finditer(folded):
            if len(key) > len(found.get(match.start(), "")):
                found[match.start()] = term
    return sorted(found.items())


def domain_hits(text: str) -> dict[str, set[str]]:
    """The keywords of each domain found in ``text``, by domain key (shadow phrases removed)."""
    groups = [domain.keywords for domain in DOMAINS] + [_SHADOWS]
    hits = _hits(text, groups)
    return {domain.key: found for domain, found in zip(DOMAINS, hits, strict=False)}
