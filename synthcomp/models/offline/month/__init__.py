"""Offline answers for the objective planner: objectives, team, events, rubric."""

from synthcomp.models.offline.month import events, objectives, replies, rubric, team  # noqa: F401
