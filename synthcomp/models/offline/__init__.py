"""The offline model: seeded, deterministic, procedural; the default for every command."""

# Importing the groups registers their generators with the offline chat model.
from synthcomp.models.offline import grade, month, sim, world  # noqa: F401
from synthcomp.models.offline.chat import OfflineChatModel, register

__all__ = ["OfflineChatModel", "register"]
