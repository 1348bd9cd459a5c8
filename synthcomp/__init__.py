"""synthcomp: synthetic computers and long-horizon office-work simulations on LangGraph.

The verbs of synthcomp.api are re-exported here (``from synthcomp import build_computer``),
loaded on first use so that ``import synthcomp`` stays quick (the graphs' drawings,
synthcomp.api.draw, are the CLI's ``graph`` command and stay there).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_API = {"build_computer": "build", "materialize_computer": "materialize", "read_rows": "materialize",
        "plan_computer": "plan", "simulate": "simulate", "resume": "simulate", "grade_run": "grade",
        "compare_runs": "grade",
        "simulate_via_server": "remote", "run_batch": "batch", "BatchSpec": "batch",
        "export": "export", "export_training": "export", "retro_run": "retro", "write_skills": "skills",
        "run_experiment": "experiment", "ExperimentSpec": "experiment", "write_report": "report"}
_ELSEWHERE = {"Computer": "synthcomp.computer", "load_chat_model": "synthcomp.models"}

if TYPE_CHECKING:
    from synthcomp.api.batch import BatchSpec, run_batch
    from synthcomp.api.build import build_computer
    from synthcomp.api.grade import compare_runs, grade_run
    from synthcomp.api.materialize import materialize_computer, read_rows
    from synthcomp.api.plan import plan_computer
    from synthcomp.api.remote import simulate_via_server
    from synthcomp.api.simulate import resume, simulate
    from synthcomp.computer import Computer
    from synthcomp.models import load_chat_model


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(importlib.import_module(f"synthcomp.api.{_API[name]}"), name)
    if name in _ELSEWHERE:
        return getattr(importlib.import_module(_ELSEWHERE[name]), name)
    raise AttributeError(f"module 'synthcomp' has no attribute {name!r}")


__all__ = ["BatchSpec", "Computer", "ExperimentSpec", "__version__", "build_computer", "compare_runs",
           "export", "export_training", "grade_run", "load_chat_model", "materialize_computer",
           "plan_computer", "read_rows", "resume", "retro_run", "run_batch", "run_experiment", "simulate",
           "simulate_via_server", "write_report", "write_skills"]
