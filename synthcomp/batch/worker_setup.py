"""What a worker process (local or Ray) sets up before it takes jobs: the rate limits it shares
with the other workers, and the size of its PostgreSQL pool (one connection per run at once)."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class WorkerSetup:
    """Picklable: sent to each worker at its start."""

    limits: Any = None  # the driver's shared limits' address (models.shared_limits), if any
    checkpointer: str | None = None  # a postgresql:// URL: its pool is sized to the worker's runs

    def apply(self, threads: int) -> None:
        """Set this worker process up for ``threads`` runs at once."""
        _warnings_to_stderr()
        if self.limits is not None:
            from synthcomp.models.shared_limits import use_shared_limits

            use_shared_limits(self.limits)
        if self.checkpointer:
            from synthcomp.runs.postgres import postgres_pool

            postgres_pool(self.checkpointer, threads)


def _warnings_to_stderr() -> None:
    """A worker's warnings (a model call retried) as the CLI prints them: one line each."""
    logger = logging.getLogger("synthcomp")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("warning: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
        logger.propagate = False
