"""Tell a file of published rows from a file of this project's own manifest rows.

Both have a computer_id, a user_profile and a file_list, so the columns alone do not tell them
apart; the shapes do. A published row's ``persona`` is an object (or a JSON string of one) where a
manifest's is the persona's text, and its ``file_graph`` an object (or a JSON string) where a
manifest's is a list of pairs. A file is published if it is a ``.parquet`` or any of its first
rows looks published, so one broken published row (a missing column) still reads as published.
"""

from __future__ import annotations

import json
from pathlib import Path

SNIFF_LINES = 50


def _object_or_json_object(value: object) -> bool:
    if isinstance(value, dict):
        return True
    return isinstance(value, str) and value.lstrip().startswith("{")


def looks_published(row: object) -> bool:
    """Whether one raw row has the published shape (see the module docstring)."""
    if not isinstance(row, dict):
        return False
    return _object_or_json_object(row.get("persona")) or \
        _object_or_json_object(row.get("file_graph")) or isinstance(row.get("file_list"), str)


def is_published(path: str | Path) -> bool:
    """Whether ``path`` holds published rows: a .parquet, or a JSONL whose first readable rows
    (up to SNIFF_LINES lines) include one of the published shape. A .json file is a manifest."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix == ".parquet":
        return True
    if suffix != ".jsonl" or not file.is_file():
        return False
    with file.open("rb") as handle:
        for number, line in enumerate(handle):
            if number >= SNIFF_LINES:
                break
            try:
                row = json.loads(line)
            except (ValueError, RecursionError):
                continue
            if looks_published(row):
                return True
    return False
