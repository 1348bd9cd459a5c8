"""The offline model: seeded, deterministic, procedural; the default for every command."""

# Importing these modules registers their generators with the offline chat model.
from synthcomp.models.offline import content, judge, month, plan, profile  # noqa: F401
from synthcomp.models.offline.chat import OfflineChatModel, derive_seed, register

__all__ = ["OfflineChatModel", "derive_seed", "register"]
