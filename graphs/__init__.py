"""LangGraph graphs, each returned uncompiled by its build_<name>() factory (loaded on first use:
importing one graph does not load the others)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_BUILDERS = {"build_collaborator": "collaborator", "build_grader": "grader",
             "build_objective_planner": "objective_planner", "build_pairwise": "pairwise",
             "build_simulation": "simulation",
             "build_user_agent": "user_agent", "build_world_builder": "world_builder"}

if TYPE_CHECKING:
    from synthcomp.graphs.collaborator import build_collaborator
    from synthcomp.graphs.grader import build_grader
    from synthcomp.graphs.objective_planner import build_objective_planner
    from synthcomp.graphs.pairwise import build_pairwise
    from synthcomp.graphs.simulation import build_simulation
    from synthcomp.graphs.user_agent import build_user_agent
    from synthcomp.graphs.world_builder import build_world_builder


def __getattr__(name: str) -> Any:
    if name in _BUILDERS:
        return getattr(importlib.import_module(f"synthcomp.graphs.{_BUILDERS[name]}"), name)
    raise AttributeError(f"module 'synthcomp.graphs' has no attribute {name!r}")


__all__ = ["build_collaborator", "build_grader", "build_objective_planner", "build_pairwise",
           "build_simulation", "build_user_agent", "build_world_builder"]
