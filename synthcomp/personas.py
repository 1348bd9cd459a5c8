"""Where personas come from: the bundled set, a PersonaHub-style JSONL file, or one string."""

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
            skipped.append(SkippedLine(source, number, f"not valid JSON ({exc.msg})"))
            continue
        if not isinstance(row, dict) or not isinstance(row.get("persona"), str):
            skipped.append(SkippedLine(source, number, 'expected {"persona": "..."}'))
            continue
        try:
            personas.append(validate_persona(row["persona"]))
        except InputError as exc:
            skipped.append(SkippedLine(source, number, str(exc)))
    return personas, skipped


def read_personas(path: str | Path) -> tuple[list[str], list[SkippedLine]]:
    """Personas from a JSONL file, or the bundled set when ``path`` is 'bundled'."""
    if str(path) == BUNDLED:
        text = files("synthcomp").joinpath("data/personas.jsonl").read_text(encoding="utf-8")
        return parse_personas_jsonl(text, "bundled personas")
    file = Path(path)
    if not file.is_file():
        raise InputError(f"personas file not found: {file}")
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{file} is not UTF-8 text (byte {exc.start})") from exc
    return parse_personas_jsonl(text, str(file))


def bundled_personas() -> list[str]:
    """The personas shipped with synthcomp."""
    return read_personas(BUNDLED)[0]
