"""What the month generators share: the computer's files by project, dates, wrong figures."""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass
from typing import Any

from synthcomp.models.offline.world.content.context import Ctx


@dataclass(frozen=True)
class ProjectFiles:
    """The files of one project that objectives build on (None where the drive has none)."""

    project: dict[str, Any]
    budget: dict[str, Any] | None
    report: dict[str, Any] | None
    kpi: dict[str, Any] | None
    quote: dict[str, Any] | None
    compare: dict[str, Any] | None
    tracker: dict[str, Any] | None
    files: tuple[dict[str, Any], ...]

    @property
    def key_files(self) -> list[dict[str, Any]]:
        """The files an objective on this project cites: its key files, else its newest file."""
        key = [f for f in (self.budget, self.report, self.kpi, self.quote, self.tracker) if f]
        return key or [max(self.files, key=lambda f: (f.get("date", ""), f["path"]))]

    @property
    def code(self) -> str:
        return str(self.project.get("code", "General"))


def _pick(files: list[dict[str, Any]], genre: str, kind: str | None = None) -> dict[str, Any] | None:
    """The newest original (not a 'Copy of', not a draft v1) file of a genre."""
    found = [f for f in files if f.get("genre") == genre and (kind is None or f.get("kind") == kind)
             and not f.get("version_of")  # a copy, a draft or a re-download of another file
             and not str(f.get("title", "")).lower().startswith("copy of")]
    return max(found, key=lambda f: (f.get("date", ""), f["path"])) if found else None


def project_files(inputs: dict[str, Any]) -> list[ProjectFiles]:
    """Each current project with its key files, in the profile's order."""
    files = list(inputs.get("files") or [])
    result = []
    for project in (inputs.get("profile") or {}).get("current_projects") or []:
        own = [f for f in files if f.get("project") == project.get("code")]
        if not own:
            continue
        result.append(ProjectFiles(project, _pick(own, "budget", "xlsx"), _pick(own, "report", "docx"),
                                   _pick(own, "kpi_dashboard"), _pick(own, "quote"),
                                   _pick(own, "price_comparison"), _pick(own, "tracker"),
                                   tuple(own)))
    return result


def colleagues(inputs: dict[str, Any], seed: int) -> Ctx:
    """A content context for the profile: its ``people`` are the colleagues named in the files."""
    return Ctx({"profile": inputs.get("profile") or {}, "node": {}}, seed)


def wrong_figure(value: str, rng: random.Random) -> str:
    """A plausible mistake in a figure: two adjacent digits swapped ('4,156,199' -> '4,516,199')."""
    digits = [i for i, ch in enumerate(value) if ch.isdigit()]
    pairs = [(a, b) for a, b in itertools.pairwise(digits)
             if b == a + 1 and value[a] != value[b]
             and not (a == digits[0] and value[b] == "0")]  # never a leading zero
    if not pairs:
        match = re.search(r"\d", value)
        if not match:
            return value + " (revised)"
        i = match.start()
        return value[:i] + str((int(value[i]) + 1) % 10 or 1) + value[i + 1:]
    a, b = rng.choice(pairs)
    return value[:a] + value[b] + value[a] + value[b + 1:]


def figures_in(text: str) -> list[str]:
    """The numbers in a sentence as written ('EUR 4,156,199' -> ['4,156,199'], '4 156 EUR' with
    no-break spaces -> ['4 156'])."""
    return re.findall(r"\d(?:[\d,.\u00a0\u202f]*\d)?", text)


# What a requirement names (a topic and the file that holds it) and which of that file's facts
# carry its figure. The objective says WHAT and WHERE; only the rubric, which the worker never
# sees, holds the figure itself.
TOPIC_FACTS: dict[str, tuple[str, ...]] = {
    "the planned budget": ("total_budget",),
    "the variance against the approved envelope": ("envelope",),
    "the quoted total": ("quote_total",),
    "the latest": ("latest_value", "target"),
}
_SOURCED = re.compile(r"^(?P<topic>.+), as in (?P<file>[^,]+\.[A-Za-z0-9]{2,4})$")


def sourced(topic: str, path: str) -> str:
    """A requirement that names its topic and the file holding it, not the figure:
    'the planned budget, as in Budget 2026.xlsx'."""
    return f"{topic}, as in {path.rsplit('/', 1)[-1]}"


def source_of(item: str) -> tuple[str, str] | None:
    """(topic, file name) of a requirement written by ``sourced``; None for any other."""
    found = _SOURCED.match(item.strip())
    return (found.group("topic"), found.group("file")) if found else None


def fact_keys(topic: str) -> tuple[str, ...]:
    """The facts of the named file that hold a topic's figures (none for an unknown topic)."""
    return next((keys for start, keys in TOPIC_FACTS.items() if topic.startswith(start)), ())
