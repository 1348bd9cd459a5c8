"""Everything about a run folder: the names of its files, its saved context and lock (folder),
its trajectory, its checkpoints, its summary, and the run context the simulation's graphs
receive (context)."""

from synthcomp.runs.context import SimulationContext, simulation_context
from synthcomp.runs.folder import (
    CHECKPOINTS_FILE,
    CONTEXT_FILE,
    GRADE_FILE,
    LOCK_FILE,
    SUMMARY_FILE,
    TRAJECTORY_FILE,
    USAGE_FILE,
    load_context,
    marked_done,
    run_lock,
    run_started,
    save_context,
)
from synthcomp.runs.trajectory import Trajectory, trajectory

__all__ = ["CHECKPOINTS_FILE", "CONTEXT_FILE", "GRADE_FILE", "LOCK_FILE", "SUMMARY_FILE",
           "TRAJECTORY_FILE", "USAGE_FILE", "SimulationContext", "Trajectory", "load_context",
           "marked_done", "run_lock", "run_started", "save_context", "simulation_context",
           "trajectory"]
