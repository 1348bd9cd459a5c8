"""LangGraph graphs, each returned uncompiled by its build_<name>() factory."""

from synthcomp.graphs.collaborator import build_collaborator
from synthcomp.graphs.grader import build_grader
from synthcomp.graphs.objective_planner import build_objective_planner
from synthcomp.graphs.simulation import build_simulation
from synthcomp.graphs.user_agent import build_user_agent
from synthcomp.graphs.world_builder import build_world_builder

__all__ = ["build_collaborator", "build_grader", "build_objective_planner", "build_simulation",
           "build_user_agent", "build_world_builder"]
