"""What every offline content generator knows: who writes, for which project, from which facts."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from faker import Faker

from synthcomp.ids import derive_seed
from synthcomp.models.offline.people import (
    domain_by_key,
    faker_for,
    fill,
    money,
    person_name,
    short_item,
)
from synthcomp.models.offline.vocab import Domain, LineItem, Metric, match_region


@dataclass
class Ctx:
    """The inputs of one FileContent call, with seeded helpers to write from them."""

    inputs: dict[str, Any]
    seed: int
    facts: dict[str, str] = field(default_factory=dict)

    @cached_property
    def rng(self) -> random.Random:
        return random.Random(self.seed)

    @property
    def profile(self) -> dict[str, Any]:
        return dict(self.inputs.get("profile") or {})

    @property
    def node(self) -> dict[str, Any]:
        return dict(self.inputs.get("node") or {})

    @cached_property
    def domain(self) -> Domain:
        return domain_by_key(str(self.profile.get("domain", "")))

    @cached_property
    def fx(self) -> float:
        region = match_region(f"{self.profile.get('country', '')} {self.profile.get('city', '')}")
        return region.fx_to_eur if region.currency == self.currency else 1.0

    @property
    def currency(self) -> str:
        return str(self.profile.get("currency", "EUR"))

    @cached_property
    def fake(self) -> Faker:
        return faker_for(str(self.profile.get("locale", "en_US")), self.seed)

    @cached_property
    def project(self) -> dict[str, Any]:
        """The project this file belongs to, or a neutral stand-in for general files."""
        code = self.node.get("project")
        for project in self.profile.get("current_projects") or []:
            if project.get("code") == code:
                return dict(project)
        projects = self.profile.get("current_projects") or [{}]
        counterpart = self.rng.choice(projects).get("counterpart") or "our main supplier"
        return {"name": str(self.profile.get("department", "Team")) + " work",
                "code": "General", "counterpart": str(counterpart),
                "description": "", "budget": 0.0}

    @cached_property
    def people(self) -> list[tuple[str, str]]:
        """Colleagues as (name, role): the same people in every file of this computer."""
        locale = str(self.profile.get("locale", "en_US"))
        country = str(self.profile.get("country", ""))
        base = derive_seed(0, "people", self.profile.get("email", ""))
        roles = [title for title, _ in self.domain.roles] or ["Colleague"]
        return [(" ".join(person_name(locale, country, base + i)), roles[i % len(roles)])
                for i in range(8)]

    @cached_property
    def contacts(self) -> list[tuple[str, str]]:
        """People at the project's counterpart, stable across files of the same project."""
        locale = str(self.profile.get("locale", "en_US"))
        country = str(self.profile.get("country", ""))
        base = derive_seed(0, "contacts", self.project.get("counterpart", ""))
        titles = ("Account Manager", "Sales Director", "Project Lead", "Contracts Officer")
        return [(" ".join(person_name(locale, country, base + i)), titles[i]) for i in range(4)]

    @property
    def author(self) -> str:
        return str(self.profile.get("name", "The author"))

    @property
    def when(self) -> date:
        return date.fromisoformat(str(self.node.get("date", "2026-03-02")))

    @cached_property
    def dep_facts(self) -> dict[str, str]:
        """Facts of all dependencies, merged (later dependencies win on a clash)."""
        merged: dict[str, str] = {}
        for dep in self.inputs.get("dependencies") or []:
            merged.update({str(k): str(v) for k, v in (dep.get("facts") or {}).items()})
        return merged

    def money(self, amount: float) -> str:
        """An amount in the user's currency."""
        return money(amount, self.currency)

    def price(self, item: LineItem) -> float:
        """A seeded unit price for ``item`` in local currency, rounded like a price list."""
        value = self.rng.uniform(item.low, item.high) / max(self.fx, 1e-6)
        return round(value, 2) if value < 100 else round(value, 0)

    def metric_value(self, metric: Metric) -> float:
        """A seeded plausible value of ``metric``."""
        value = self.rng.uniform(metric.low, metric.high)
        return round(value, 1) if metric.unit in ("%", "score", "days", "hours") else round(value)

    def person(self) -> str:
        """A colleague's name."""
        return self.rng.choice(self.people)[0]

    def later(self, low: int = 3, high: int = 21) -> date:
        """A working day some days after this file's date."""
        day = self.when + timedelta(days=self.rng.randint(low, high))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def values(self, template: str = "", *, person: str | None = None,
               due: date | None = None) -> dict[str, Any]:
        """Fillers for one vocabulary template, consistent with this file's project.

        ``{value}`` is money when the template speaks of prices or costs, else a reading of
        the same metric ``{metric}`` names; ``{date}`` is in the past unless ``due`` is given.
        """
        item = self.rng.choice(self.domain.line_items)
        metric = self.rng.choice(self.domain.metrics)
        before_value = template.split("{value}")[0].lower()
        if _MONEY_WORDS.search(before_value):
            value = self.money(self.price(item) * self.rng.randint(1, 40))
        else:
            value = metric_text(metric, self.metric_value(metric))
        when = due or self.when - timedelta(days=self.rng.randint(1, 12))
        return {
            "item": short_item(item.name).lower(),
            "counterpart": self.project.get("counterpart", "the supplier"),
            "metric": metric.name.lower(),
            "value": value,
            "person": person or self.person(),
            "date": when.strftime("%d %B").lstrip("0"),
            "project": self.project.get("name", "the project"),
            "year": self.when.year,
            "quarter": f"Q{(self.when.month - 1) // 3 + 1}",
            "city": self.profile.get("city", ""),
        }

    def say(self, template: str, *, person: str | None = None, due: date | None = None) -> str:
        """Fill one template."""
        return fill(template, self.rng, self.values(template, person=person, due=due))

    def sentence(self, templates: tuple[str, ...] | None = None) -> str:
        """One sentence of work prose from the vocabulary."""
        return self.say(self.rng.choice(templates or self.domain.phrases))

    def paragraph(self, sentences: int = 3) -> str:
        """A few distinct sentences of work prose."""
        pool = list(self.domain.phrases)
        self.rng.shuffle(pool)
        return " ".join(self.say(t) for t in pool[:sentences])

    def action(self, owner: str | None = None, due: date | None = None) -> tuple[str, str, date]:
        """An action item as (text, owner, due date), the text naming the same owner and date."""
        owner = owner or self.person()
        due = due or self.later()
        return self.say(self.rng.choice(self.domain.actions), person=owner, due=due), owner, due


_MONEY_WORDS = re.compile(r"price|cost|quot|spend|budget|invoice|saving|amount|fee|paid|pay|worth")


def metric_text(metric: Metric, value: float) -> str:
    """A metric value as a person writes it: '94.2%', '3.5 days'."""
    if metric.unit in ("count", ""):
        return f"{value:,.0f}"
    if metric.unit == "%":
        return f"{value}%"
    if metric.unit in ("EUR", "currency"):
        return f"{value:,.0f}"
    return f"{value:g} {metric.unit}".strip()


