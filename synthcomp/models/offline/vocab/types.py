"""What a vocabulary is: line items, metrics, domains (trades) and regions (countries)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LineItem:
    """Something a trade buys, sells, costs or counts, with a plausible unit price range.

    ``low`` and ``high`` are in euros (or the euro equivalent) per ``unit``.
    """

    name: str
    unit: str
    low: float
    high: float


@dataclass(frozen=True)
class Metric:
    """A KPI a trade reports, with a plausible range.

    ``unit`` is one of ``"%"``, ``"days"``, ``"EUR"``, ``"count"``, ``"hours"``, ``"score"``.
    """

    name: str
    unit: str
    low: float
    high: float
    higher_is_better: bool


@dataclass(frozen=True)
class Domain:
    """The vocabulary of one trade; see the module docstring for the template fields."""

    key: str
    industry: str
    keywords: tuple[str, ...]
    employer_patterns: tuple[str, ...]
    departments: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]
    counterpart_kinds: tuple[str, ...]
    project_patterns: tuple[str, ...]
    line_items: tuple[LineItem, ...]
    metrics: tuple[Metric, ...]
    doc_topics: tuple[str, ...]
    phrases: tuple[str, ...]
    risks: tuple[str, ...]
    actions: tuple[str, ...]
    tools: tuple[str, ...]
    abbreviations: tuple[str, ...]



@dataclass(frozen=True)
class Region:
    """A country: Faker locale (Latin-script names), language, currency, cities, keywords.

    ``fx_to_eur`` is the rough value of one unit of ``currency`` in euros. ``date_style`` is the
    strftime pattern people there tend to use in file names.
    """

    country: str
    locale: str
    language: str
    currency: str
    cities: tuple[str, ...]
    keywords: tuple[str, ...]
    date_style: str
    fx_to_eur: float
