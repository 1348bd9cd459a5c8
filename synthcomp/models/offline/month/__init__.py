"""Offline answers for the objective planner: objectives, team, private files, events, rubric."""

from synthcomp.models.offline.month import events, objectives, private, rubric, team  # noqa: F401
