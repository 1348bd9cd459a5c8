"""A normalised computer back to a row of the published schema, and rows to JSONL or parquet.

The row is the recorded original (every field it had, unknown ones included, verbatim), so
published row -> computer -> row is the identity; files the computer gained since (a record of
``files`` with no place in the original file_list) are appended with their paths mapped back by
the row's own spellings (``path_map``) or the mapping rule's reverse. :func:`with_drive_files`
finds those files on a materialized computer's drive.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from synthcomp.dataset.columns import COLUMNS, ID_COLUMN, JSON_COLUMNS
from synthcomp.dataset.models import DatasetComputer, DatasetFile
from synthcomp.dataset.paths import original_path


def row_path(computer: DatasetComputer, drive_path: str) -> str:
    """How the row spells a drive path: its first recorded spelling, else the rule's reverse."""
    for original, mapped in computer.path_map.items():
        if mapped == drive_path:
            return original
    return original_path(drive_path, computer.profile.os)


def export_row(computer: DatasetComputer) -> dict[str, Any]:
    """The computer as a decoded row: the original row, plus a file_list record for each file
    that is not one of the original's (index beyond its file_list)."""
    row = copy.deepcopy(computer.original)
    row[ID_COLUMN] = computer.computer_id
    listed = row.get("file_list")
    if isinstance(listed, list):
        for file in computer.files:
            if file.index >= len(listed):
                record = file.model_dump(exclude={"original_path", "index"}, exclude_none=True)
                record["path"] = row_path(computer, file.path)
                record["derived_from"] = [row_path(computer, p) for p in file.derived_from]
                listed.append(record)
    return row


def with_drive_files(computer: DatasetComputer, present: Mapping[str, str]) -> dict[str, Any]:
    """The computer as a decoded row (:func:`export_row`) with every drive file the row does not
    list appended: ``present`` maps each drive path on the drive to its timestamp (ISO, the
    file's mtime). A file the row lists keeps its record verbatim, present or not (a ``skip``
    file is listed but never written, and a row's record is the only place its fields live).

    An appended record says what can be told from the drive alone: its path in the row's
    spelling, its timestamp, origin ``user_created`` (only the user works on the drive after
    it is built) and content_mode ``generate``; file_graph gets a node for it in the shape of the
    row's nodes (a path string, or an object with a path and project_ids)."""
    # Only file_list counts: a deliverable's output file is mapped too, and is new when a run
    # writes it.
    listed = {file.path for file in computer.files}
    added = [path for path in sorted(present) if path not in listed]
    start = len(computer.original.get("file_list") or [])
    extra = [DatasetFile(path=path, original_path=row_path(computer, path), index=start + number,
                         timestamp=present[path], origin="user_created",
                         description="Added on the computer after it was built from the row.")
             for number, path in enumerate(added)]
    row = export_row(computer.model_copy(update={"files": [*computer.files, *extra]}))
    graph = row.get("file_graph")
    nodes = graph.get("nodes") if isinstance(graph, dict) else None
    if isinstance(nodes, list) and extra:
        as_text = bool(nodes) and all(isinstance(node, str) for node in nodes)
        nodes.extend(file.original_path if as_text else
                     {"path": file.original_path, "project_ids": []} for file in extra)
    return row


def encode_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A decoded row with its JSON columns as JSON strings (as the published parquet has them);
    columns in the published order, extra ones after, kept as they are."""
    encoded: dict[str, Any] = {}
    for name in COLUMNS:
        if name in row:
            value = row[name]
            encoded[name] = json.dumps(value, ensure_ascii=False) if name in JSON_COLUMNS else value
    encoded.update({key: value for key, value in row.items() if key not in COLUMNS})
    return encoded


def write_jsonl(rows: Iterable[Mapping[str, Any]], path: str | Path, *, encoded: bool = True) -> Path:
    """Rows as JSONL, one per line: columns as JSON strings (``encoded``) or decoded objects."""
    out = Path(path)
    with out.open("w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(encode_row(row) if encoded else dict(row), ensure_ascii=False))
            stream.write("\n")
    return out


def write_parquet(rows: Iterable[Mapping[str, Any]], path: str | Path) -> Path:
    """Rows as a parquet file in the published schema: nine string columns, JSON strings but the
    id. A column none of the rows has is written empty (null) so the schema stays the same."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    encoded = [encode_row(row) for row in rows]
    table = pa.table({name: pa.array([row.get(name) for row in encoded], type=pa.string())
                      for name in COLUMNS})
    out = Path(path)
    pq.write_table(table, out)
    return out
