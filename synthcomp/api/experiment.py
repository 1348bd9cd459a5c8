"""The in-domain experiment: the Python API behind `synthcomp experiment` (see
:mod:`synthcomp.learn.experiment` for the protocol and the folder it fills)."""

from __future__ import annotations

from synthcomp.learn.experiment import curve_sizes, run_experiment, split
from synthcomp.schemas.experiment import ExperimentResult, ExperimentSpec

__all__ = ["ExperimentResult", "ExperimentSpec", "curve_sizes", "run_experiment", "split"]
