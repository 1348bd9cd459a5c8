"""Drawings of the graphs: Mermaid text (pinned by tests/snapshots) and PNG.

PNG is drawn locally with Graphviz (pygraphviz); LangGraph's ``draw_mermaid_png`` would send the
graph to mermaid.ink, so it is never called: a run stays offline.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from synthcomp.errors import InputError
from synthcomp.graphs import (
    build_collaborator,
    build_grader,
    build_objective_planner,
    build_pairwise,
    build_simulation,
    build_user_agent,
    build_world_builder,
)

BUILDERS: dict[str, Callable[[], Any]] = {
    "world_builder": build_world_builder,
    "objective_planner": build_objective_planner,
    "user_agent": build_user_agent,
    "collaborator": build_collaborator,
    "simulation": build_simulation,
    "grader": build_grader,
    "pairwise": build_pairwise,
}
PNG_NEEDS = ("PNG needs Graphviz and pygraphviz (apt-get install graphviz libgraphviz-dev; "
             "pip install pygraphviz); or use --format mermaid and paste the text into any "
             "Mermaid viewer")


def drawable(name: str) -> Any:
    """The graph ``name`` compiled (no checkpointer), ready to draw."""
    if name not in BUILDERS:
        raise InputError(f"no graph {name!r}; the graphs are: {', '.join(BUILDERS)}")
    return BUILDERS[name]().compile()


def mermaid(name: str, *, xray: bool = True) -> str:
    """The graph's Mermaid drawing; ``xray`` opens its subgraphs (the simulation's user agent
    and collaborator)."""
    return str(drawable(name).get_graph(xray=xray).draw_mermaid())


def png(name: str, path: Path, *, xray: bool = True) -> Path:
    """Draw the graph to a PNG file with Graphviz, offline; InputError if it is missing."""
    try:
        import pygraphviz  # noqa: F401
    except ImportError as exc:
        raise InputError(PNG_NEEDS) from exc
    drawable(name).get_graph(xray=xray).draw_png(str(path))
    return path
