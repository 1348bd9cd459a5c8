"""Where personas come from: the bundled set, a file (PersonaHub-style JSONL, a JSON array, or
plain text with one persona a line), or one string."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from synthcomp.checks.inputs import validate_persona
from synthcomp.errors import InputError

BUNDLED = "bundled"


@dataclass(frozen=True)
class SkippedLine:
    """A persona line that could not be used, and why."""

    source: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


def parse_personas_jsonl(text: str, source: str = "<personas>") -> tuple[list[str], list[SkippedLine]]:
    """Personas from JSONL text (``{"persona": "..."}`` per line); bad lines are skipped and
    reported with their line number, blank lines ignored."""
    personas: list[str] = []
    skipped: list[SkippedLine] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            skipped.append(SkippedLine(source, number, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(row, dict) or not isinstance(row.get("persona"), str):
            skipped.append(SkippedLine(source, number, 'expected {"persona": "..."}'))
            continue
        try:
            personas.append(validate_persona(row["persona"]))
        except InputError as exc:
            skipped.append(SkippedLine(source, number, str(exc)))
    return personas, skipped


JSONL, JSON_ARRAY, PLAIN_TEXT = "JSONL", "a JSON array", "plain text, one persona a line"


@dataclass(frozen=True)
class PersonaFile:
    """The personas a file holds, the lines (or items) skipped and why, and the format read."""

    personas: list[str]
    skipped: list[SkippedLine]
    format: str


def parse_personas(text: str, source: str = "<personas>") -> PersonaFile:
    """Personas from any of the three formats, told apart by their first character: '[' is a
    JSON array (of strings or {"persona": ...} objects), '{' is JSONL, anything else is plain
    text with one persona a line."""
    start = text.lstrip()[:1]
    if start == "[":
        return _parse_array(text, source)
    if start == "{":
        return PersonaFile(*parse_personas_jsonl(text, source), format=JSONL)
    personas: list[str] = []
    skipped: list[SkippedLine] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                personas.append(validate_persona(line))
            except InputError as exc:
                skipped.append(SkippedLine(source, number, str(exc)))
    return PersonaFile(personas, skipped, PLAIN_TEXT)


def _parse_array(text: str, source: str) -> PersonaFile:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}:{exc.lineno}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(items, list):
        raise InputError(f"{source}: expected a JSON array of personas")
    personas: list[str] = []
    skipped: list[SkippedLine] = []
    for number, item in enumerate(items, start=1):
        value = item.get("persona") if isinstance(item, dict) else item
        if not isinstance(value, str):
            skipped.append(SkippedLine(source, number, 'item: expected "..." or {"persona": "..."}'))
            continue
        try:
            personas.append(validate_persona(value))
        except InputError as exc:
            skipped.append(SkippedLine(source, number, f"item: {exc}"))
    return PersonaFile(personas, skipped, JSON_ARRAY)


def read_persona_file(path: str | Path) -> PersonaFile:
    """The personas of a file (see parse_personas), or of the bundled set when ``path`` is
    'bundled'."""
    if str(path) == BUNDLED:
        text = files("synthcomp").joinpath("data/personas.jsonl").read_text(encoding="utf-8")
        return parse_personas(text, "bundled personas")
    file = Path(path)
    if not file.is_file():
        raise InputError(f"personas file not found: {file}")
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{file} is not UTF-8 text (byte {exc.start})") from exc
    return parse_personas(text, str(file))


def read_personas(path: str | Path) -> tuple[list[str], list[SkippedLine]]:
    """The personas of a file or the bundled set, and the lines skipped (see read_persona_file)."""
    found = read_persona_file(path)
    return found.personas, found.skipped


def bundled_personas() -> list[str]:
    """The personas shipped with synthcomp."""
    return read_personas(BUNDLED)[0]
