"""A row's warnings grouped for the console: 70 dangling edges are one line, not 70."""

from __future__ import annotations

import re

_INDEX = re.compile(r"\[\d+\]")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_ARROW = re.compile(r"\S+ -> \S+")


def shape(warning: str) -> str:
    """A warning with its indexes, quoted values and edge ends blanked: warnings of one shape
    are one defect repeated."""
    return _ARROW.sub("… -> …", _QUOTED.sub("'…'", _INDEX.sub("[]", warning)))


def grouped(warnings: list[str]) -> list[str]:
    """One line per shape of warning, in first-seen order: the first one, and how many more."""
    groups: dict[str, list[str]] = {}
    for warning in warnings:
        groups.setdefault(shape(warning), []).append(warning)
    return [found[0] if len(found) == 1 else f"{found[0]} (and {len(found) - 1} more like it)"
            for found in groups.values()]
