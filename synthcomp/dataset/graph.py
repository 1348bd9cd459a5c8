"""The row's dependencies as :class:`Edge` records: file_graph edges in either spelling
({from, to, type} or {source, target, relation}) and each file_list record's ``derived_from``.

Which end is the source is not spelled consistently across rows (``references`` runs one way in
one row and the other way in the next), so each edge is oriented by, in order: a ``derived_from``
list naming one end as the other's source; the ends' timestamps (a file is built from older files);
the spelling's convention ({from, to}: from is the source; {source, target, relation}: the source
*relation* the target, so the target is the source of the dependency).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from synthcomp.dataset.kinds import edge_kind
from synthcomp.dataset.models import DatasetFile, DirectionBasis, Edge
from synthcomp.dataset.paths import PathEscape

# Post-simulation additions some rows carry (``_day14_edges``, ``nodes_added_day14``...).
DAY_KEYED = re.compile(r"(?:^|_)day_?\d+(?:_|$)", re.IGNORECASE)

PathOf = Callable[[str], str]


def _ends(edge: Mapping[str, Any]) -> tuple[object, object, object, bool] | None:
    """(first, second, type spelling, first_is_source_by_convention), or None if unreadable."""
    kind = edge.get("type", edge.get("relation", edge.get("kind")))
    if "from" in edge or "to" in edge:
        return edge.get("from"), edge.get("to"), kind, True
    if "source" in edge or "target" in edge:
        return edge.get("source"), edge.get("target"), kind, False
    return None


def _orient(first: DatasetFile, second: DatasetFile, first_is_source: bool
            ) -> tuple[DatasetFile, DatasetFile, DirectionBasis]:
    if first.path in second.derived_from:
        return first, second, "derived_from"
    if second.path in first.derived_from:
        return second, first, "derived_from"
    if first.timestamp and second.timestamp and first.timestamp != second.timestamp:
        return (first, second, "timestamp") if first.timestamp < second.timestamp else \
            (second, first, "timestamp")
    return (first, second, "convention") if first_is_source else (second, first, "convention")


def read_edges(graph: Mapping[str, Any], files: Mapping[str, DatasetFile], path_of: PathOf
               ) -> tuple[list[Edge], list[str], list[str]]:
    """(edges, warnings, notes) of a row: ``files`` by drive path, ``path_of`` maps a row path
    into drive/ (raising PathEscape). Edges with an end that is not a file are dropped with a
    warning; unusual type spellings and day-keyed fields are notes."""
    edges: list[Edge] = []
    warnings: list[str] = []
    notes: list[str] = []
    unknown: Counter[str] = Counter()

    def file_at(value: object, where: str) -> DatasetFile | None:
        if not isinstance(value, str):
            warnings.append(f"{where}: {value!r} is not a path; edge dropped")
            return None
        try:
            path = path_of(value)
        except PathEscape as exc:
            warnings.append(f"{where}: {exc}; edge dropped")
            return None
        if path not in files:
            warnings.append(f"{where}: {value!r} is not a file of file_list; edge dropped")
        return files.get(path)

    raw_edges = graph.get("edges")
    for index, raw in enumerate(raw_edges if isinstance(raw_edges, list) else []):
        where = f"file_graph.edges[{index}]"
        ends = _ends(raw) if isinstance(raw, dict) else None
        if ends is None:
            warnings.append(f"{where}: neither {{from, to}} nor {{source, target}}; edge dropped")
            continue
        first_raw, second_raw, spelling, first_is_source = ends
        first, second = file_at(first_raw, where), file_at(second_raw, where)
        if first is None or second is None:
            continue
        kind, how = edge_kind(spelling)
        if how in ("guess", "default") and spelling not in (None, "none", "None"):
            unknown[f"{spelling!r} -> {kind}"] += 1
        source, target, basis = _orient(first, second, first_is_source)
        edges.append(Edge(source=source.path, target=target.path, kind=kind,
                          spelling=spelling if isinstance(spelling, str) else None,
                          basis=basis, origin=where))
    for file in files.values():
        for source_path in file.derived_from:
            where = f"file_list[{file.index}].derived_from"
            if source_path not in files:
                warnings.append(f"{where}: {source_path!r} is not a file of file_list; ignored")
            else:
                edges.append(Edge(source=source_path, target=file.path, kind="derived_from",
                                  spelling="derived_from", basis="derived_from", origin=where))
    if unknown:
        notes.append("file_graph: edge types read loosely: " +
                     ", ".join(f"{what} ({count})" for what, count in sorted(unknown.items())))
    if graph.get("edges") is not None and not isinstance(raw_edges, list):
        warnings.append("file_graph.edges: not a list; no edges read")
    return edges, warnings, notes


def node_notes(graph: Mapping[str, Any], files: Mapping[str, DatasetFile], path_of: PathOf
               ) -> list[str]:
    """Warnings for file_graph nodes (objects with a path, or plain path strings) that are not
    files of file_list: the drive gets file_list's files only."""
    nodes = graph.get("nodes")
    warnings = []
    for index, node in enumerate(nodes if isinstance(nodes, list) else []):
        value = node.get("path") if isinstance(node, dict) else node
        where = f"file_graph.nodes[{index}]"
        if not isinstance(value, str):
            warnings.append(f"{where}: no path; ignored")
            continue
        try:
            path = path_of(value)
        except PathEscape as exc:
            warnings.append(f"{where}: {exc}; ignored")
            continue
        if path not in files:
            warnings.append(f"{where}: {value!r} is not a file of file_list; ignored")
    return warnings


def day_keyed(row: Mapping[str, Any]) -> list[str]:
    """Notes naming the day-keyed fields of a row's objects (``file_graph._day14_edges``...):
    what a past simulation appended, not the computer; ignored here, kept for export."""
    found = []
    for column, value in row.items():
        if isinstance(value, dict):
            found += [f"{column}.{key}" for key in value if DAY_KEYED.search(key)]
    return [f"{name}: a day-keyed field of a past simulation; ignored (kept for export)"
            for name in found]
