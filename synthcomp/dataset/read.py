"""Read published rows: the parquet file itself, a JSONL of rows whose columns are JSON strings, or a
JSONL of rows with the strings decoded (one row may mix both).

A bad row is one line of error naming the row (its id, else its line or row number) and the field;
it never stops the other rows, so the answer is one :class:`RowResult` per row. Only a file that
cannot be read at all (missing, not parquet, no rows) raises :class:`InputError`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthcomp.dataset.columns import COLUMNS, ID_COLUMN, JSON_COLUMNS, MAX_DEPTH, depth_exceeds
from synthcomp.errors import InputError

# A computer id becomes a folder name, so it is held to a safe spelling.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")


class RowError(InputError):
    """One row (or one field of it) that cannot be used; the message names the row and field."""


@dataclass
class RowResult:
    """One row of the input: the decoded row, or the one-line error that says why not."""

    where: str  # "line 3" (JSONL) or "row 3" (parquet), 1-based
    computer_id: str | None = None
    row: dict[str, Any] | None = None
    error: str | None = None
    extra_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the row was read."""
        return self.row is not None

    @property
    def label(self) -> str:
        """How messages name the row: its place and, when known, its id."""
        return f"{self.where} ({self.computer_id})" if self.computer_id else self.where


def _type_name(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", type(None): "null"}.get(
        type(value), type(value).__name__)


def decode_column(name: str, value: Any) -> Any:
    """One column's value, decoded: a JSON string is parsed, an already decoded value is kept.

    Raises RowError naming the column when the string is not JSON, nests too deeply or decodes to
    the wrong type (every column but the id is an object, file_list a list)."""
    expected = JSON_COLUMNS[name]
    if isinstance(value, bytes | bytearray):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RowError(f"{name}: not UTF-8 text (byte 0x{value[exc.start]:02x})") from exc
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise RowError(f"{name}: not valid JSON ({exc.msg} at char {exc.pos})") from exc
        except RecursionError as exc:
            raise RowError(f"{name}: JSON nested too deeply to read") from exc
    if not isinstance(value, expected):
        raise RowError(f"{name}: must be {_type_name(expected())} (or a JSON string of one), "
                       f"not {_type_name(value)}")
    if depth_exceeds(value):
        raise RowError(f"{name}: JSON nested deeper than {MAX_DEPTH} levels")
    return value


def decode_row(raw: object) -> tuple[dict[str, Any], list[str]]:
    """A row with every column decoded, and the names of columns the schema does not have (kept
    verbatim: a later version of the dataset may add some). RowError lists every bad column."""
    if not isinstance(raw, dict):
        raise RowError(f"a row must be a JSON object, not {_type_name(raw)}")
    problems: list[str] = []
    row: dict[str, Any] = {}
    computer_id = raw.get(ID_COLUMN)
    if computer_id is None:
        problems.append(f"missing column '{ID_COLUMN}'")
    elif not isinstance(computer_id, str) or not _ID.fullmatch(computer_id):
        problems.append(f"{ID_COLUMN}: {computer_id!r} is not an id (letters, digits, _ . -)")
    else:
        row[ID_COLUMN] = computer_id
    for name in JSON_COLUMNS:
        if name not in raw:
            problems.append(f"missing column '{name}'")
            continue
        try:
            row[name] = decode_column(name, raw[name])
        except RowError as exc:
            problems.append(str(exc))
    if problems:
        raise RowError("; ".join(problems))
    extra = [key for key in raw if key not in COLUMNS]
    for key in extra:
        row[key] = raw[key]
    return row, extra


def _raw_id(raw: object) -> str | None:
    if isinstance(raw, dict) and isinstance(raw.get(ID_COLUMN), str):
        return str(raw[ID_COLUMN])
    return None


def _result(where: str, raw: object) -> RowResult:
    result = RowResult(where=where, computer_id=_raw_id(raw))
    try:
        result.row, result.extra_columns = decode_row(raw)
    except RowError as exc:
        result.error = f"{result.label}: {exc}"
    return result


def _jsonl_results(file: Path) -> list[tuple[RowResult, bytes]]:
    """Each non-blank line read on its own, so a non-UTF-8 or broken line spoils only itself."""
    results = []
    for number, line in enumerate(file.read_bytes().splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            results.append((RowResult(where, error=f"{where}: not UTF-8 text (byte "
                                                   f"0x{line[exc.start]:02x} at {exc.start})"), line))
            continue
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            results.append((RowResult(where, error=f"{where}: not valid JSON ({exc.msg} at char "
                                                   f"{exc.pos})"), line))
            continue
        except RecursionError:
            results.append((RowResult(where, error=f"{where}: JSON nested too deeply to read"), line))
            continue
        results.append((_result(where, raw), line))
    return results


def _parquet_results(file: Path) -> list[tuple[RowResult, bytes]]:
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pyarrow is needed for parquet only; JSONL reads without it
        raise InputError(f"{file}: reading parquet needs pyarrow (pip install pyarrow)") from exc
    try:
        table = pq.read_table(file)
    except Exception as exc:  # pyarrow raises several unrelated types for a damaged file
        raise InputError(f"{file}: not a readable parquet file ({exc})") from exc
    return [(_result(f"row {number}", raw), b"")
            for number, raw in enumerate(table.to_pylist(), start=1)]


def read_rows(path: str | Path, ids: Sequence[str] | None = None) -> list[RowResult]:
    """The rows of a ``.parquet`` file or a JSONL file (any other suffix), one result per row, in
    file order; with ``ids``, only those rows, in the order asked, and an error result for each id
    the file does not have. A repeated computer_id is an error on its second row (both would build
    the same folder). Raises InputError only when the file itself cannot be read or has no rows."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"file not found: {file}")
    pairs = _parquet_results(file) if file.suffix.lower() == ".parquet" else _jsonl_results(file)
    if not pairs:
        raise InputError(f"{file}: no rows")
    first_seen: dict[str, str] = {}
    for result, _ in pairs:
        if result.ok and result.computer_id is not None:
            if result.computer_id in first_seen:
                result.error = (f"{result.label}: computer_id repeats the one of "
                                f"{first_seen[result.computer_id]}")
                result.row = None
            else:
                first_seen[result.computer_id] = result.where
    return list(_select(pairs, ids, file)) if ids is not None else [result for result, _ in pairs]


def _select(pairs: list[tuple[RowResult, bytes]], ids: Sequence[str], file: Path
            ) -> Iterable[RowResult]:
    for wanted in dict.fromkeys(ids):
        found = [result for result, _ in pairs if result.computer_id == wanted]
        if not found:
            # A line too broken to tell its id still answers for an id it visibly contains.
            found = [result for result, line in pairs
                     if result.computer_id is None and wanted.encode() in line]
        if found:
            yield from found
        else:
            yield RowResult(where=f"id {wanted}", computer_id=wanted,
                            error=f"id {wanted}: no such row in {file}")
