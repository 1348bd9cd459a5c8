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
from synthcomp.models.offline.lang import ENGLISH, Phrasebook, book_for
from synthcomp.models.offline.people import (
    domain_by_key,
    faker_for,
    person_name,
    sample,
    short_item,
)
from synthcomp.models.offline.vocab import Domain, LineItem, Metric, match_region
from synthcomp.models.offline.world.extras_words import choices
from synthcomp.models.offline.world.families import Family, family_of


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
        team = str(self.profile.get("department") or self.word("folder_team"))
        return {"name": team, "code": team, "counterpart": str(counterpart),
                "description": "", "budget": 0.0}

    @cached_property
    def people(self) -> list[tuple[str, str]]:
        """Colleagues as (name, role): the same people in every file of this computer."""
        locale = str(self.profile.get("locale", "en_US"))
        country = str(self.profile.get("country", ""))
        base = derive_seed(0, "people", self.profile.get("email", ""))
        roles = [title for title, _ in self.domain.roles] or ["Colleague"]
        return [(self.name_of(locale, country, base + i), roles[i % len(roles)])
                for i in range(8)]

    @cached_property
    def contacts(self) -> list[tuple[str, str]]:
        """People at the project's counterpart, stable across files of the same project."""
        locale = str(self.profile.get("locale", "en_US"))
        country = str(self.profile.get("country", ""))
        base = derive_seed(0, "contacts", self.project.get("counterpart", ""))
        titles = choices(self.book.code, "contact_titles")
        return [(self.name_of(locale, country, base + i), titles[i]) for i in range(4)]

    def name_of(self, locale: str, country: str, seed: int) -> str:
        """A person's full name as colleagues write it: in native script for Chinese and
        Japanese (family name first, no space in Chinese), else first and last name."""
        if self.book.code in ("zh", "ja"):
            fake = faker_for(self.book.faker_locale, seed)
            joiner = "" if self.book.code == "zh" else " "
            return f"{fake.last_name()}{joiner}{fake.first_name()}"
        return " ".join(person_name(locale, country, seed))

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

    @cached_property
    def book(self) -> Phrasebook:
        """The phrasebook of the user's working language (English when it has none)."""
        return book_for(str(self.profile.get("language", "English")),
                        str(self.profile.get("country", "")))[0]

    @property
    def today(self) -> date:
        """The computer's present: milestones still to come are after it."""
        return date.fromisoformat(str(self.inputs.get("today") or self.node.get("date")
                                      or "2026-03-02"))

    def word(self, key: str) -> str:
        """A label in the user's language."""
        return self.book.word(key, ENGLISH)

    def day(self, when: date) -> str:
        """A date as the user writes it in prose."""
        return self.book.long_date(when)

    def money(self, amount: float) -> str:
        """An amount in the user's currency, written the way the language writes it."""
        return self.book.amount(amount, self.currency)

    @cached_property
    def family(self) -> Family | None:
        """The kind of work this file's project is (a case, an inspection, a launch...)."""
        text = " ".join(str(self.project.get(k, "")) for k in ("name", "work", "description"))
        return family_of(text)

    @cached_property
    def work(self) -> str:
        """What the project is about, in the persona's words when the profile kept them."""
        work = str(self.project.get("work") or "").strip()
        # Outside English the persona's clause starts with a conjugated verb ("prépare trois
        # dossiers"), which reads wrong where a noun goes: the project's name says it as one.
        if self.book.code != "en" or not work:
            return str(self.project.get("name") or self.word("project"))
        return work

    @cached_property
    def lines(self) -> list[LineItem]:
        """The project's budget lines: the trade's own in English, else generic local ones."""
        rng = random.Random(derive_seed(0, "lines", self.project.get("code"), self.author))
        if self.book.code == "en" and self.domain.line_items:
            return sample(rng, self.domain.line_items, 12)
        return [LineItem(self.word(key), self.word(unit), low, high)
                for key, unit, low, high in sample(rng, GENERIC_LINES, len(GENERIC_LINES))]

    def item_name(self, item: LineItem) -> str:
        """How a budget line is named in prose."""
        return self.in_prose(short_item(item.name))

    def in_prose(self, name: str) -> str:
        """A label inside a sentence: lower-cased where the language does (not German, whose
        nouns keep their capital, nor scripts without case)."""
        return name.lower() if self.book.code in ("en", "fr", "es", "pt") else name

    @cached_property
    def milestone(self) -> tuple[str, date]:
        """The project's next milestone and its date, after today: every file agrees on it."""
        rng = random.Random(derive_seed(0, "milestone", self.project.get("code"), self.author))
        # Work of no particular family meets its steering committee next.
        key = self.family.milestone if self.family else "title_steerco"
        name = self.book.fill(self.word(key), rng, {"code": self.project.get("code", ""),
                                                    "n": 1, "year": self.today.year})
        return name, workday(self.today + timedelta(days=rng.randint(6, 30)))

    @property
    def project_label(self) -> str:
        """The project's name as a heading line shows it, or "" for a file of no project: the
        persona's own words, or its code when a CJK name is a long sentence of its own."""
        if not self.node.get("project"):
            return ""
        name = str(self.project.get("name", ""))
        if len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]", name)) >= 12:
            return str(self.project.get("code", name))
        return name

    @property
    def topic(self) -> str:
        """This document's subject, as a noun phrase (its genre's name)."""
        genre = str(self.node.get("genre", ""))
        key = f"genre_{genre}"
        if key in self.book.words or key in ENGLISH.words:
            return self.word(key)
        return str(self.node.get("title", genre)).lower()

    def slots(self, **given: Any) -> dict[str, Any]:
        """Every sentence slot, filled from this file's facts (``given`` wins)."""
        first, second = sample(self.rng, self.lines, 2) if len(self.lines) > 1 else (
            self.lines * 2 or [LineItem("-", "-", 1, 1)] * 2)
        metric = self.rng.choice(self.domain.metrics) if self.domain.metrics else None
        milestone, _ = self.milestone
        values: dict[str, Any] = {
            "project": self.project.get("name", ""), "work": self.work,
            "counterpart": self.project.get("counterpart", ""), "person": self.person(),
            "author": self.author, "employer": self.profile.get("employer", ""),
            "city": self.profile.get("city", ""), "topic": self.topic,
            "item": self.item_name(first), "item2": self.item_name(second),
            "amount": self.money(self.price(first) * self.rng.randint(2, 40)),
            "date": self.day(self.when - timedelta(days=self.rng.randint(2, 20))),
            "due": self.day(self.later()), "count": self.rng.randint(3, 14),
            "status": self.word(self.rng.choice(("green", "amber", "amber", "red"))),
            "milestone": milestone, "role": self.profile.get("role", ""),
        }
        if metric is not None:
            # Indicator names are written in English only; elsewhere the word for indicators.
            name = metric.name.lower() if self.book.code == "en" else self.word("kpi")
            values.update(metric=name,
                          value=metric_text(metric, self.metric_value(metric)),
                          target=metric_text(metric, metric.high * 0.9 if metric.higher_is_better
                                             else metric.low * 1.1))
        values.update(given)
        return values

    def say(self, key: str, **given: Any) -> str:
        """One sentence of section ``key`` ("report.summary")."""
        return self.lines_of(key, 1, **given)[0]

    def lines_of(self, key: str, count: int, **given: Any) -> list[str]:
        """``count`` sentences of section ``key``, each from a different template when it can."""
        templates = list(self.book.templates(key, ENGLISH)) or [""]
        self.rng.shuffle(templates)
        picked = [templates[i % len(templates)] for i in range(count)]
        # A sentence naming the next milestone gives its date, the one every file agrees on
        # (the project's milestone: the plan's next milestone is the same one).
        on_time = {"due": self.day(self.milestone[1])}
        return [self.book.fill(t, self.rng, self.slots(
            **(on_time if "{milestone}" in t and "due" not in given else {}), **given))
                for t in picked if t]

    def paragraph(self, sentences: int = 3, key: str = "memo.body") -> str:
        """A few sentences of one section, as a paragraph."""
        return self.book.join(self.lines_of(key, sentences))

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
        return workday(self.when + timedelta(days=self.rng.randint(low, high)))

    def action(self, owner: str | None = None, due: date | None = None) -> tuple[str, str, date]:
        """An action item as (text, owner, due date), the text naming the same owner and date."""
        owner = owner or self.person()
        due = due or self.later()
        return self.say("action", person=owner, due=self.day(due)), owner, due


def workday(day: date) -> date:
    """The day, or the Monday after when it falls on a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


# Budget lines any kind of work has, for languages whose trade vocabulary is not written yet:
# (label key, unit key, low, high) in euros per unit.
GENERIC_LINES: tuple[tuple[str, str, float, float], ...] = (
    ("line_staff", "hours", 35.0, 90.0), ("line_external", "unit", 400.0, 4000.0),
    ("line_equipment", "unit", 150.0, 2500.0), ("line_materials", "unit", 5.0, 80.0),
    ("line_travel", "unit", 60.0, 600.0), ("line_training", "unit", 200.0, 1500.0),
    ("line_software", "unit", 20.0, 400.0), ("line_communication", "unit", 50.0, 900.0),
    ("line_venue", "unit", 300.0, 3000.0), ("line_fees", "hours", 80.0, 250.0),
    ("line_maintenance", "unit", 100.0, 1200.0),
)


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


