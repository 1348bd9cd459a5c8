"""The ``synthcomp`` command: build, materialize, plan, simulate, resume, grade, runs, export, demo,
graph and serve-model (typer + rich), one module per group of commands.

Every failure the user can fix prints one line starting with 'error:' and exits non-zero;
tracebacks are for bugs only.
"""

from __future__ import annotations

import logging
import sys

# Imported in the order `synthcomp --help` lists their commands.
# isort: off
from synthcomp.cli import computers, runs, grade, batch, outputs, retro, skills, experiment, report, demo, dev  # noqa: F401
# isort: on
from synthcomp.cli.app import app

__all__ = ["app", "main"]


class _WarningLine(logging.Handler):
    """A warning of synthcomp's (a model call retried) as one stderr line. sys.stderr is looked
    up at each line, so a progress bar that redirects it shows the line above the bar."""

    def emit(self, record: logging.LogRecord) -> None:
        print(f"warning: {record.getMessage()}", file=sys.stderr, flush=True)


def main() -> None:
    """Entry point that never shows a traceback for a user error."""
    logger = logging.getLogger("synthcomp")
    logger.setLevel(logging.WARNING)
    logger.addHandler(_WarningLine())
    logger.propagate = False
    app()
