"""LangGraph graphs, each returned uncompiled by its build_<name>() factory."""

from synthcomp.graphs.world_builder import build_world_builder

__all__ = ["build_world_builder"]
