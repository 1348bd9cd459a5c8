"""Offline answers for the world builder: user profile, filesystem policy, file plan, file contents."""

from synthcomp.models.offline.world import content, file_plan, profile  # noqa: F401
