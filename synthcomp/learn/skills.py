"""Occupation skills (the paper's section 4.3): the experience items of many runs' retrospectives,
grouped by the user's occupation, near-duplicates merged and counted once per run, ranked by how
many runs they came from, and written as one SKILL.md per occupation; and a skill read back for a
computer of that occupation.

The offline path is mechanical and deterministic: same runs, same bytes. A SKILL.md is prose a
real model reads; its rules are lines ``- [topic] text (seen in n of N runs)`` so the offline
worker (models/offline/sim/skills.py) can find the rules it knows how to act on."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthcomp.errors import InputError
from synthcomp.schemas.learn import ExperienceItem

SKILL_FILE = "SKILL.md"
INDEX_FILE = "skills.json"
# The topics the offline stack shares with the retrospective (exact strings).
SHARED_TOPICS = ("source-of-truth", "apply-feedback", "cross-document-consistency", "deadline",
                 "missing-deliverable")
# Sections of a skill, as the paper's sample groups its rules; other topics go by their kind.
SECTIONS = (("Data integrity and single source of truth", ("source-of-truth", "cross-document-consistency")),
            ("Working with colleagues", ("apply-feedback",)),
            ("Deadlines and deliverables", ("deadline", "missing-deliverable")))
KIND_SECTIONS = {"pattern": "Work patterns that helped", "lesson": "Lessons",
                 "warning": "Warnings", "failure_mode": "Failure modes to avoid"}
FORMATS = {"xlsx": "spreadsheets", "docx": "documents", "pptx": "presentations", "md": "notes",
           "pdf": "PDFs", "csv": "tables", "txt": "notes"}
SIMILAR = 0.5  # word overlap (Jaccard) above which two texts of one topic are the same item
RULE = re.compile(r"^- \[(?P<topic>[^\]\n]+)\] (?P<text>.+) \(seen in (?P<n>\d+) of (?P<total>\d+) runs?\)$")
_TOKEN = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class RunItems:
    """One run's retrospective as a skill needs it: who the user is and what was learned."""

    run_id: str
    run_dir: str
    computer: str
    occupation: str  # occupation_key of the computer's profile
    role: str
    industry: str
    formats: tuple[str, ...]  # the plan's deliverable formats
    items: tuple[ExperienceItem, ...]
    days: int = 0  # working days the run simulated (its retrospective's count; 0: unknown)

    @property
    def key(self) -> str:
        """The run's name across computers ('<computer>/<run_id>'): run ids repeat between
        computers (a batch names every computer's run alike)."""
        return f"{self.computer}/{self.run_id}"


@dataclass
class MergedItem:
    """Near-duplicate items of one occupation, counted once per run."""

    topic: str
    kind: str
    texts: Counter[str] = field(default_factory=Counter)
    runs: set[str] = field(default_factory=set)

    @property
    def text(self) -> str:
        """The wording most runs used (ties: the shorter, then the first in order)."""
        return min(self.texts, key=lambda t: (-self.texts[t], len(t), t))

    @property
    def count(self) -> int:
        """How many runs the item appears in."""
        return len(self.runs)

    def saved(self) -> dict[str, Any]:
        """The item as skills.json keeps it."""
        return {"topic": self.topic, "kind": self.kind, "text": self.text, "count": self.count,
                "runs": sorted(self.runs)}


@dataclass(frozen=True)
class Rule:
    """A rule line of a SKILL.md."""

    topic: str
    text: str
    count: int
    total: int


@dataclass(frozen=True)
class Skill:
    """One occupation's skill as read from its SKILL.md."""

    occupation: str
    path: str
    text: str
    rules: tuple[Rule, ...]

    @property
    def sha256(self) -> str:
        """The digest of the text, as context.json records it."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def topics(self) -> set[str]:
        """The topics of the skill's rules."""
        return {r.topic for r in self.rules}

    def saved(self) -> dict[str, str]:
        """What a run's context.json keeps: the text itself, so a resumed run reads the same
        skill even if the skills folder changed or moved."""
        return {"occupation": self.occupation, "path": self.path, "sha256": self.sha256, "text": self.text}


