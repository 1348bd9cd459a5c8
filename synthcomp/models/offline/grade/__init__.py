"""Offline answers for the grader: the judge's verdicts."""

from synthcomp.models.offline.grade import judge  # noqa: F401
