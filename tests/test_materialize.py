"""A computer rebuilt from its dataset row is the same computer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support.files import tree_digest

from synthcomp.api.materialize import materialize_computer, read_rows
from synthcomp.errors import InputError


@pytest.mark.slow
def test_round_trip_from_manifest(tmp_path: Path, default_computer: Path,
                                  default_manifest: dict[str, Any]) -> None:
    row_file = tmp_path / "row.json"
    row_file.write_text(json.dumps(default_manifest), encoding="utf-8")
    [row] = read_rows(row_file)
    rebuilt = materialize_computer(row, tmp_path / "rebuilt")
    assert tree_digest(rebuilt / "drive") == tree_digest(default_computer / "drive")


@pytest.mark.slow
def test_row_with_free_form_fields_is_regenerated(tmp_path: Path) -> None:
    row = {"persona": "A librarian in Dublin", "user_profile": "likes quiet",
           "file_list": ["a.docx"], "seed": 3}
    folder = materialize_computer(row, tmp_path / "lib")
    manifest = json.loads((folder / "meta" / "manifest.json").read_text("utf-8"))
    assert manifest["user_profile"]["city"] == "Dublin"


def test_bad_rows_are_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"persona": "x"}\n{nope\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        read_rows(bad)
    missing = tmp_path / "m.json"
    missing.write_text('[{"computer_id": "x"}]', encoding="utf-8")
    with pytest.raises(InputError, match="persona"):
        read_rows(missing)
