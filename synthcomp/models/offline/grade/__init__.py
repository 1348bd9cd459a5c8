"""Offline answers for the grader: the judge's verdicts, and its choice between two versions."""

from synthcomp.models.offline.grade import judge, pairwise, retro  # noqa: F401
