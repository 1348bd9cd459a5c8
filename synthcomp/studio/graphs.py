"""The graphs `langgraph.json` registers, compiled without a checkpointer (the server brings
its own). Each takes a persona or a computer folder in Studio's input form, and ``model`` and
``seed`` in its context (defaults: the offline model, seed 0)."""

from __future__ import annotations

import warnings

from synthcomp.studio.entry import (
    build_studio_collaborator,
    build_studio_grader,
    build_studio_objective_planner,
    build_studio_simulation,
    build_studio_user_agent,
    build_studio_world_builder,
)

# ToolNode's tracing serialises the injected ToolRuntime and warns that our run context is not
# its default type, once per tool call: noise in the server's log, not a problem.
warnings.filterwarnings("ignore", message="Pydantic serializer warnings")

world_builder = build_studio_world_builder().compile(name="world_builder")
objective_planner = build_studio_objective_planner().compile(name="objective_planner")
user_agent = build_studio_user_agent().compile(name="user_agent")
collaborator = build_studio_collaborator().compile(name="collaborator")
simulation = build_studio_simulation().compile(name="simulation")
grader = build_studio_grader().compile(name="grader")

GRAPHS = {"world_builder": world_builder, "objective_planner": objective_planner,
          "user_agent": user_agent, "collaborator": collaborator, "simulation": simulation,
          "grader": grader}
