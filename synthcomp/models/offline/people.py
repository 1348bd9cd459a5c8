"""Seeded Faker instances and the small text helpers every offline generator shares."""

from __future__ import annotations

import random
import re
import string
import threading
from typing import Any

from faker import Faker

from synthcomp.models.offline.vocab import DOMAINS, GENERAL, Domain

_local = threading.local()

def faker_for(locale: str, seed: int) -> Faker:
    """A Faker for ``locale`` seeded with ``seed``; one instance per thread and locale.

    Building a Faker is slow, and seeding a shared one from parallel Send tasks would race.
    """
    cache: dict[str, Faker] = getattr(_local, "fakers", None) or {}
    _local.fakers = cache
    if locale not in cache:
        try:
            cache[locale] = Faker(locale)
        except AttributeError:
            cache[locale] = Faker("en_US")
    fake = cache[locale]
    fake.seed_instance(seed)
    return fake


# Countries whose Faker locale writes names in another script but can romanize them; the
# region's own locale (Latin script) still supplies companies and addresses.
_ROMANIZED_NAMES = {"Japan": "ja_JP", "China": "zh_CN", "Taiwan": "zh_TW"}


def person_name(locale: str, country: str, seed: int) -> tuple[str, str]:
    """A (first, last) name in Latin script that fits the country."""
    romanized = _ROMANIZED_NAMES.get(country)
    if romanized:
        fake = faker_for(romanized, seed)
        return fake.first_romanized_name(), fake.last_romanized_name()
    fake = faker_for(locale, seed)
    return fake.first_name(), fake.last_name()


def domain_by_key(key: str) -> Domain:
    """The vocabulary with this key (GENERAL if unknown, e.g. a profile from a real model)."""
    return next((domain for domain in DOMAINS if domain.key == key), GENERAL)


def short_item(name: str) -> str:
    """'Nitrile examination gloves (box of 100)' -> 'Nitrile examination gloves'."""
    return re.sub(r"\s*\(.*?\)", "", name).strip()


def fill(template: str, rng: random.Random, values: dict[str, Any]) -> str:
    """Format a vocabulary template, inventing nothing: unknown fields get a neutral word."""
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    mapping = {name: values.get(name, "the team") for name in fields}
    text = template.format(**mapping)
    return text[0].upper() + text[1:] if text else text


def pick(rng: random.Random, options: tuple[str, ...] | list[str], default: str = "") -> str:
    """rng.choice that tolerates an empty vocabulary list."""
    return rng.choice(list(options)) if options else default


def sample(rng: random.Random, options: tuple[Any, ...] | list[Any], count: int) -> list[Any]:
    """Up to ``count`` distinct options in a seeded order."""
    items = list(options)
    return rng.sample(items, min(count, len(items)))
