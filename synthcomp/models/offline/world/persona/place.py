"""Where the persona lives: city, region (state, province...) and country, from its own words.

"rural Montana" is Montana, United States, with a real Montana town (never a coastal city);
"Austin" stays Austin, Texas; "Chengdu" is Chengdu, Sichuan, China; a persona that names no
place lives where its language is spoken.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from synthcomp.models.offline.vocab import DEFAULT_REGION, REGIONS, Region
from synthcomp.models.offline.vocab.matching import find_terms, fold
from synthcomp.models.offline.vocab.places import (
    CITY_REGIONS,
    NATIVE_CITY,
    REGION_ALIASES,
    REGION_TOWNS,
)
from synthcomp.models.offline.vocab.regions import named_region, region_of_country
from synthcomp.models.offline.world.persona.language import LANGUAGE_COUNTRY

_RURAL = re.compile(r"\b(rural|countryside|small[- ]town|village|remote|campagne|rural|"
                    r"ländlich|dorf|农村|乡村|田舎)", re.IGNORECASE)
_FROM_NATIVE = {native: city for city, native in NATIVE_CITY.items()}


@dataclass(frozen=True)
class Place:
    """A place read off a persona; ``stated`` says which of its parts the persona named."""

    city: str
    region: str
    country: str
    area: Region
    rural: bool
    stated: tuple[str, ...]


def _capitalised(persona: str, name: str) -> bool:
    """Whether the persona writes this Latin place name with a capital (so 'georgia' the
    flower or 'reading' the verb are not places); other scripts always count."""
    if not name[:1].isascii():
        return True
    return re.search(rf"\b{re.escape(name)}\b", persona) is not None


def _named_city(persona: str, country: str | None) -> str | None:
    """The first city the persona names, restricted to ``country`` when one is known."""
    candidates: dict[str, str] = {}
    for region in REGIONS:
        if country is None or region.country == country:
            candidates.update({city: region.country for city in region.cities})
    for city, (_, city_country) in CITY_REGIONS.items():
        if country is None or city_country == country:
            candidates.setdefault(city, city_country)
    native = {name: city for name, city in _FROM_NATIVE.items() if city in candidates}
    hits = find_terms(persona, [*candidates, *native])
    for _, name in hits:
        city = native.get(name, name)
        if _capitalised(persona, name):
            return city
    return None


# A place the vocabulary does not know, named after a preposition of place with capitals:
# "in Freiburg", "à Quimper", "em Goiânia", "in Bad Tölz".
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_LOCATIVE = re.compile(r"\b(?:in|near|outside|à|au|en|em|no|na|bei|aus|nahe|a|di)\s+"
                       r"(?:la\s+|el\s+|le\s+|the\s+)?"
                       rf"({_CAPITALISED}(?:[ -](?:{_CAPITALISED}|am|an|de|del|do|da|sur)){{0,3}})")
# A Chinese or Japanese persona's town: '在宁波的…', '宁波市的…', '札幌の…'.
_CJK_PLACE = re.compile(r"(?:在|于)([\u4e00-\u9fff]{2,3}?)(?:市|的|一家|工作|从事|做)")
_NOT_PLACES = frozenset({"The", "A", "An", "English", "French", "German", "Spanish", "Excel",
                         "Year", "Les", "La", "Le", "El", "Los", "Die", "Der", "Das"})


def unlisted_city(persona: str) -> str | None:
    """A capitalised place the persona names that no vocabulary lists ('in Freiburg', '在宁波')."""
    cjk = _CJK_PLACE.search(persona)
    if cjk:
        return cjk.group(1)
    for match in _LOCATIVE.finditer(persona):
        name = match.group(1).strip(" -")
        first = name.split()[0]
        if first not in _NOT_PLACES and not first.isupper() and len(name) > 2:  # not an acronym
            return name
    return None


def _named_region(persona: str) -> str | None:
    """The state, province or region the persona names ('Montana', 'Sichuan', '四川')."""
    names = {name: name for name in REGION_TOWNS if "(" not in name}
    names.update(REGION_ALIASES)
    for _, name in find_terms(persona, list(names)):
        if _capitalised(persona, name):
            return names[name]
    return None


def read_place(persona: str, text_language: str, rng: random.Random) -> Place:
    """City, region and country of the persona (see the module docstring)."""
    area = named_region(persona)
    region_name = _named_region(persona)
    stated: list[str] = []
    if region_name and (area is None or area.country == REGION_TOWNS[region_name][0]):
        area = region_of_country(REGION_TOWNS[region_name][0]) or area
        stated.append("region")
    city = _named_city(persona, area.country if area else None)
    if city and area is None:
        country = CITY_REGIONS.get(city, ("", ""))[1] or next(
            (r.country for r in REGIONS if city in r.cities), DEFAULT_REGION.country)
        area = region_of_country(country)
    if area is not None:
        stated.append("country")
    else:
        area = region_of_country(LANGUAGE_COUNTRY.get(text_language, "")) or DEFAULT_REGION
    rural = bool(_RURAL.search(persona))
    if city:
        stated.append("city")
        known_region, _ = CITY_REGIONS.get(city, ("", ""))
        if region_name and city in REGION_TOWNS[region_name][1]:
            known_region = region_name
        region_name = region_name or known_region or None
    elif region_name:
        towns = REGION_TOWNS[region_name][1]
        # A rural persona lives in one of the smaller towns, listed after the biggest one.
        city = rng.choice(list(towns[1:] if rural and len(towns) > 1 else towns))
    elif unlisted_city(persona):
        # A town no vocabulary lists stays the town the persona names.
        city = str(unlisted_city(persona))
        stated.append("city")
    else:
        city = rng.choice(list(area.cities))
        region_name = CITY_REGIONS.get(city, ("", ""))[0] or None
    return Place(city=city, region=region_name or "", country=area.country, area=area,
                 rural=rural, stated=tuple(stated))


def native_city(city: str) -> str:
    """The city as written in Chinese or Japanese, when known (else as given)."""
    return NATIVE_CITY.get(city, city)


def folded(text: str) -> str:
    """The persona folded for matching (re-exported for the other readers)."""
    return fold(text)