def _tokens(text: str) -> set[str]:
    return {w.casefold() for w in _TOKEN.findall(text)}


def similar(a: str, b: str) -> bool:
    """Two texts of one topic say the same thing: most of their words are shared."""
    left, right = _tokens(a), _tokens(b)
    if not left or not right:
        return a.strip().casefold() == b.strip().casefold()
    return len(left & right) / len(left | right) >= SIMILAR


def merge(runs: list[RunItems]) -> list[MergedItem]:
    """The items of ``runs`` with near-duplicates merged (same topic, similar text), counted once
    per run and ranked: most runs first, then by topic and text (deterministic)."""
    merged: list[MergedItem] = []
    flat = sorted(((item.topic.strip(), item.kind, " ".join(item.text.split()), run.key)
                   for run in runs for item in run.items), key=lambda x: (x[0], x[2], x[3], x[1]))
    for topic, kind, text, run_id in flat:
        found = next((m for m in merged if m.topic == topic
                      and any(similar(text, t) for t in m.texts)), None)
        if found is None:
            found = MergedItem(topic=topic, kind=kind)
            merged.append(found)
        found.texts[text] += 1
        found.runs.add(run_id)
    return sorted(merged, key=lambda m: (-m.count, m.topic, m.text))


def by_occupation(runs: list[RunItems]) -> dict[str, list[RunItems]]:
    """Runs grouped by their occupation key, keys sorted."""
    groups: dict[str, list[RunItems]] = {}
    for run in sorted(runs, key=lambda r: (r.occupation, r.computer, r.run_id)):
        groups.setdefault(run.occupation, []).append(run)
    return groups


def trigger_scope(runs: list[RunItems]) -> str:
    """When the skill applies: the occupation's roles, industries and deliverable kinds."""
    roles = sorted({r.role for r in runs if r.role})
    industries = sorted({r.industry for r in runs if r.industry})
    kinds = sorted({FORMATS.get(f, f) for r in runs for f in r.formats})
    parts = [f"work as {_listed(roles)}" if roles else "work in this occupation"]
    if industries:
        parts.append(f"in {_listed(industries)}")
    text = " ".join(parts)
    if kinds:
        text += f"; any deliverable among {_listed(kinds)}, and any package of files that share figures"
    return text[:1].upper() + text[1:] + "."


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _days(runs: list[RunItems]) -> str:
    """The working days the runs simulated, in all (left out when a run's count is unknown):
    a skill says how much work it was learned from, whatever the runs' length."""
    days = {r.key: r.days for r in runs}
    if not days or min(days.values()) < 1:
        return ""
    return f" ({_counted(sum(days.values()), 'working day')} in all)"


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def section_of(item: MergedItem) -> str:
    """The section a rule goes under."""
    for title, topics in SECTIONS:
        if item.topic in topics:
            return title
    return KIND_SECTIONS.get(item.kind, "Other lessons")


def render_skill(occupation: str, runs: list[RunItems], items: list[MergedItem],
                 wording: dict[str, str] | None = None) -> str:
    """A SKILL.md: front matter (name, description), title, trigger scope, then the rules in
    sections, most frequent first, each with how many runs it came from. ``wording`` (a model's
    rewriting, keyed by topic and text) replaces a rule's text; its count stays the runs'."""
    total = len({r.key for r in runs})
    name = occupation.replace("_", "-")
    computers = len({r.computer for r in runs})
    description = (f"Rules for {occupation.replace('_', ' ')} work, learned from "
                   f"{_counted(total, 'simulated run')}{_days(runs)} on {_counted(computers, 'computer')}; "
                   "read it before starting the day's work.")
    lines = ["---", f"name: {name}", f"description: {description}", "---", "",
             f"# Skill: {name}", "", f"Trigger scope: {trigger_scope(runs)}", "",
             f"Learned from {total} run{'s' if total != 1 else ''}: {len(items)} rule"
             f"{'s' if len(items) != 1 else ''} merged from "
             f"{sum(len(r.items) for r in runs)} experience items, most frequent first. Each rule "
             "starts with its topic in brackets and ends with how many runs it came from.", ""]
    order = [title for title, _ in SECTIONS] + list(KIND_SECTIONS.values()) + ["Other lessons"]
    sections: dict[str, list[MergedItem]] = {}
    for item in items:
        sections.setdefault(section_of(item), []).append(item)
    shown = [title for title in order if title in sections]
    for n, title in enumerate(shown, 1):
        lines += [f"## §{n} {title}", ""]
        for item in sections[title]:
            text = " ".join((wording or {}).get(f"{item.topic}\n{item.text}", item.text).split())
            runs_word = "runs" if total != 1 else "run"
            lines.append(f"- [{item.topic}] {text} (seen in {item.count} of {total} {runs_word})")
        lines.append("")
    if not items:
        lines += ["No rule yet: the runs' retrospectives gave no experience item.", ""]
    return "\n".join(lines)


