"""LangGraph graphs, each returned uncompiled by its build_<name>() factory."""

from synthcomp.graphs.objective_planner import build_objective_planner
from synthcomp.graphs.world_builder import build_world_builder

__all__ = ["build_objective_planner", "build_world_builder"]
