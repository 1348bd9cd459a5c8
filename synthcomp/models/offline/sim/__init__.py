"""Offline answers during the simulation: the scripted user agent and the collaborators' replies."""

from synthcomp.models.offline.sim import agent, replies  # noqa: F401