def parse_skill(text: str, path: str, occupation: str) -> Skill:
    """A SKILL.md read back; InputError naming the file if it is not one (no front matter with
    a name, or a rule line that does not read)."""
    head = re.match(r"^---\n(?P<body>.*?)\n---\n", text, flags=re.DOTALL)
    fields = dict(re.findall(r"^(\w+): (.+)$", head.group("body"), flags=re.MULTILINE)) if head else {}
    if not fields.get("name") or not fields.get("description"):
        raise InputError(f"{path} is damaged: no front matter with a name and a description "
                         "(write the skills again with `synthcomp skills`)")
    if "Trigger scope:" not in text:
        raise InputError(f"{path} is damaged: it has no 'Trigger scope:' line")
    rules = []
    for line in text.splitlines():
        if line.startswith("- ["):
            found = RULE.match(line)
            if not found:
                raise InputError(f"{path} is damaged: the rule line {line[:60]!r} does not read as "
                                 "'- [topic] text (seen in n of N runs)'")
            rules.append(Rule(found["topic"], found["text"], int(found["n"]), int(found["total"])))
    return Skill(occupation=occupation, path=path, text=text, rules=tuple(rules))


def index_of(skills_dir: Path) -> dict[str, Any]:
    """skills.json of a skills folder; InputError if it is missing or damaged."""
    path = skills_dir / INDEX_FILE
    if not path.is_file():
        raise InputError(f"{skills_dir} is not a skills folder (no {INDEX_FILE}); write one with "
                         "`synthcomp skills RUNS... --out DIR`")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise InputError(f"{path} is damaged ({type(exc).__name__})") from exc
    skills = data.get("skills") if isinstance(data, dict) else None
    if not isinstance(skills, dict) or not all(isinstance(v, dict) and isinstance(v.get("path"), str)
                                               for v in skills.values()):
        raise InputError(f"{path} is damaged: no 'skills' object of occupation -> {{path, ...}}")
    return data


def read_skill(skills_dir: Path, occupation: str) -> Skill | None:
    """The skill of ``occupation`` in a skills folder, or None when the folder has none."""
    entry = index_of(skills_dir)["skills"].get(occupation)
    if entry is None:
        return None
    path = (skills_dir / entry["path"]).absolute()
    if not path.is_file():
        raise InputError(f"{skills_dir / INDEX_FILE} names {entry['path']} for {occupation}, which "
                         "is missing")
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is damaged: not UTF-8 text") from exc
    return parse_skill(text, str(path), occupation)


def index(runs: list[RunItems], merged: dict[str, list[MergedItem]], judge: str,
          skipped: list[str]) -> dict[str, Any]:
    """skills.json: per occupation its SKILL.md, its runs, computers and ranked items."""
    groups = by_occupation(runs)
    return {"judge": judge, "runs": len(runs), "skipped": skipped, "skills": {
        occupation: {"path": f"{occupation}/{SKILL_FILE}",
                     "runs": [r.key for r in group], "run_dirs": [r.run_dir for r in group],
                     "computers": sorted({r.computer for r in group}),
                     "roles": sorted({r.role for r in group if r.role}),
                     "items": [m.saved() for m in merged[occupation]]}
        for occupation, group in groups.items()}}
