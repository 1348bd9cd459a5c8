"""The published schema: nine columns, every one but the id a JSON-encoded string."""

from __future__ import annotations

ID_COLUMN = "computer_id"

# The JSON type each column decodes to; the order is the published parquet's (id, then a-z).
JSON_COLUMNS: dict[str, type] = {
    "collaboration_context": dict,
    "file_graph": dict,
    "file_list": list,
    "filesystem_policy": dict,
    "monthly_objectives": dict,
    "persona": dict,
    "project_index": dict,
    "user_profile": dict,
}

COLUMNS: tuple[str, ...] = (ID_COLUMN, *JSON_COLUMNS)

# Deeper than this is no row of the dataset (they nest about 6 levels); refusing it early keeps
# pydantic and copy.deepcopy from hitting Python's recursion limit on a hostile row.
MAX_DEPTH = 64


def depth_exceeds(value: object, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` (decoded JSON) nests lists/dicts more than ``limit`` levels deep.

    Iterative, so it cannot itself run out of stack on the values it is meant to refuse."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        if level > limit:
            return True
        stack.extend((child, level + 1) for child in children)
    return False
