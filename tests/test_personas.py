"""Persona sources: the bundled set, JSONL files with bad lines, and validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from synthcomp.checks.inputs import validate_persona
from synthcomp.errors import InputError
from synthcomp.models.offline.vocab import GENERAL, match_domain
from synthcomp.personas import (
    BUNDLED,
    JSON_ARRAY,
    JSONL,
    PLAIN_TEXT,
    bundled_personas,
    read_persona_file,
    read_personas,
)


def test_bundled_set_is_large_and_diverse() -> None:
    personas = bundled_personas()
    assert len(personas) >= 50
    assert len(set(personas)) == len(personas)
    non_ascii = [p for p in personas if any(ord(ch) > 127 for ch in p)]
    assert len(non_ascii) >= 5, "some personas are not in English"
    domains = {match_domain(p).key for p in personas}
    assert len(domains) >= 12
    assert all(match_domain(p) is not GENERAL for p in personas)


def test_jsonl_reports_bad_lines_with_numbers_and_keeps_the_rest(tmp_path: Path) -> None:
    file = tmp_path / "p.jsonl"
    lines = [json.dumps({"persona": "A nurse in Toronto"}), "{not json", "",
             json.dumps({"name": "no persona key"}), json.dumps({"persona": "   "}),
             json.dumps({"persona": "A tax lawyer in Madrid"})]
    file.write_text("\n".join(lines), encoding="utf-8")
    personas, skipped = read_personas(file)
    assert personas == ["A nurse in Toronto", "A tax lawyer in Madrid"]
    assert [s.line for s in skipped] == [2, 4, 5]
    assert "not valid JSON" in str(skipped[0]) and str(skipped[0]).startswith(f"{file}:2:")
    assert "empty" in skipped[2].reason


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_personas(tmp_path / "nope.jsonl")


@pytest.mark.parametrize(("text", "words"), [("", "empty"), ("  \n ", "empty"),
                                              ("x" * 1_000_000, "1,000,000 characters")])
def test_bad_personas_are_refused(text: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        validate_persona(text)


def test_persona_whitespace_is_normalised() -> None:
    assert validate_persona("  a   chef\nin Lima ") == "a chef in Lima"


def test_plain_text_and_json_arrays_are_read_and_named(tmp_path: Path) -> None:
    plain = tmp_path / "personas.txt"
    plain.write_text("A nurse in Toronto\n\nA tax lawyer in Madrid\n" + "x" * 5000 + "\n", "utf-8")
    found = read_persona_file(plain)
    assert found.format == PLAIN_TEXT and found.personas == ["A nurse in Toronto", "A tax lawyer in Madrid"]
    assert [s.line for s in found.skipped] == [4] and "limit" in found.skipped[0].reason
    array = tmp_path / "personas.json"
    array.write_text(json.dumps(["A chef in Lima", {"persona": "A pilot in Oslo"}, 3, {"name": "x"}]),
                     "utf-8")
    found = read_persona_file(array)
    assert found.format == JSON_ARRAY and found.personas == ["A chef in Lima", "A pilot in Oslo"]
    assert [s.line for s in found.skipped] == [3, 4]
    assert read_persona_file(BUNDLED).format == JSONL
    broken = tmp_path / "broken.json"
    broken.write_text('["A chef in Lima",', "utf-8")
    with pytest.raises(InputError, match=r"broken.json:1: not valid JSON"):
        read_persona_file(broken)
