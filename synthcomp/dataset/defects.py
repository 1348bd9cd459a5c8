"""A row's defects, found and worked around deterministically; each one is a one-line warning.

34 of the 98 published rows have one: a path listed twice (or two spellings of one path), an edge
whose end is not a file of the row, a dependency cycle. None is fatal: the first of a duplicate is
kept, a dangling edge is dropped, and a cycle loses the edge that closes it.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from synthcomp.dataset.models import DatasetFile, Edge


def drop_duplicates(files: Sequence[DatasetFile]) -> tuple[list[DatasetFile], list[str]]:
    """The files with each drive path once (the first listed wins), and a warning per dropped one.

    Paths equal but for case are duplicates too: macOS and Windows drives do not tell them apart."""
    kept: list[DatasetFile] = []
    first: dict[str, DatasetFile] = {}
    warnings = []
    for file in files:
        seen = first.get(file.path.casefold())
        if seen is None:
            first[file.path.casefold()] = file
            kept.append(file)
            continue
        same = "the same path" if seen.original_path == file.original_path else \
            f"the same file as {seen.original_path!r} (drive path {seen.path})"
        warnings.append(f"file_list[{file.index}]: {file.original_path!r} is {same} as "
                        f"file_list[{seen.index}]; kept the first")
    return kept, warnings


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    stack, seen = [start], {start}
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        for child in graph.get(node, ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return False


def break_cycles(edges: Sequence[Edge]) -> tuple[list[Edge], list[str]]:
    """The edges without the ones that close a cycle, and a warning naming each dropped edge.

    Edges are added in a stable order, sorted by (source, target, kind, origin) so the listing order
    of the row does not matter; an edge whose target already reaches its source would close a
    cycle and is dropped. A repeated (source, target) pair is kept once, silently: it adds nothing."""
    graph: dict[str, set[str]] = {}
    kept: list[Edge] = []
    warnings = []
    for edge in sorted(edges, key=lambda e: (e.source, e.target, e.kind, e.origin)):
        if edge.target in graph.get(edge.source, ()):
            continue
        if edge.source == edge.target or _reaches(graph, edge.target, edge.source):
            what = "makes a file depend on itself" if edge.source == edge.target else "closes a cycle"
            warnings.append(f"{edge.origin}: {edge.source} -> {edge.target} ({edge.kind}) {what}; "
                            "dropped")
            continue
        graph.setdefault(edge.source, set()).add(edge.target)
        kept.append(edge)
    return kept, warnings


def dependency_order(paths: Sequence[str], edges: Sequence[Edge]) -> list[str]:
    """Every path once, each after all its sources (edges must be acyclic: see break_cycles); among
    files that are ready together, the row's own order. Edge ends outside ``paths`` are ignored."""
    position = {path: index for index, path in enumerate(paths)}
    indegree = dict.fromkeys(paths, 0)
    dependents: dict[str, list[str]] = {path: [] for path in paths}
    for edge in {(e.source, e.target) for e in edges}:
        source, target = edge
        if source in position and target in position:
            dependents[source].append(target)
            indegree[target] += 1
    ready = [(position[path], path) for path, count in indegree.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        _, path = heapq.heappop(ready)
        order.append(path)
        for child in dependents[path]:
            indegree[child] -= 1
            if indegree[child] == 0:
                heapq.heappush(ready, (position[child], child))
    if len(order) != len(position):  # only reachable with a cycle the caller did not break
        raise ValueError("dependency_order needs acyclic edges; call break_cycles first")
    return order
